"""The Settings page in the window: it replaces the placeholder, shows and saves each box
through the services, and disables editing for a role that may not change settings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, ScriptedDialogs
from unionstation.domain.permissions import Role
from unionstation.paths import StationHome
from unionstation.services.print_settings import PrintSettingsService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.services.yearly_values import YearlyValues
from unionstation.sync.station_settings import SyncSettings
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.page import SettingsPage


@pytest.fixture
def page(qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs) -> SettingsPage:
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    shown = SettingsPage(context)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    return shown


def test_the_window_has_a_real_settings_page(open_window: OpenWindow,
                                             station_home: StationHome) -> None:
    window, controller = open_window(station_home)
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    assert page.station.name_edit.text() == "测试街道总工会"
    page.station.name_edit.setText("测试街道总工会二")
    page.station.save_button.click()
    assert "测试街道总工会二" in window.station_label.text()
    assert controller.station is not None and controller.station.name == "测试街道总工会二"


def test_station_and_operator(page: SettingsPage, runtime: StationRuntime) -> None:
    box = page.station
    assert box.code_label.text() == "330106001"
    assert box.operator_edit.text() == "王干事"
    box.county_edit.setText("新县总工会")
    box.operator_edit.setText("李干事")
    box.save_button.click()
    assert StationService(runtime.context).require().county_name == "新县总工会"
    assert runtime.context.officer == "李干事"
    box.name_edit.clear()
    box.save_button.click()
    assert "名称" in box.message.text()


def test_printing_box(page: SettingsPage, runtime: StationRuntime) -> None:
    box = page.printing
    assert box.font_used.text()  # the face the PDFs use, or what to install
    assert box.fonts_found.text()
    assert "calibration" in box.offsets.text()
    PrintSettingsService(runtime.context).set_printer_offset("HP LaserJet", 1.5, -2.0)
    box.refresh()
    assert "HP LaserJet: 1.5 mm right, -2.0 mm down" in box.offsets.text()
    box.layout_box.setCurrentIndex(box.layout_box.findData("single"))
    box.issue_box.setCurrentIndex(box.issue_box.findData("joined"))
    box.save_button.click()
    service = PrintSettingsService(runtime.context)
    assert (service.card_layout(), service.card_issue_date()) == ("single", "joined")


def test_sync_box(page: SettingsPage, runtime: StationRuntime) -> None:
    box = page.sync
    assert box.auto_box.isChecked()
    assert "no enrolment" in box.county_key.text()
    box.url_edit.setText("ftp://county")
    box.save_button.click()
    assert "http" in box.message.text()
    box.url_edit.setText("https://county.example")
    box.auto_box.setChecked(False)
    box.save_button.click()
    assert not SyncSettings(runtime.context).auto_upload()
    assert SyncSettings(runtime.context).county_url() == "https://county.example"


def test_backups_box(qtbot: QtBot, page: SettingsPage, dialogs: ScriptedDialogs,
                     tmp_path: Path) -> None:
    box = page.backups
    box.backup_button.click()
    wait_for_workers()
    qtbot.waitUntil(lambda: "Backed up" in box.message.text(), timeout=10_000)
    assert "3 active members" in box.latest.text()
    assert box.info is not None and box.info.latest is not None
    dialogs.file_answer = box.info.latest
    box.test_button.click()
    wait_for_workers()
    qtbot.waitUntil(lambda: "restores: 3 active members" in box.message.text(), timeout=10_000)
    dialogs.confirm_answer = True
    with qtbot.waitSignal(box.restore_requested) as asked:
        box.restore_button.click()
    assert asked.args == [box.info.latest]


def test_yearly_values_table(page: SettingsPage, runtime: StationRuntime) -> None:
    box = page.yearly
    box.year.setValue(2026)
    box.amount.setText("1,050")
    box.set_button.click()
    assert YearlyValues(runtime.context).minimum_living_line(2027) is not None
    box.kind.setCurrentIndex(1)
    box.service_name.setText("饮水")
    box.amount.setText("0.5")
    box.set_button.click()
    assert YearlyValues(runtime.context).service_rates(2026) == {"饮水": Decimal("0.50")}
    assert box.table.rowCount() == 2
    texts = [box.table.item(r, 1).text() for r in range(2)]  # type: ignore[union-attr]
    assert "Minimum-living line" in texts and "Service subsidy: 饮水" in texts
    box.amount.setText("abc")
    box.set_button.click()
    assert "金额" in box.message.text()


def test_a_clerk_sees_settings_but_cannot_change_them(qtbot: QtBot, runtime: StationRuntime,
                                                     dialogs: ScriptedDialogs) -> None:
    runtime.context.role = Role.CLERK
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    for box in page.boxes:
        assert box.editors and not any(w.isEnabled() for w in box.editors), box.title()
    assert not page.backups.restore_button.isEnabled()
    assert page.station.name_edit.text() == "测试街道总工会"  # still readable


def test_restore_from_the_settings_page(qtbot: QtBot, open_window: OpenWindow,
                                        station_home: StationHome,
                                        dialogs: ScriptedDialogs) -> None:
    window, controller = open_window(station_home)
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.backups.backup_button.click()
    wait_for_workers()
    qtbot.waitUntil(lambda: "Backed up" in page.backups.message.text(), timeout=10_000)
    assert page.backups.info is not None and page.backups.info.latest is not None
    copy = page.backups.info.latest
    page.station.name_edit.setText("改过的名字")
    page.station.save_button.click()
    assert "改过的名字" in window.station_label.text()
    dialogs.file_answer = copy
    dialogs.confirm_answer = True
    page.backups.restore_button.click()
    qtbot.waitUntil(lambda: "测试街道总工会" in window.station_label.text()
                    and "改过的名字" not in window.station_label.text(), timeout=20_000)
    wait_for_workers()
    assert controller.station is not None and controller.station.name == "测试街道总工会"
    assert window.pages["settings"] is not page  # made again over the restored data


def test_the_window_opens_in_the_chosen_language(runtime: StationRuntime) -> None:
    from unionstation.services.settings import SettingsService
    from unionstation.ui.launch import _chosen_language

    service = SettingsService(runtime.context, runtime.home)
    assert _chosen_language(runtime.home, "zh") == "zh"
    service.set_language("en")
    assert _chosen_language(runtime.home, "zh") == "en"
    service.set_language("zh")
    assert _chosen_language(runtime.home, "en") == "en"  # asked for on the command line
