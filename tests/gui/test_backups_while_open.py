"""The window keeps the day's work: an hourly copy when something changed, one at close."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow
from unionstation.paths import StationHome
from unionstation.services.unions import UnionService
from unionstation.store.backup import describe_backups
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.recovery.backup_clock import HOURLY_BACKUP_MS


def _kinds(home: StationHome) -> list[str]:
    return [info.kind for info in describe_backups(home, count=False)]


def test_hourly_copies_only_with_changes_and_one_at_close(
    qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
) -> None:
    window, controller = open_window(station_home)
    clock = controller.backups
    assert clock is not None and clock.timer.isActive()
    assert clock.timer.interval() == HOURLY_BACKUP_MS
    wait_for_workers()  # today's copy, taken once the rows are on screen
    before = _kinds(station_home)
    clock.hourly_backup()  # only the login's own audit line is new: no copy for it
    wait_for_workers()
    assert _kinds(station_home) == before
    clock.hourly_backup()
    wait_for_workers()
    assert _kinds(station_home) == before  # nothing changed since: no new copy

    assert controller.runtime is not None
    UnionService(controller.runtime.context).add("新成立的公司工会委员会")
    clock.timer.timeout.emit()
    wait_for_workers()
    assert _kinds(station_home)[0] == "hourly"

    UnionService(controller.runtime.context).add("另一个公司工会委员会")
    controller.shutdown()
    assert _kinds(station_home)[0] == "close"
    assert not clock.timer.isActive()
