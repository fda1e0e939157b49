from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.factories import (
    TEST_ADMIN,
    TEST_KEY,
    TEST_PASSWORD,
    connect_db,
    damage_member_table,
)
from unionstation.paths import StationHome
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.store.backup import (
    IMPORT_DIR,
    BackupError,
    backup_after,
    backup_before_import,
    backup_now,
    check_backup_file,
    daily_backup,
    describe_backups,
    hourly_backup,
    list_backups,
    restore_database,
)
from unionstation.store.classify import DamagedStation
from unionstation.store.crypto_files import register_files_key
from unionstation.store.database import open_database
from unionstation.store.models import Member


@pytest.fixture(autouse=True)
def _station_key(station_home: StationHome) -> None:
    """Backups made without key= use the key of the station open on the folder."""
    register_files_key(station_home.files_dir, TEST_KEY)


def _names(home: StationHome) -> set[str]:
    runtime = open_station(home, TEST_KEY)
    try:
        with runtime.context.reading() as session:
            return set(session.scalars(select(Member.name)))
    finally:
        runtime.close()


def test_backup_is_a_whole_database(station_home: StationHome, tmp_path: Path) -> None:
    target = backup_now(station_home, "manual", tmp_path / "stick")
    check_backup_file(target, TEST_KEY)
    assert not target.with_name(target.name + "-wal").exists()
    assert not list((tmp_path / "stick").glob("*.partial"))


def test_daily_backups_rotate(station_home: StationHome) -> None:
    start = date(2026, 1, 1)
    for offset in range(10):
        daily_backup(station_home, start + timedelta(days=offset), keep=7)
    assert daily_backup(station_home, start + timedelta(days=9)) is None  # once a day
    kept = sorted(p.name for p in (station_home.backups_dir / "daily").iterdir())
    assert kept == [f"unionstation-{start + timedelta(days=d)}.db" for d in range(3, 10)] + [
        "unionstation.keys"]  # the key wraps, so a copied folder opens elsewhere


def test_backups_before_imports_rotate(station_home: StationHome) -> None:
    made = [backup_before_import(station_home, keep=3, key=TEST_KEY) for _ in range(5)]
    kept = sorted((station_home.backups_dir / "imports").glob("*.db"))
    assert sorted(made[2:]) == kept
    assert (station_home.backups_dir / "imports" / "unionstation.keys").is_file()
    for path in kept:
        check_backup_file(path, TEST_KEY)


def test_restore_puts_a_backup_back_and_keeps_the_current_one(
    station_home: StationHome,
) -> None:
    saved = backup_now(station_home, "manual")
    connection = connect_db(station_home.db_path)
    connection.execute("UPDATE member SET name = '改错了' WHERE name = '张三'")
    connection.commit()
    connection.close()
    assert "改错了" in _names(station_home)

    done = restore_database(station_home, saved)
    assert "张三" in _names(station_home)
    assert done.safety is not None and "pre-restore" in done.safety.name
    assert done.safety in list_backups(station_home)
    assert done.set_aside is None


def test_a_file_that_is_not_a_backup_is_refused(station_home: StationHome,
                                                tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="junk.db"):
        restore_database(station_home, junk)
    assert "张三" in _names(station_home)


def test_a_damaged_database_is_refused_before_it_is_opened(station_home: StationHome) -> None:
    damage_member_table(station_home.db_path)
    with pytest.raises(DamagedStation):
        open_database(station_home, TEST_KEY)


def test_restore_over_a_damaged_file_sets_it_aside_without_a_safety_copy(
    station_home: StationHome,
) -> None:
    saved = backup_now(station_home, "manual")
    station_home.db_path.write_bytes(b"")
    done = restore_database(station_home, saved)
    assert done.safety is None and "未做恢复前备份" in done.note
    assert done.set_aside is not None and done.set_aside.read_bytes() == b""
    assert "张三" in _names(station_home)
    assert not any(info.kind == "pre-restore" for info in describe_backups(station_home))


