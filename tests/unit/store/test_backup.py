from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.factories import TEST_KEY, connect_db, damage_member_table
from unionstation.paths import StationHome
from unionstation.services.runtime import open_station
from unionstation.store.backup import (
    BackupError,
    backup_before_import,
    backup_now,
    check_backup_file,
    daily_backup,
    list_backups,
    restore_database,
)
from unionstation.store.database import open_database
from unionstation.store.models import Member


def _names(home: StationHome) -> set[str]:
    runtime = open_station(home, TEST_KEY)
    try:
        with runtime.context.reading() as session:
            return set(session.scalars(select(Member.name)))
    finally:
        runtime.close()


def test_backup_is_a_whole_database(station_home: StationHome, tmp_path: Path) -> None:
    target = backup_now(station_home, "manual", tmp_path / "stick", key=TEST_KEY)
    check_backup_file(target, TEST_KEY)
    assert not target.with_name(target.name + "-wal").exists()
    assert not list((tmp_path / "stick").glob("*.partial"))


def test_daily_backups_rotate(station_home: StationHome) -> None:
    start = date(2026, 1, 1)
    for offset in range(10):
        daily_backup(station_home, start + timedelta(days=offset), keep=7, key=TEST_KEY)
    assert daily_backup(station_home, start + timedelta(days=9), key=TEST_KEY) is None  # once a day
    kept = sorted(p.name for p in (station_home.backups_dir / "daily").iterdir())
    assert kept == [f"unionstation-{start + timedelta(days=d)}.db" for d in range(3, 10)]


def test_backups_before_imports_rotate(station_home: StationHome) -> None:
    made = [backup_before_import(station_home, keep=3, key=TEST_KEY) for _ in range(5)]
    kept = sorted((station_home.backups_dir / "imports").iterdir())
    assert sorted(made[2:]) == kept
    for path in kept:
        check_backup_file(path, TEST_KEY)


def test_restore_puts_a_backup_back_and_keeps_the_current_one(
    station_home: StationHome,
) -> None:
    saved = backup_now(station_home, "manual", key=TEST_KEY)
    connection = connect_db(station_home.db_path)
    connection.execute("UPDATE member SET name = '改错了' WHERE name = '张三'")
    connection.commit()
    connection.close()
    assert "改错了" in _names(station_home)

    safety = restore_database(station_home, saved, key=TEST_KEY)
    assert "张三" in _names(station_home)
    assert "pre-restore" in safety.name
    assert safety in list_backups(station_home)


def test_a_file_that_is_not_a_backup_is_refused(station_home: StationHome,
                                                tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="junk.db"):
        restore_database(station_home, junk, key=TEST_KEY)
    assert "张三" in _names(station_home)


def test_a_damaged_database_opens_read_only(station_home: StationHome) -> None:
    damage_member_table(station_home.db_path)
    database = open_database(station_home, TEST_KEY)
    try:
        assert not database.integrity_ok
        assert database.read_only
    finally:
        database.dispose()
