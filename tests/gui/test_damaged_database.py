from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.factories import TEST_KEY, damage_member_table
from tests.gui.conftest import OpenWindow, ScriptedDialogs
from unionstation.paths import StationHome
from unionstation.store.backup import backup_now


def test_a_damaged_database_is_shown_read_only_and_restored(
    qtbot: QtBot, chinese: None, open_window: OpenWindow, station_home: StationHome,
    dialogs: ScriptedDialogs,
) -> None:
    backup_now(station_home, "manual", key=TEST_KEY)
    damage_member_table(station_home.db_path)
    dialogs.confirm_answer = True
    window, controller = open_window(station_home)
    assert any(kind == "confirm" and "备份" in text for kind, _, text in dialogs.shown)
    qtbot.waitUntil(lambda: "数据库正常" in window.database_label.text(), timeout=20_000)
    assert controller.runtime is not None and not controller.runtime.database.read_only


def test_without_a_backup_the_officer_is_told(
    open_window: OpenWindow, chinese: None, station_home: StationHome,
    dialogs: ScriptedDialogs,
) -> None:
    damage_member_table(station_home.db_path)
    window, controller = open_window(station_home)
    assert "只读" in window.database_label.text()
    assert [kind for kind, _, _ in dialogs.shown] == ["warn"]
    assert str(station_home.root) in dialogs.shown[0][2]
