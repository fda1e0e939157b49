"""The Homes page driven as an officer does: a venue added and scored, assets added, a
stocktake with a scanned label, a book lent and returned by card number, a week of
service logs typed on the keyboard."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, ScriptedDialogs, type_text
from tests.gui.homes.conftest import choose
from tests.homes_world import TODAY, build
from unionstation.domain.homes import ServiceKind
from unionstation.domain.permissions import Role
from unionstation.paths import StationHome
from unionstation.services.homes.assets import AssetService
from unionstation.services.homes.reading import ReadingRoomService
from unionstation.services.homes.service_logs import ServiceLogService
from unionstation.services.homes.venues import VenueService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui.homes.page import HomesPage
from unionstation.ui.page_context import PageContext


def test_adding_a_venue_and_scoring_its_checklist(qtbot: QtBot, page: HomesPage) -> None:
    tab = page.venue_tab
    tab.kind.setCurrentIndex(tab.kind.findData("outdoor_station"))
    type_text(qtbot, tab.name, "快递小哥驿站")
    type_text(qtbot, tab.host, "快递物流行业工会联合会")
    tab.stars.setValue(3)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert page.venue_list.count() == 2
    assert page.venue_list.currentItem().text().endswith("330106001-O-001 · 户外劳动者服务站点")
    assert "330106001-O-001" in tab.heading.text()
    assert tab.checklist.rowCount() == 6
    tab.checklist.item(0, 0).setCheckState(Qt.CheckState.Checked)
    tab.checklist.item(1, 2).setText("40 平方米")
    checklist = VenueService(page.context.services).checklist("330106001-O-001")
    assert checklist.met == 1
    assert [i.note for i in checklist.items][:2] == ["", "40 平方米"]
    assert "1" in tab.score.text() and "6" in tab.score.text()


def test_adding_assets_and_a_stocktake_with_a_scanned_label(
        qtbot: QtBot, page: HomesPage) -> None:
    build(page.context.services)
    page.refresh()
    choose(page, "330106001-O-001")
    page.tabs.setCurrentWidget(page.assets_tab)
    assets = page.assets_tab
    type_text(qtbot, assets.name, "折叠椅")
    assets.category.setCurrentIndex(assets.category.findData("furniture"))
    assets.quantity.setValue(6)
    qtbot.keyClicks(assets.unit_value, "45.5")
    qtbot.keyClicks(assets.tag, "ZD-01")
    qtbot.mouseClick(assets.add_button, Qt.MouseButton.LeftButton)
    assert assets.model.rowCount() == 4
    assert AssetService(page.context.services).get("ZD-01").value == 273

    page.tabs.setCurrentWidget(page.stocktake_tab)
    stocktake = page.stocktake_tab
    qtbot.mouseClick(stocktake.start_button, Qt.MouseButton.LeftButton)
    assert stocktake.model.rowCount() == 4
    for text in ("US1:A:330106001:WB-01", "US1:A:330106001:WB-01", "zd-01", "NEW-7"):
        qtbot.keyClicks(stocktake.scan, text)
        qtbot.keyClick(stocktake.scan, Qt.Key.Key_Return)
        assert stocktake.scan.text() == ""
    qtbot.keyClicks(stocktake.scan, "US1:A:999:WB-01")
    qtbot.keyClick(stocktake.scan, Qt.Key.Key_Return)
    assert "不属于本站" in stocktake.scan_error.text()
    assert stocktake.model.rowCount() == 5
    assert "surplus 1" in stocktake.status.text() and "missing 3" in stocktake.status.text()
    type_text(qtbot, stocktake.counters, "王干事、李干事")
    qtbot.mouseClick(stocktake.close_button, Qt.MouseButton.LeftButton)
    assert "closed" in stocktake.status.text()
    assert AssetService(page.context.services).get("ZD-01").quantity == 1
    assert not stocktake.scan.isEnabled()


def test_lending_and_returning_a_book_by_card_number(qtbot: QtBot, page: HomesPage) -> None:
    build(page.context.services)
    page.refresh()
    choose(page, "330106001-R-001")
    page.tabs.setCurrentWidget(page.reading_tab)
    reading = page.reading_tab
    assert reading.books.rowCount() == 1
    reading.book_table.selectionModel().select(
        reading.books.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClicks(reading.reader, "US1:330106001:330106001000002")
    qtbot.keyClick(reading.reader, Qt.Key.Key_Return)
    assert reading.readers.currentText().startswith("李四")
    qtbot.mouseClick(reading.lend_button, Qt.MouseButton.LeftButton)
    assert reading.loans.rowCount() == 1
    due = (TODAY + timedelta(days=30)).isoformat()
    assert reading.loans.rows[0][1:5] == ("李四", "330106001000002", TODAY, TODAY +
                                          timedelta(days=30)) and due in reading.message.text()
    reading.loan_table.selectRow(0)
    qtbot.mouseClick(reading.back_button, Qt.MouseButton.LeftButton)
    assert reading.loans.rowCount() == 0
    assert ReadingRoomService(page.context.services).books()[0].available == 1
    qtbot.keyClicks(reading.reader, "nobody")
    qtbot.keyClick(reading.reader, Qt.Key.Key_Return)
    assert "nobody" in reading.message.text()


def _keyboard(qtbot: QtBot, keys: str | Qt.Key) -> None:
    """Each key to whichever widget has the focus, as a keyboard sends it (the grid, then
    the cell editor its first key opened)."""
    from PySide6.QtWidgets import QApplication

    for key in [keys] if isinstance(keys, Qt.Key) else list(keys):
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, key)


def test_a_week_of_service_logs_by_keyboard(qtbot: QtBot, page: HomesPage) -> None:
    build(page.context.services)
    page.refresh()
    choose(page, "330106001-O-001")
    page.tabs.setCurrentWidget(page.services_tab)
    tab = page.services_tab
    tab.move_week(-7)
    grid = tab.grid
    haircut = list(ServiceKind).index(ServiceKind.HAIRCUT)
    grid.setFocus()
    grid.setCurrentCell(haircut, 0)
    for _day in range(7):
        _keyboard(qtbot, "40")
        _keyboard(qtbot, Qt.Key.Key_Tab)
    logs = ServiceLogService(page.context.services).week("330106001-O-001", tab.monday)
    assert sorted(logs.values()) == [40] * 7
    assert all(service is ServiceKind.HAIRCUT for _day, service in logs)
    assert "理发 280" in tab.month.text()
    grid.setCurrentCell(0, 0)
    _keyboard(qtbot, "x")
    _keyboard(qtbot, Qt.Key.Key_Tab)
    assert tab.error.text()


def test_a_clerk_may_not_dispose_or_claim(qtbot: QtBot, runtime: StationRuntime,
                                          dialogs: ScriptedDialogs) -> None:
    runtime.context.role = Role.CLERK
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    homes = HomesPage(context)
    qtbot.addWidget(homes)
    assert not homes.assets_tab.dispose_button.isEnabled()
    assert not homes.services_tab.claim_button.isEnabled()
    assert homes.venue_tab.add_button.isEnabled()


def test_the_window_has_the_homes_page(open_window: OpenWindow, station_home: StationHome,
                                       tmp_path: Path) -> None:
    window, _controller = open_window(station_home)
    window.show_page("homes/assets")
    page = window.pages["homes"]
    assert isinstance(page, HomesPage)
    assert page.tabs.currentWidget() is page.assets_tab


def test_a_long_register_is_read_a_page_at_a_time(qtbot: QtBot, page: HomesPage) -> None:
    from decimal import Decimal

    from unionstation.domain.homes import AssetCategory
    from unionstation.services.homes.assets import AssetDraft

    world = build(page.context.services)
    assets = AssetService(page.context.services)
    for number in range(247):
        assets.add(world.stop.id, AssetDraft(f"椅子{number}", AssetCategory.FURNITURE, 1,
                                             Decimal("10"), {"own_funds": 100}))
    page.tabs.setCurrentWidget(page.assets_tab)
    page.assets_tab.refresh()
    model = page.assets_tab.model
    assert (model.total, model.rowCount()) == (250, 100)
    assert "250" in page.assets_tab.summary.text()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250 and model.keys[:2] == ["JJ-01", "WB-01"]
    assert len(set(model.keys)) == 250


def test_the_ledger_menu_writes_the_venue_ledger(qtbot: QtBot, page: HomesPage,
                                                 dialogs: ScriptedDialogs,
                                                 tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    build(page.context.services)
    dialogs.file_answer = tmp_path / "venues"
    action = page.ledgers.menu().findChild(QAction, "ledgerVenues")
    assert action is not None
    action.trigger()
    assert (tmp_path / "venues.xlsx").exists()
    assert dialogs.shown[-1][0] == "inform" and "2" in dialogs.shown[-1][2]
    reading = page.reading_tab
    today = page.context.services.today()
    earlier = (today.replace(day=1) - timedelta(days=1)).replace(day=3)
    service = ReadingRoomService(page.context.services)
    first = service.lend("9787530209639", "330106001000001", lent_on=earlier)
    service.back(first.id, on=earlier + timedelta(days=7))
    service.lend("9787530209639", "330106001000001")
    reading.show_venue(None)
    assert reading.month.date().toPython() == today
    assert reading.per_month.text() == "1 readers, 1 loans"
    reading.month.setDate(QDate(earlier.year, earlier.month, 1))  # another month, picked
    assert reading.per_month.text() == "1 readers, 1 loans"
    if earlier.year == today.year:
        assert reading.per_month.toolTip().count("1 readers, 1 loans") == 2
    reading.month.setDate(QDate(earlier.year, earlier.month, 1).addMonths(-1))
    assert reading.per_month.text() == "0 readers, 0 loans"


def test_an_evidence_photo_for_the_selected_item(qtbot: QtBot, page: HomesPage,
                                                 dialogs: ScriptedDialogs,
                                                 tmp_path: Path) -> None:
    from PIL import Image

    build(page.context.services)
    page.refresh()
    choose(page, "330106001-O-001")
    tab = page.venue_tab
    dialogs.file_answer = tmp_path / "sign.jpg"
    Image.new("RGB", (640, 480), (10, 120, 10)).save(dialogs.file_answer)
    qtbot.mouseClick(tab.evidence_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "inform"  # no item selected yet
    tab.checklist.setCurrentCell(0, 1)
    qtbot.mouseClick(tab.evidence_button, Qt.MouseButton.LeftButton)
    assert tab.checklist.item(0, 3).text() == "1"
    qtbot.mouseClick(tab.photo_button, Qt.MouseButton.LeftButton)
    assert "1 photos" in tab.facts.text()


def test_the_selected_venue_is_edited_in_the_form(qtbot: QtBot, page: HomesPage) -> None:
    build(page.context.services)
    page.refresh()
    choose(page, "330106001-O-001")
    tab = page.venue_tab
    assert tab.name.text() == "快递小哥驿站" and tab.stars.value() == 3
    assert tab.save_button.isVisible()
    tab.name.clear()
    type_text(qtbot, tab.name, "快递外卖小哥驿站")
    tab.stars.setValue(4)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    venue = VenueService(page.context.services).get("330106001-O-001")
    assert (venue.name, venue.stars) == ("快递外卖小哥驿站", 4)
    assert page.venue_list.currentItem().text().startswith("快递外卖小哥驿站")
    page.select_venue(None)
    assert tab.name.text() == "" and not tab.save_button.isVisible()


def test_an_asset_is_opened_edited_and_its_value_kept_from_a_clerk(
        qtbot: QtBot, page: HomesPage, dialogs: ScriptedDialogs) -> None:
    build(page.context.services)
    page.refresh()
    choose(page, "330106001-O-001")
    page.tabs.setCurrentWidget(page.assets_tab)
    tab = page.assets_tab
    row = tab.model.keys.index("WB-01")
    rect = tab.table.visualRect(tab.model.index(row, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (tab.name.text(), tab.quantity.value(), tab.tag.isReadOnly()) == ("微波炉", 2, True)
    tab.quantity.setValue(3)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert AssetService(page.context.services).get("WB-01").quantity == 3
    assert tab.tag.text() == "" and not tab.tag.isReadOnly()
    page.context.services.role = Role.CLERK
    tab.edit_asset("WB-01")
    tab.unit_value.setText("600")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "warn" and "asset.money" in dialogs.shown[-1][2]
    assert str(AssetService(page.context.services).get("WB-01").unit_value) == "499.50"


def test_a_paper_loan_is_entered_with_its_own_date(qtbot: QtBot, page: HomesPage) -> None:
    from PySide6.QtCore import QDate

    build(page.context.services)
    page.refresh()
    choose(page, "330106001-R-001")
    page.tabs.setCurrentWidget(page.reading_tab)
    reading = page.reading_tab
    reading.book_table.selectRow(0)
    qtbot.keyClicks(reading.reader, "330106001000001")
    qtbot.keyClick(reading.reader, Qt.Key.Key_Return)
    reading.lent_on.setDate(QDate(2026, 9, 1))
    qtbot.mouseClick(reading.lend_button, Qt.MouseButton.LeftButton)
    loan = ReadingRoomService(page.context.services).loans()[0]
    assert (loan.lent_on.isoformat(), loan.due_on.isoformat()) == ("2026-09-01", "2026-10-01")
    reading.overdue.setChecked(True)
    assert reading.loans.rowCount() == 1 and reading.loans.rows[0][5] == 50
