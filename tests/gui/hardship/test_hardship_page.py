"""The hardship page driven as officers use it: a file with its household, approval by a
second officer, a visit with cash and goods, a campaign to a printed sign-off sheet, a
refused double payment, a reversal, and the reminders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from tests.factories import make_id_number
from tests.gui.conftest import OpenWindow, ScriptedDialogs
from unionstation.domain.hardship import FileStatus
from unionstation.domain.permissions import Role
from unionstation.paths import StationHome
from unionstation.services.hardship.files import HardshipFileService
from unionstation.services.hardship.payments import PaymentService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui.hardship.page import HardshipPage
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.page_context import PageContext

ZHAO = make_id_number("330106", date(1975, 3, 3), 11)


@pytest.fixture
def page(qtbot: QtBot, runtime: StationRuntime,
         dialogs: ScriptedDialogs) -> Iterator[HardshipPage]:
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    widget = HardshipPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.overview.model.rowCount() >= 0 and widget._loaded)
    yield widget
    wait_for_workers()


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _open_file(qtbot: QtBot, page: HardshipPage) -> None:
    page.show_sub("file")
    form = page.editor.form
    form.name_edit.setText("赵六")
    form.id_edit.setText(ZHAO)
    form.category_combo.setCurrentIndex(form.category_combo.findData("severe"))
    form.cause_combo.setCurrentIndex(form.cause_combo.findData("illness"))
    for name, relation, income in (("赵六", "本人", "900"), ("钱芳", "配偶", "300.50"),
                                   ("赵小", "子女", "0")):
        _click(qtbot, form.add_person)
        row = form.household.rowCount() - 1
        form.household.setItem(row, 0, QTableWidgetItem(name))
        form.household.setItem(row, 1, QTableWidgetItem(relation))
        form.household.setItem(row, 6, QTableWidgetItem(income))
    assert "400.17" in form.income_label.text()
    _click(qtbot, page.editor.save_button)


def test_a_file_from_household_to_sign_off_sheet(
        qtbot: QtBot, page: HardshipPage, runtime: StationRuntime, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    _open_file(qtbot, page)
    editor = page.editor
    assert not [s for s in dialogs.shown if s[0] == "warn"], dialogs.shown
    assert editor.detail is not None and editor.detail.status is FileStatus.TEMPORARY
    assert page.overview.model.rowCount() == 1
    assert editor.history_model.rowCount() == 1
    # The officer who opened the file cannot approve it; a second one can.
    assert not editor.approve_button.isEnabled()
    runtime.context.officer = "李审核"
    page.open_file(editor.detail.id)
    assert editor.approve_button.isEnabled()
    _click(qtbot, editor.approve_button)
    assert editor.detail.status is FileStatus.FORMAL
    assert "在档" in editor.status_label.text()

    # A must-visit occasion is noted: it is a reminder until the visit below answers it.
    _click(qtbot, editor.occasion_button)
    noted = editor.occasion_dialog
    assert noted is not None
    noted.occasion_combo.setCurrentIndex(noted.occasion_combo.findData("illness"))
    noted.accept()
    page.overview.refresh_reminders()
    assert any("生病住院必访" in page.overview.reminders.item(i).text()
               for i in range(page.overview.reminders.count()))

    # A visit with cash and goods.
    _click(qtbot, editor.visit_button)
    dialog = editor.visit_dialog
    assert dialog is not None
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("must_visit"))
    dialog.occasion_combo.setCurrentIndex(dialog.occasion_combo.findData("illness"))
    dialog.cash_edit.setText("300")
    dialog.funding_combo.setCurrentIndex(dialog.funding_combo.findData("donation"))
    dialog.goods_edit.setText("大米")
    dialog.quantity_spin.setValue(2)
    dialog.goods_value_edit.setText("80")
    dialog.accept()
    assert editor.visits_model.rowCount() == 1
    editor.visits_table.selectRow(0)
    scan = tmp_path / "signed.png"
    scan.write_bytes(b"\x89PNG signed sheet")
    dialogs.file_answer = scan
    _click(qtbot, editor.signed_button)
    assert editor.detail is not None and editor.detail.visits[0].signed
    assert editor.payments_model.rowCount() == 1
    assert "300.00" in editor.paid_label.text()

    # The visit's payment was a mistake: reversed, with the reason.
    editor.tabs.setCurrentIndex(1)
    editor.payments_table.selectRow(0)
    dialogs.text_answer = "金额录错"
    _click(qtbot, editor.reverse_button)
    assert editor.payments_model.rowCount() == 2
    assert "0.00" in editor.paid_label.text()

    # A campaign from creation to the printed sheet.
    page.show_sub("campaigns")
    view = page.campaigns
    _click(qtbot, view.new_button)
    made = view.dialog
    assert made is not None
    made.name_edit.setText("2026年送温暖")
    made.budget_edit.setText("5,000")
    made.standard_edits[next(iter(made.standard_edits))].setText("1000")
    made.accept()
    assert view.list_model.rowCount() == 1 and view.campaign_id is not None
    _click(qtbot, view.add_button)
    assert view.households_model.rowCount() == 1
    view.households.selectRow(0)
    _click(qtbot, view.pay_button)
    assert view.households_model.text(0, 5) == "1,000.00"
    # Paying again is refused, naming the earlier payment; no reason, no payment.
    dialogs.text_answer = None
    view.households.selectRow(0)
    _click(qtbot, view.pay_button)
    asked = [s for s in dialogs.shown if s[0] == "ask_text" and "不能重复发放" in s[2]]
    assert asked
    rows, total = PaymentService(runtime.context).list()
    assert total == 1000 and len(rows) == 3

    # Reminders: the sheet of the paid household is not signed yet.
    page.show_sub("files")
    reminders = [page.overview.reminders.item(i).text()
                 for i in range(page.overview.reminders.count())]
    assert any("签收表未收回" in text for text in reminders)
    assert not any("生病住院必访" in text for text in reminders)  # the visit answered it

    page.show_sub("campaigns")
    out = tmp_path / "签收表"
    dialogs.file_answer = out
    _click(qtbot, view.print_button)
    qtbot.waitUntil(lambda: any(s[1] == view.tr("Sign-off sheet") for s in dialogs.shown),
                    timeout=20_000)
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    view.households.selectRow(0)
    _click(qtbot, view.signed_button)
    assert view.households_model.text(0, 7)
    page.show_sub("files")
    assert not any("签收表" in page.overview.reminders.item(i).text()
                   for i in range(page.overview.reminders.count()))


def test_filters_a_ledger_and_the_clerk_who_may_not_look(
        qtbot: QtBot, page: HardshipPage, runtime: StationRuntime, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    _open_file(qtbot, page)
    editor = page.editor
    assert editor.file_id is not None
    scan = tmp_path / "survey.pdf"
    scan.write_bytes(b"%PDF-1.4 survey form")
    dialogs.file_answer = scan
    _click(qtbot, editor.attach_button)
    assert editor.detail is not None and len(editor.detail.attachments) == 1
    page.show_sub("files")
    overview = page.overview
    dialogs.file_answer = tmp_path / "files"
    menu = overview.ledger_button.menu()
    assert menu is not None
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: any(s[0] == "inform" for s in dialogs.shown), timeout=20_000)
    assert (tmp_path / "files.xlsx").exists()
    assert overview.model.rowCount() == 1
    overview.status_combo.setCurrentIndex(overview.status_combo.findData("formal"))
    assert overview.model.rowCount() == 0
    overview.status_combo.setCurrentIndex(overview.status_combo.findData("temporary"))
    assert overview.model.rowCount() == 1
    assert "*" in overview.model.text(0, 2)
    runtime.context.role = Role.CLERK
    overview.refresh()
    assert overview.refused.isVisibleTo(overview)
    assert not overview.table.isEnabled()


def test_the_window_has_the_hardship_page(open_window: OpenWindow,
                                          station_home: StationHome) -> None:
    window, controller = open_window(station_home)
    window.show_page("hardship")
    assert isinstance(window.pages["hardship"], HardshipPage)
    assert controller.runtime is not None
    assert HardshipFileService(controller.runtime.context).count() == 0
