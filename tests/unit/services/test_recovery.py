"""The six damages on a station with a day's work: salvage on top of the hourly backup
gives back every member of that backup, and what the damaged file still held."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.damage import DAMAGES
from tests.factories import TEST_KEY
from tests.recovery_station import DayStation, active_ids, copy_day_station, member_ids
from unionstation.services import recovery
from unionstation.services.errors import UserError
from unionstation.services.health import check_station
from unionstation.services.runtime import open_station
from unionstation.store.backup import backup_key

# Damages that leave the main file's pages readable: the whole day comes back. (A wiped
# header takes the encrypted file's salt with it: no page can be authenticated, so only
# the backup comes back.)
WHOLE_DAY = {"random_wal"}


@pytest.fixture
def day(day_station_template: DayStation, tmp_path: Path) -> DayStation:
    return copy_day_station(day_station_template, tmp_path / "station")


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_salvage_gives_back_the_backup_and_what_could_be_read(
    day: DayStation, damage: str,
) -> None:
    DAMAGES[damage](day.home.db_path)
    damaged_bytes = day.home.db_path.read_bytes()
    described = recovery.describe(day.home, TEST_KEY)
    assert described.backups and described.backups[0].members == len(
        member_ids(described.backups[0].path, active=True, key=backup_key(TEST_KEY)))

    report = recovery.salvage(day.home, TEST_KEY, recovery.newest_sound_backup(day.home,
                                                                               TEST_KEY))

    assert report.backup is not None
    assert member_ids(report.backup, key=backup_key(TEST_KEY)) == day.backup_ids
    assert day.backup_ids <= member_ids(day.home.db_path)
    back = active_ids(day.home.db_path)
    if damage in WHOLE_DAY:
        assert back == day.all_ids
    assert report.set_aside is not None and report.set_aside.read_bytes() == damaged_bytes
    assert report.result.integrity == "ok"
    runtime = open_station(day.home, TEST_KEY)
    try:
        health = check_station(runtime)
    finally:
        runtime.close()
    assert health.integrity == "ok" and health.members_active == len(back)


def test_salvage_without_a_backup_keeps_what_the_file_holds(day: DayStation) -> None:
    DAMAGES["truncated"](day.home.db_path)
    report = recovery.salvage(day.home, TEST_KEY, None)
    member = report.result.table("member")
    assert member is not None and member.read > 0
    assert 0 < len(active_ids(day.home.db_path)) <= len(day.all_ids)


def test_a_wiped_header_is_classified_and_leaves_the_backup(day: DayStation) -> None:
    DAMAGES["header_zeroed"](day.home.db_path)
    found = recovery.classify(day.home, key=TEST_KEY)
    assert found.state is recovery.FileState.DAMAGED and "清零" in found.detail
    report = recovery.salvage(day.home, TEST_KEY, day.backup)
    member = report.result.table("member")
    assert member is not None and not member.readable
    assert member_ids(day.home.db_path) == day.backup_ids


def test_another_key_is_told_apart_from_damaged_pages(day: DayStation) -> None:
    assert recovery.classify(day.home, key=bytes(32)).state is recovery.FileState.NOT_DATABASE
    DAMAGES["random_pages"](day.home.db_path)
    found = recovery.classify(day.home, key=TEST_KEY)
    assert found.state is recovery.FileState.DAMAGED and "校验失败" in found.detail


def test_random_pages_lose_only_the_rows_on_them(day: DayStation) -> None:
    DAMAGES["random_pages"](day.home.db_path)
    report = recovery.salvage(day.home, TEST_KEY, None)
    member = report.result.table("member")
    assert member is not None and member.read > 0
    assert len(active_ids(day.home.db_path)) > len(day.all_ids) // 2


def test_a_sound_station_needs_no_salvage(day: DayStation) -> None:
    with pytest.raises(UserError):
        recovery.salvage(day.home, TEST_KEY, None)


def test_restore_then_salvage_reads_the_file_set_aside(day: DayStation) -> None:
    DAMAGES["random_wal"](day.home.db_path)
    recovery.restore(day.home, day.backup, TEST_KEY)
    assert member_ids(day.home.db_path) == day.backup_ids
    day.home.db_path.unlink()  # as if the restored copy were lost too
    recovery.salvage(day.home, TEST_KEY, day.backup)
    assert active_ids(day.home.db_path) == day.all_ids
