"""Editing on the Homes page beyond the first lines: a venue's dates, an asset's unit,
location, dates, condition and funding shares, the reading room's loan period, and the
label sheet's printer offset, each as the officer does it and each kept from the roles
that may not."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs, type_text
from tests.gui.homes.conftest import choose
from tests.homes_world import TODAY, build
from unionstation.domain.homes import AssetCondition
from unionstation.domain.permissions import Role
from unionstation.services.homes.assets import AssetService
from unionstation.services.homes.reading import ReadingRoomService
from unionstation.services.homes.venues import VenueService
from unionstation.services.print_settings import PrintSettingsService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui.homes.page import HomesPage
from unionstation.ui.page_context import PageContext


def test_a_venues_dates_are_entered_and_kept_when_other_fields_change(
        qtbot: QtBot, page: HomesPage) -> None:
    services = page.context.services
    world = build(services)
    draft = VenueService(services).draft_of(world.stop.id)
    draft.opened_on = date(2024, 5, 1)  # as `venues add --opened` records it
    VenueService(services).update(world.stop.id, draft)
    page.refresh()
    choose(page, world.stop.code)
    tab = page.venue_tab
    assert tab.opened.value() == date(2024, 5, 1) and tab.accredited.value() is None
    tab.stars.setValue(4)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    kept = VenueService(services).draft_of(world.stop.id)
    assert (kept.stars, kept.opened_on, kept.accredited_on) == (4, date(2024, 5, 1), None)
    tab.accredited.setDate(QDate(2025, 12, 28))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert VenueService(services).draft_of(world.stop.id).accredited_on == date(2025, 12, 28)
    assert "accredited 2025-12-28" in tab.facts.text() and "opened 2024-05-01" in tab.facts.text()
    tab.opened.set_value(None)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert VenueService(services).draft_of(world.stop.id).opened_on is None


def _open_assets(page: HomesPage, code: str) -> None:
    page.refresh()
    choose(page, code)
    page.tabs.setCurrentWidget(page.assets_tab)


def test_an_assets_unit_location_dates_and_funding_shares(
        qtbot: QtBot, page: HomesPage, dialogs: ScriptedDialogs) -> None:
    world = build(page.context.services)
    _open_assets(page, world.stop.code)
    tab, details = page.assets_tab, page.assets_tab.details
    assert details.unit.text() == "件" and details.funding() == {"own_funds": 100}
    type_text(qtbot, tab.name, "按摩椅")
    details.unit.clear()
    type_text(qtbot, details.unit, "把")
    type_text(qtbot, details.location, "休息室东墙")
    qtbot.keyClicks(tab.unit_value, "2600")
    qtbot.keyClicks(tab.tag, "AM-01")
    details.acquired.setDate(QDate(2026, 3, 15))
    details.next_audit.setDate(QDate(2026, 12, 1))
    details.shares[next(iter(details.shares))].setValue(60)  # own funds
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "warn" and "100" in dialogs.shown[-1][2]
    assert "AM-01" not in tab.model.keys
    details.shares[list(details.shares)[1]].setValue(40)  # higher-union subsidy
    assert details.share_total.text() == "= 100 %"
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    row = AssetService(page.context.services).get("AM-01")
    assert (row.unit, row.location, row.acquired_on, row.next_audit_on) == (
        "把", "休息室东墙", date(2026, 3, 15), date(2026, 12, 1))
    assert row.funding == {"own_funds": 60, "higher_union": 40}
    shown = tab.model.rows[tab.model.keys.index("AM-01")]
    assert shown[4] == "1 把" and "单位自筹 60%、上级工会补助 40%" in shown
    assert "休息室东墙" in shown

    tab.edit_asset("AM-01")
    assert details.location.text() == "休息室东墙" and details.funding() == row.funding
    details.location.clear()
    type_text(qtbot, details.location, "二楼活动室")
    details.condition.setCurrentIndex(details.condition.findData("damaged"))
    for box, share in zip(details.shares.values(), (0, 0, 100, 0), strict=True):
        box.setValue(share)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    row = AssetService(page.context.services).get("AM-01")
    assert (row.location, row.condition, row.funding) == (
        "二楼活动室", AssetCondition.DAMAGED, {"donation": 100})
    assert details.location.text() == "" and tab.tag.text() == ""
    history = [summary for _day, summary, _who in
               AssetService(page.context.services).history("AM-01")]
    assert any("location" in s and "funding" in s and "condition" in s for s in history)


def test_a_scrapped_asset_keeps_its_condition_when_edited(qtbot: QtBot,
                                                          page: HomesPage) -> None:
    world = build(page.context.services)
    AssetService(page.context.services).dispose("JJ-01", "过期")
    _open_assets(page, world.stop.code)
    tab = page.assets_tab
    tab.edit_asset("JJ-01")
    assert not tab.details.condition.isEnabled()
    type_text(qtbot, tab.details.location, "仓库")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    row = AssetService(page.context.services).get("JJ-01")
    assert (row.condition, row.location) == (AssetCondition.SCRAPPED, "仓库")
    tab.edit_asset(None)
    assert tab.details.condition.findData("scrapped") == -1


def test_the_loan_period_is_set_on_the_reading_tab(qtbot: QtBot, page: HomesPage) -> None:
    world = build(page.context.services)
    page.refresh()
    choose(page, world.library.code)
    page.tabs.setCurrentWidget(page.reading_tab)
    reading = page.reading_tab
    assert reading.loan_days.value() == 30 and reading.loan_days_button.isEnabled()
    reading.loan_days.selectAll()
    qtbot.keyClicks(reading.loan_days, "14")
    qtbot.mouseClick(reading.loan_days_button, Qt.MouseButton.LeftButton)
    assert ReadingRoomService(page.context.services).loan_days() == 14
    assert "14" in reading.message.text()
    reading.book_table.selectRow(0)
    qtbot.keyClicks(reading.reader, "330106001000001")
    qtbot.keyClick(reading.reader, Qt.Key.Key_Return)
    qtbot.mouseClick(reading.lend_button, Qt.MouseButton.LeftButton)
    loan = ReadingRoomService(page.context.services).loans()[0]
    assert loan.due_on == TODAY + timedelta(days=14)


def test_the_label_sheet_is_moved_by_the_offset_set_on_the_page(
        qtbot: QtBot, page: HomesPage, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    from tests.unit.printing.pdf import words

    world = build(page.context.services)
    _open_assets(page, world.stop.code)
    tab, printer = page.assets_tab, page.assets_tab.label_printer
    tab.table.selectRow(tab.model.keys.index("WB-01"))
    dialogs.file_answer = tmp_path / "plain.pdf"
    qtbot.mouseClick(tab.labels_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "inform" and "1 labels" in dialogs.shown[-1][2]

    printer.printer.setCurrentText("Label printer")
    printer.x_box.setValue(3.0)
    printer.y_box.setValue(-2.0)
    qtbot.mouseClick(printer.save_button, Qt.MouseButton.LeftButton)
    assert PrintSettingsService(page.context.services).printer_offset("Label printer") == (
        3.0, -2.0)
    printer.x_box.setValue(0.0)
    printer.printer.setCurrentText("")
    printer.printer.setCurrentText("Label printer")  # the saved offset comes back
    assert printer.offset() == (3.0, -2.0)
    dialogs.file_answer = tmp_path / "moved.pdf"
    qtbot.mouseClick(tab.labels_button, Qt.MouseButton.LeftButton)
    before = next(w for w in words(tmp_path / "plain.pdf") if w.text == "WB-01").centre_mm
    after = next(w for w in words(tmp_path / "moved.pdf") if w.text == "WB-01").centre_mm
    assert after[0] - before[0] == pytest.approx(3.0, abs=0.05)
    assert after[1] - before[1] == pytest.approx(-2.0, abs=0.05)


def _page_as(qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs,
             role: Role) -> HomesPage:
    runtime.context.role = role
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    homes = HomesPage(context)
    qtbot.addWidget(homes)
    return homes


def test_what_a_clerk_and_the_finance_officer_may_change(
        qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs) -> None:
    clerk = _page_as(qtbot, runtime, dialogs, Role.CLERK)
    assert not clerk.reading_tab.loan_days.isEnabled()
    assert not clerk.reading_tab.loan_days_button.isEnabled()
    assert clerk.assets_tab.label_printer.save_button.isEnabled()
    assert clerk.assets_tab.labels_button.isEnabled()
    clerk.reading_tab.set_loan_days()  # the service is the guard, whatever the window shows
    assert dialogs.shown[-1][0] == "warn" and "settings.edit" in dialogs.shown[-1][2]
    assert ReadingRoomService(runtime.context).loan_days() == 30
    finance = _page_as(qtbot, runtime, dialogs, Role.FINANCE)
    assert not finance.assets_tab.label_printer.save_button.isEnabled()
    assert not finance.assets_tab.labels_button.isEnabled()
    finance.assets_tab.label_printer.printer.setCurrentText("Label printer")
    finance.assets_tab.label_printer.save()
    assert dialogs.shown[-1][0] == "warn" and "print" in dialogs.shown[-1][2]
    assert PrintSettingsService(runtime.context).printer_offsets() == {}


def test_a_book_is_added_with_its_category_and_donor(qtbot: QtBot, page: HomesPage) -> None:
    world = build(page.context.services)
    page.refresh()
    choose(page, world.library.code)
    page.tabs.setCurrentWidget(page.reading_tab)
    reading = page.reading_tab
    type_text(qtbot, reading.title, "红岩")
    type_text(qtbot, reading.category, "文学")
    type_text(qtbot, reading.donor, "市总工会")
    qtbot.mouseClick(reading.add_book_button, Qt.MouseButton.LeftButton)
    book = next(b for b in ReadingRoomService(page.context.services).books()
                if b.title == "红岩")
    assert (book.category, book.donor) == ("文学", "市总工会")
    assert ("文学", "市总工会") in [row[3:5] for row in reading.books.rows]
    assert reading.category.text() == "" and reading.donor.text() == ""


def test_the_selected_assets_history_is_shown(qtbot: QtBot, page: HomesPage,
                                              dialogs: ScriptedDialogs) -> None:
    world = build(page.context.services)
    AssetService(page.context.services).dispose("JJ-01", "过期")
    _open_assets(page, world.stop.code)
    tab = page.assets_tab
    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][:2] == ("inform", "History")  # nothing selected
    tab.table.selectRow(tab.model.keys.index("JJ-01"))
    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("inform", "History of JJ-01")
    assert text.index("登记入账") < text.index("报废:过期")
