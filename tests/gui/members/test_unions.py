"""Grassroots unions: the table, add with a checked credit code, edit, merge, close."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs, type_text
from unionstation.domain.codes import UnionKind
from unionstation.services.card_numbers import CardNumberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.services.unions import UnionDraft, UnionService
from unionstation.ui.members.unions import UnionsView
from unionstation.ui.page_context import PageContext

FACTORY = "杭州示范机械有限公司工会委员会"
SECTOR = "快递物流行业工会联合会"
GOOD_CODE = "81330106MC12345670"
BAD_CODE = "81330106MC12345671"


class Answers(ScriptedDialogs):
    """Answers each confirmation in turn."""

    def __init__(self, answers: Iterable[bool] = ()) -> None:
        super().__init__()
        self.answers = list(answers)

    def confirm(self, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answers.pop(0)


@pytest.fixture
def dialogs() -> Answers:
    return Answers()


@pytest.fixture
def view(qtbot: QtBot, runtime: StationRuntime, dialogs: Answers) -> UnionsView:
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    unions = UnionsView(context)
    qtbot.addWidget(unions)
    unions.resize(1024, 600)
    unions.show()
    unions.refresh()
    return unions


def select(view: UnionsView, name: str) -> None:
    for row, union in enumerate(view.model.rows()):
        if union.name == name:
            view.table.selectRow(row)
            return
    raise AssertionError(name)


def ok(buttons: QDialogButtonBox) -> None:
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_table_shows_live_counts(view: UnionsView) -> None:
    rows = {u.name: u for u in view.model.rows()}
    assert set(rows) == {FACTORY, SECTOR}
    assert rows[FACTORY].members == 3
    index = view.model.index([u.name for u in view.model.rows()].index(FACTORY), 6)
    assert view.model.data(index) == "3"
    assert "企业工会" in [view.model.data(view.model.index(r, 1)) for r in range(2)]


def test_add_checks_the_credit_code_as_typed(qtbot: QtBot, view: UnionsView,
                                             runtime: StationRuntime) -> None:
    view.add_union()
    dialog = view.union_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.name_edit, "城东社区区域工会联合会")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(UnionKind.AREA.value))
    qtbot.keyClicks(dialog.code_edit, BAD_CODE)
    assert "校验位应为0" in dialog.code_error.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.code_edit, "0")
    assert dialog.code_error.text() == ""
    type_text(qtbot, dialog.chair_edit, "陈红")
    qtbot.keyClicks(dialog.phone_edit, "0571-8888")
    assert dialog.phone_error.text()
    dialog.phone_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "0571-88881234")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(view.changed):
        ok(dialog.buttons)
    assert not dialog.isVisible()
    added = next(u for u in UnionService(runtime.context).list()
                 if u.name == "城东社区区域工会联合会")
    assert added.credit_code == GOOD_CODE
    assert added.kind is UnionKind.AREA
    assert added.chair == "陈红"
    assert view.model.rowCount() == 3
    assert view.selected() is not None and view.selected().id == added.id  # type: ignore[union-attr]


def test_a_duplicate_name_keeps_the_dialog_open(qtbot: QtBot, view: UnionsView) -> None:
    view.add_union()
    dialog = view.union_dialog
    assert dialog is not None
    type_text(qtbot, dialog.name_edit, SECTOR)
    ok(dialog.buttons)
    assert dialog.isVisible()
    assert "已经存在" in dialog.error_label.text()


def test_edit(qtbot: QtBot, view: UnionsView, runtime: StationRuntime) -> None:
    select(view, SECTOR)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.union_dialog
    assert dialog is not None and dialog.name_edit.text() == SECTOR
    type_text(qtbot, dialog.contact_edit, "刘明")
    with qtbot.waitSignal(view.changed):
        ok(dialog.buttons)
    sector = next(u for u in UnionService(runtime.context).list() if u.name == SECTOR)
    assert sector.contact == "刘明"
    assert "刘明" in [view.model.data(view.model.index(r, 4)) for r in range(2)]


def test_close_refused_with_members_then_merge_moves_them(
        qtbot: QtBot, view: UnionsView, dialogs: Answers, runtime: StationRuntime) -> None:
    select(view, FACTORY)
    dialogs.answers = [True, True, True]  # close? · merge instead? · move 3 members?
    view.close_selected()
    assert "还有 3 名" in dialogs.shown[1][2]
    merge = view.merge_dialog
    assert merge is not None and merge.isVisible()
    assert merge.target_combo.currentText() == SECTOR
    with qtbot.waitSignal(view.changed, timeout=10_000):
        ok(merge.buttons)
    assert "3" in dialogs.shown[2][2]
    unions = {u.name: u for u in UnionService(runtime.context).list(include_closed=True)}
    assert unions[SECTOR].members == 3
    assert unions[FACTORY].members == 0
    assert unions[FACTORY].closed_on is not None
    assert [u.name for u in view.model.rows()] == [SECTOR]
    view.show_closed.setChecked(True)
    assert view.model.rowCount() == 2
    select(view, FACTORY)
    assert not view.close_button.isEnabled()


def test_close_an_empty_union(qtbot: QtBot, view: UnionsView, dialogs: Answers,
                              runtime: StationRuntime) -> None:
    UnionService(runtime.context).add(UnionDraft("空壳公司工会"))
    view.refresh()
    select(view, "空壳公司工会")
    dialogs.answers = [False]
    view.close_selected()
    assert view.model.rowCount() == 3
    dialogs.answers = [True]
    with qtbot.waitSignal(view.changed):
        view.close_selected()
    assert "空壳公司工会" not in [u.name for u in view.model.rows()]


def test_card_rule_changes_the_next_number(qtbot: QtBot, view: UnionsView,
                                           runtime: StationRuntime) -> None:
    view.card_button.click()
    dialog = view.card_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.prefix_edit.text() == "330106001"
    assert dialog.preview_label.text() == "330106001000004"
    dialog.prefix_edit.clear()
    type_text(qtbot, dialog.prefix_edit, "工会")
    ok(dialog.buttons)
    assert dialog.isVisible()
    assert "前缀" in dialog.error_label.text()
    dialog.prefix_edit.clear()
    qtbot.keyClicks(dialog.prefix_edit, "xh")
    dialog.digits_spin.setValue(4)
    assert dialog.preview_label.text() == "XH0004"
    ok(dialog.buttons)
    assert not dialog.isVisible()
    assert CardNumberService(runtime.context, "330106001").next_preview() == "XH0004"
    assert "XH0004" in view.message.text()
    dialog.default_button.click()
    assert dialog.prefix_edit.text() == "330106001"


def test_back(qtbot: QtBot, view: UnionsView) -> None:
    with qtbot.waitSignal(view.closed):
        view.back_button.click()
