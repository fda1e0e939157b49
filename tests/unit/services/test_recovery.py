"""The six damages on a station with a day's work: salvage on top of the hourly backup
gives back every member of that backup, and what the damaged file still held."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.damage import DAMAGES
from tests.recovery_station import DayStation, active_ids, copy_day_station, member_ids
from unionstation.services import recovery
from unionstation.services.errors import UserError
from unionstation.services.health import check_station
from unionstation.services.runtime import open_station

# Damages that leave the main file's pages readable: the whole day comes back.
WHOLE_DAY = {"header_zeroed", "random_wal"}


@pytest.fixture
def day(day_station_template: DayStation, tmp_path: Path) -> DayStation:
    return copy_day_station(day_station_template, tmp_path / "station")


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_salvage_gives_back_the_backup_and_what_could_be_read(
    day: DayStation, damage: str,
) -> None:
    DAMAGES[damage](day.home.db_path)
    damaged_bytes = day.home.db_path.read_bytes()
    described = recovery.describe(day.home)
    assert described.backups and described.backups[0].members == len(
        active_ids(described.backups[0].path))

    report = recovery.salvage(day.home, recovery.newest_sound_backup(day.home))

    assert report.backup is not None and member_ids(report.backup) == day.backup_ids
    assert day.backup_ids <= member_ids(day.home.db_path)
    back = active_ids(day.home.db_path)
    if damage in WHOLE_DAY:
        assert back == day.all_ids
    assert report.set_aside is not None and report.set_aside.read_bytes() == damaged_bytes
    assert report.result.integrity == "ok"
    runtime = open_station(day.home)
    try:
        health = check_station(runtime)
    finally:
        runtime.close()
    assert health.integrity == "ok" and health.members_active == len(back)


def test_salvage_without_a_backup_keeps_what_the_file_holds(day: DayStation) -> None:
    DAMAGES["header_zeroed"](day.home.db_path)
    report = recovery.salvage(day.home, None)
    assert report.result.header_rebuilt
    assert active_ids(day.home.db_path) == day.all_ids


def test_random_pages_lose_only_the_rows_on_them(day: DayStation) -> None:
    DAMAGES["random_pages"](day.home.db_path)
    report = recovery.salvage(day.home, None)
    member = report.result.table("member")
    assert member is not None and member.read > 0
    assert len(active_ids(day.home.db_path)) > len(day.all_ids) // 2


def test_a_sound_station_needs_no_salvage(day: DayStation) -> None:
    with pytest.raises(UserError):
        recovery.salvage(day.home, None)


def test_restore_then_salvage_reads_the_file_set_aside(day: DayStation) -> None:
    DAMAGES["random_wal"](day.home.db_path)
    recovery.restore(day.home, day.backup)
    assert member_ids(day.home.db_path) == day.backup_ids
    day.home.db_path.unlink()  # as if the restored copy were lost too
    recovery.salvage(day.home, day.backup)
    assert active_ids(day.home.db_path) == day.all_ids
