"""A damaged station in the window: the recovery page (what is wrong, the backups with
dates and members, restore and salvage), then the station opens as on any start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.damage import DAMAGES
from tests.factories import TEST_KEY
from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.recovery_station import DayStation, active_ids, copy_day_station, member_ids
from unionstation.paths import StationHome
from unionstation.store.backup import backup_key
from unionstation.ui.recovery.page import RecoveryPage

OPEN_TIMEOUT = 30_000


@pytest.fixture
def day(day_station_template: DayStation, tmp_path: Path) -> DayStation:
    return copy_day_station(day_station_template, tmp_path / "station")


def _recovery_page(window: object) -> RecoveryPage:
    page = window.pages.get("recovery")  # type: ignore[attr-defined]
    assert isinstance(page, RecoveryPage)
    assert window.current_page() == "recovery"  # type: ignore[attr-defined]
    return page


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_each_damage_opens_the_recovery_page_and_salvage_brings_the_day_back(
    qtbot: QtBot, open_window: OpenWindow, day: DayStation, dialogs: ScriptedDialogs,
    damage: str,
) -> None:
    DAMAGES[damage](day.home.db_path)
    window, controller = open_window(day.home)
    page = _recovery_page(window)
    assert "damaged" in window.database_label.text()
    assert page.model.rowCount() == len(page.report.backups) >= 3
    assert page.model.item(0, 2).text() == str(page.report.backups[0].members)
    assert page.restore_button.isEnabled() and page.salvage_button.isEnabled()

    qtbot.mouseClick(page.salvage_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Database OK" in window.database_label.text(),
                    timeout=OPEN_TIMEOUT)
    assert controller.runtime is not None
    assert day.backup_ids <= member_ids(day.home.db_path)
    active = len(active_ids(day.home.db_path))
    assert window.members_label.text().endswith(str(active))
    assert any(kind == "inform" and "抢救完成" in text for kind, _, text in dialogs.shown)
    assert list((day.home.root / "damaged").glob("unionstation-*.db"))


def test_the_selected_backup_is_restored_after_a_confirmation(
    qtbot: QtBot, open_window: OpenWindow, day: DayStation, dialogs: ScriptedDialogs,
) -> None:
    DAMAGES["truncated"](day.home.db_path)
    window, controller = open_window(day.home)
    page = _recovery_page(window)
    dialogs.confirm_answer = True
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Database OK" in window.database_label.text(),
                    timeout=OPEN_TIMEOUT)
    assert [kind for kind, _, _ in dialogs.shown][:2] == ["confirm", "inform"]
    assert member_ids(day.home.db_path) == member_ids(page.report.backups[0].path,
                                                      key=backup_key(TEST_KEY))
    assert window.current_page() != "recovery"


def test_without_a_backup_only_salvage_is_offered(
    open_window: OpenWindow, station_home: StationHome,
) -> None:
    station_home.db_path.write_bytes(b"not a database" * 300)
    window, _controller = open_window(station_home)
    page = _recovery_page(window)
    assert page.report.backups == [] and page.model.rowCount() == 0
    assert not page.restore_button.isEnabled() and page.salvage_button.isEnabled()
    assert "another file" in page.what_label.text()
