from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, ScriptedDialogs
from unionstation.paths import StationHome
from unionstation.store.backup import backup_now


def _damage(home: StationHome) -> None:
    connection = sqlite3.connect(home.db_path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
    connection.close()
    data = bytearray(home.db_path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size // 2] = b"\x5a" * (page_size // 2)
    home.db_path.write_bytes(bytes(data))


def test_a_damaged_database_is_shown_read_only_and_restored(
    qtbot: QtBot, chinese: None, open_window: OpenWindow, station_home: StationHome,
    dialogs: ScriptedDialogs,
) -> None:
    backup_now(station_home, "manual")
    _damage(station_home)
    dialogs.confirm_answer = True
    window, controller = open_window(station_home)
    assert any(kind == "confirm" and "备份" in text for kind, _, text in dialogs.shown)
    qtbot.waitUntil(lambda: "数据库正常" in window.database_label.text(), timeout=20_000)
    assert controller.runtime is not None and not controller.runtime.database.read_only


def test_without_a_backup_the_officer_is_told(
    open_window: OpenWindow, chinese: None, station_home: StationHome,
    dialogs: ScriptedDialogs,
) -> None:
    _damage(station_home)
    window, controller = open_window(station_home)
    assert "只读" in window.database_label.text()
    assert [kind for kind, _, _ in dialogs.shown] == ["warn"]
    assert str(station_home.root) in dialogs.shown[0][2]
