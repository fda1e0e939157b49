from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, ScriptedDialogs
from unionstation.paths import StationHome
from unionstation.ui.pages import PlaceholderPage

CHINESE_TITLES = ["会员管理", "职工之家", "困难帮扶", "数据报送", "统计报表", "设置", "工作人员",
                  "审计记录"]


def test_navigation_shows_each_page_with_the_station(
    qtbot: QtBot, chinese: None, open_window: OpenWindow, station_home: StationHome,
    dialogs: ScriptedDialogs,
) -> None:
    window, controller = open_window(station_home)
    assert controller.station is not None
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == CHINESE_TITLES
    for row, key in enumerate(window.page_keys()):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), qtbot_left(), pos=rect.center())
        assert window.current_page() == key
        page = window.pages[key]
        assert page.isVisible()
        if isinstance(page, PlaceholderPage):
            assert page.station_text() == "测试街道总工会"
    assert "测试街道总工会" in window.station_label.text()
    assert "330106001" in window.station_label.text()
    assert "王干事" in window.officer_label.text()
    assert "在册会员 3 名" in window.members_label.text()
    assert "数据库正常" in window.database_label.text()
    assert "测试街道总工会" in window.windowTitle()
    assert dialogs.shown == []


def test_show_page_accepts_sub_pages(open_window: OpenWindow, station_home: StationHome) -> None:
    window, _ = open_window(station_home)
    window.show_page("sync")
    assert window.current_page() == "sync"
    window.show_page("members/form")
    assert window.current_page() == "members"


def test_english_on_request(qapp: object, open_window: OpenWindow,
                            station_home: StationHome) -> None:
    window, _ = open_window(station_home)
    assert window.nav.item(0).text() == "Members"
    assert window.database_label.text().startswith("Database OK")


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
