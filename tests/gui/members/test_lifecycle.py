"""The member's life cycle on the form: status changes and transfers, and their refusals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.factories import make_id_number
from tests.gui.conftest import ScriptedDialogs, type_text
from unionstation.domain.codes import MemberStatus
from unionstation.services.members import MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.services.transfers import TransferService
from unionstation.ui.members.form import MemberForm
from unionstation.ui.members.lifecycle_dialogs import StatusChangeDialog, TransferDialog
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.page_context import PageContext

ZHANG_ID_NUMBER = make_id_number("330106", date(1985, 5, 20), 101)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def zhang(runtime: StationRuntime) -> UUID:
    found = MemberService(runtime.context).find_by_id_number(ZHANG_ID_NUMBER)
    assert found is not None
    return found.id


@pytest.fixture
def form(qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs,
         zhang: UUID) -> Iterator[MemberForm]:
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    widget = MemberForm(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.edit_member(zhang)
    yield widget
    wait_for_workers()


def _ok(qtbot: QtBot, dialog: StatusChangeDialog | TransferDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_status_change_is_recorded_with_its_reason(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime, zhang: UUID) -> None:
    qtbot.mouseClick(form.status_button, Qt.MouseButton.LeftButton)
    dialog = form.lifecycle.dialog
    assert isinstance(dialog, StatusChangeDialog) and dialog.isVisible()
    offered = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert offered == [MemberStatus.LAPSED.label, MemberStatus.RETIRED.label,
                       MemberStatus.DECEASED.label]
    dialog.set_status(MemberStatus.RETIRED)
    type_text(qtbot, dialog.reason, "退休")
    with qtbot.waitSignal(form.saved):
        _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert MemberStatus.RETIRED.label in form.standing_label.text()
    assert "改为“保留会籍(退休)”" in form.history.summaries()[0]
    assert "退休" in form.history.summaries()[0]
    assert MemberService(runtime.context).resolve(str(zhang)).status is MemberStatus.RETIRED


def test_no_status_change_after_death(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime, dialogs: ScriptedDialogs,
        zhang: UUID) -> None:
    MemberService(runtime.context).change_status(zhang, MemberStatus.DECEASED, date(2025, 1, 1))
    form.edit_member(zhang)
    qtbot.mouseClick(form.status_button, Qt.MouseButton.LeftButton)
    assert form.lifecycle.dialog is None
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warn" and "已故" in text and "不能再变更" in text
    qtbot.mouseClick(form.transfer_button, Qt.MouseButton.LeftButton)
    assert form.lifecycle.dialog is None
    assert "只有在册或保留会籍的会员才能转接" in dialogs.shown[-1][2]


def test_a_transfer_within_the_station(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime) -> None:
    qtbot.mouseClick(form.transfer_button, Qt.MouseButton.LeftButton)
    dialog = form.lifecycle.dialog
    assert isinstance(dialog, TransferDialog) and dialog.within.isChecked()
    assert [dialog.union.itemText(i) for i in range(dialog.union.count())] == \
        ["快递物流行业工会联合会"]  # not the union the member is already in
    assert dialog.to_union_id() is None  # chosen by the officer, never by default
    with qtbot.assertNotEmitted(form.saved):
        _ok(qtbot, dialog)
    dialog.union.setCurrentIndex(0)
    with qtbot.waitSignal(form.saved):
        _ok(qtbot, dialog)
    assert form.fields.union.currentText() == "快递物流行业工会联合会"
    assert form.history.summaries()[0].startswith(
        "由“杭州示范机械有限公司工会委员会”转至“快递物流行业工会联合会”")
    assert "快递物流行业工会联合会" in form.message.text()


def test_a_transfer_out_and_its_history_line(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime, dialogs: ScriptedDialogs,
        zhang: UUID) -> None:
    qtbot.mouseClick(form.transfer_button, Qt.MouseButton.LeftButton)
    dialog = form.lifecycle.dialog
    assert isinstance(dialog, TransferDialog)
    qtbot.mouseClick(dialog.out, Qt.MouseButton.LeftButton)
    assert dialog.destination.isEnabled() and not dialog.union.isEnabled()
    with qtbot.assertNotEmitted(form.saved):
        _ok(qtbot, dialog)  # no destination yet: refused inside the dialog
    assert dialog.isVisible() and "请填写接收会员关系的工会名称" in dialog.error.text()
    type_text(qtbot, dialog.destination, "余杭区某某公司工会")
    with qtbot.waitSignal(form.saved):
        _ok(qtbot, dialog)
    assert MemberStatus.TRANSFERRED_OUT.label in form.standing_label.text()
    line = form.history.summaries()[0]
    assert line.startswith("转出本站") and "转往“余杭区某某公司工会”" in line
    records = TransferService(runtime.context).of_member(zhang)
    assert [(r.kind, r.to_name) for r in records] == [("out", "余杭区某某公司工会")]
    qtbot.mouseClick(form.transfer_button, Qt.MouseButton.LeftButton)
    assert form.lifecycle.dialog is None and "已转出本站" in dialogs.shown[-1][2]


def test_a_future_date_is_refused_inside_the_dialog(
        qtbot: QtBot, form: MemberForm) -> None:
    qtbot.mouseClick(form.status_button, Qt.MouseButton.LeftButton)
    dialog = form.lifecycle.dialog
    assert isinstance(dialog, StatusChangeDialog)
    assert dialog.date.maximumDate() == dialog.date.date()  # today is the latest choice
    dialog.set_status(MemberStatus.LAPSED)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert form.history.summaries()[0] == "入会登记"


def test_a_record_entered_by_mistake_is_deleted_with_its_reason(
        qtbot: QtBot, form: MemberForm, dialogs: ScriptedDialogs, runtime: StationRuntime,
        zhang: UUID) -> None:
    members = MemberService(runtime.context)
    assert form.delete_button.isVisible()
    dialogs.text_answer = None  # cancelled: nothing happens
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert members.find_by_id_number(ZHANG_ID_NUMBER) is not None

    dialogs.text_answer = "  "  # no reason: refused, with the field named
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "warn" and "删除原因" in dialogs.shown[-1][2]
    assert members.find_by_id_number(ZHANG_ID_NUMBER) is not None

    dialogs.text_answer = "重复录入"
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert saved.args == [zhang]
    assert members.find_by_id_number(ZHANG_ID_NUMBER) is None
    assert members.count_active() == 2