def test_backups_are_listed_newest_first_with_kind_and_members(
    station_home: StationHome,
) -> None:
    backup_before_import(station_home)
    backup_now(station_home, "pre-migration")
    daily_backup(station_home, date(2026, 12, 4))
    backup_after(station_home, "drive")
    backup_after(station_home, "close")
    manual = backup_now(station_home, "manual")
    found = describe_backups(station_home)
    assert found[0].path == manual and found[0].kind == "manual"
    assert {info.kind for info in found} == {"import", "pre-migration", "daily", "weekly",
                                             "drive", "close", "manual"}
    assert all(info.members == 3 for info in found)
    times = [(info.at, info.path.stat().st_mtime_ns) for info in found]
    assert times == sorted(times, reverse=True)
    station_home.db_path.write_bytes(b"garbage" * 100)  # listing reads only the backups
    assert len(describe_backups(station_home)) == len(found)


def test_hourly_backups_only_when_something_changed(runtime: StationRuntime) -> None:
    from unionstation.services.unions import UnionService

    home = runtime.home
    assert hourly_backup(home) is None  # the day's copy taken at open holds everything
    UnionService(runtime.context).add("新成立的公司工会委员会")
    first = hourly_backup(home)
    assert first is not None and first.parent.name == "hourly"
    assert hourly_backup(home) is None
    UnionService(runtime.context).add("另一个公司工会委员会")
    assert hourly_backup(home) not in (None, first)


def test_a_login_alone_makes_no_hourly_copy(station_home: StationHome) -> None:
    from unionstation.services.audit import AuditService
    from unionstation.services.login import log_in
    from unionstation.services.unions import UnionService

    log_in(station_home, TEST_ADMIN, TEST_PASSWORD).close()
    taken = backup_now(station_home, "manual")
    logged = log_in(station_home, TEST_ADMIN, TEST_PASSWORD)  # its audit line comes after
    try:
        entries = AuditService(logged.runtime.context).entries(limit=1).entries
        assert entries[0].action == "login.ok"
        assert hourly_backup(station_home) is None
        UnionService(logged.runtime.context).add("新成立的公司工会委员会")
        made = hourly_backup(station_home)
        assert made is not None and made != taken and made.parent.name == "hourly"
    finally:
        logged.close()


def test_hourly_copies_rotate_at_24(station_home: StationHome) -> None:
    for _ in range(26):
        backup_now(station_home, "hourly")
    assert len(list((station_home.backups_dir / "hourly").glob("*.db"))) == 24


def test_a_copy_that_fails_its_check_is_not_kept(
    station_home: StationHome, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import unionstation.store.backup as backup

    def broken_copy(source: Path, target: Path, *_keys: bytes) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"half a copy")
        return target

    monkeypatch.setattr(backup, "copy_database", broken_copy)
    with pytest.raises(BackupError):
        backup_now(station_home, "hourly")
    assert not list((station_home.backups_dir / "hourly").glob("*.db"))


def test_orphaned_partial_copies_are_removed_at_start(station_home: StationHome) -> None:
    left = station_home.backups_dir / IMPORT_DIR / "unionstation-before-import-x.db.partial"
    left.parent.mkdir(parents=True)
    left.write_bytes(b"\0" * 4096)
    open_station(station_home, TEST_KEY).close()
    assert not left.exists()


def test_a_backup_under_another_key_is_refused_and_nothing_changes(
    station_home: StationHome, tmp_path: Path,
) -> None:
    from unionstation.store.backup import backup_key, copy_database

    other = copy_database(station_home.db_path, tmp_path / "unionstation-manual-x.db",
                          TEST_KEY, backup_key(bytes(32)))  # another station's data key
    with pytest.raises(BackupError, match="不是本站的备份"):
        restore_database(station_home, other)
    assert "张三" in _names(station_home)


def test_a_restored_backup_opens_under_the_key_ring_beside_it(
    station_home: StationHome,
) -> None:
    from tests.factories import TEST_ADMIN, TEST_PASSWORD
    from unionstation.services.login import log_in

    saved = backup_now(station_home, "manual")
    station_home.db_path.write_bytes(b"\0" * 8192)
    done = restore_database(station_home, saved)
    assert done.set_aside is not None
    logged = log_in(station_home, TEST_ADMIN, TEST_PASSWORD)
    try:
        assert logged.key == TEST_KEY
    finally:
        logged.close()
    assert "张三" in _names(station_home)
