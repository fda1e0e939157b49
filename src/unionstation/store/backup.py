"""Backups through SQLite's online backup API, written atomically and kept in rotation.

Every backup is an SQLCipher copy under the backup key derived from the station's data key
(store/crypto_files.py), made with the backup API between two keyed connections; a restore
copies it back under the data key. `key` is the data key; when a caller leaves it out, the
key of the station open on `home` is used.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from unionstation.paths import StationHome
from unionstation.store.crypto_files import BACKUPS, derive_key, files_key
from unionstation.store.engine import cipher_connect

DAILY_KEEP = 7
DAILY_DIR = "daily"
IMPORT_KEEP = 5
IMPORT_DIR = "imports"
IMPORT_LABEL = "before-import"


class BackupError(RuntimeError):
    """A backup could not be read or written; the message says which file and why."""


def backup_key(data_key: bytes) -> bytes:
    return derive_key(data_key, BACKUPS)


def _key(home: StationHome, key: bytes | None) -> bytes:
    return key if key is not None else files_key(home.files_dir)


def _read_only(path: Path, key: bytes) -> Any:
    return cipher_connect(f"file:{path.as_posix()}?mode=ro", key, uri=True)


def copy_database(source: Path, target: Path, source_key: bytes, target_key: bytes) -> Path:
    """Copy a live database to `target` (temporary name, fsync, rename), re-keyed.

    BackupError when SQLCipher cannot read or write it (the message names the file)."""
    from sqlcipher3 import dbapi2

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = _read_only(source, source_key)
        try:
            dst = cipher_connect(str(partial), target_key)
            try:
                src.backup(dst)
                # A backup is one self-contained file: no -wal beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except dbapi2.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"无法把 {source.name} 备份到 {target}:{exc}") from exc
    with open(partial, "r+b") as handle:  # Windows flushes only a handle open for writing
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def backup_now(home: StationHome, label: str, to_dir: Path | None = None, *,
               key: bytes | None = None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = to_dir if to_dir is not None else home.backups_dir
    target = folder / f"unionstation-{label}-{stamp}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"unionstation-{label}-{stamp}-{counter}.db"
    data_key = _key(home, key)
    return copy_database(home.db_path, target, data_key, backup_key(data_key))


def backup_before_import(home: StationHome, keep: int = IMPORT_KEEP, *,
                         key: bytes | None = None) -> Path:
    """A copy taken just before a roster import writes, so a wrong import is undone by
    restoring it; the newest `keep` such copies are kept."""
    folder = home.backups_dir / IMPORT_DIR
    target = backup_now(home, IMPORT_LABEL, folder, key=key)
    # By time: a second copy within one second is named "...-2.db", before "....db".
    _keep_newest(sorted(folder.glob(f"unionstation-{IMPORT_LABEL}-*.db"),
                        key=lambda path: path.stat().st_mtime_ns), keep)
    return target


def daily_backup(
    home: StationHome, today: date | None = None, keep: int = DAILY_KEEP, *,
    key: bytes | None = None,
) -> Path | None:
    """Today's copy if there is none yet; the oldest beyond `keep` are removed."""
    day = today or date.today()
    folder = home.backups_dir / DAILY_DIR
    target = folder / f"unionstation-{day.isoformat()}.db"
    if target.exists() or not home.db_path.exists():
        return None
    data_key = _key(home, key)
    copy_database(home.db_path, target, data_key, backup_key(data_key))
    _keep_newest(sorted(folder.glob("unionstation-*.db")), keep)
    return target


def _keep_newest(copies: list[Path], keep: int) -> None:
    """Remove all but the last `keep` of `copies` (given oldest first)."""
    for old in copies[:-keep]:
        old.unlink(missing_ok=True)


def list_backups(home: StationHome) -> list[Path]:
    """Every backup of this station, newest first."""
    found = list(home.backups_dir.rglob("unionstation-*.db"))
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def check_backup_file(path: Path, data_key: bytes) -> None:
    """Raise BackupError unless `path` is a readable, intact backup of this station."""
    from sqlcipher3 import dbapi2

    if not path.is_file():
        raise BackupError(f"找不到备份文件:{path}")
    try:
        connection = _read_only(path, backup_key(data_key))
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except dbapi2.DatabaseError as exc:
        raise BackupError(f"{path.name} 不是本站的备份,或已损坏({exc})") from exc
    if result is None or result[0] != "ok":
        raise BackupError(f"{path.name} 已损坏,不能用于恢复")
    if "station" not in tables or "alembic_version" not in tables:
        raise BackupError(f"{path.name} 不是 UnionStation 的数据库备份")


def _safety_copy(home: StationHome, data_key: bytes) -> Path:
    """The live database copied before a restore; a damaged one, which SQLCipher cannot
    read page by page, is kept byte for byte (still sealed under the data key)."""
    try:
        return backup_now(home, "pre-restore", key=data_key)
    except BackupError:
        import shutil

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = home.backups_dir / f"unionstation-damaged-{stamp}.db"
        home.backups_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(home.db_path, target)
        return target


def restore_database(home: StationHome, backup: Path, *, key: bytes | None = None) -> Path:
    """Put `backup` in place of the live database; returns the copy taken of it first.

    The caller holds the instance lock, so nothing else writes meanwhile.
    """
    data_key = _key(home, key)
    check_backup_file(backup, data_key)
    safety = _safety_copy(home, data_key) if home.db_path.exists() else backup
    # Into a new file, then swapped in: a damaged live file cannot be written over.
    partial = home.db_path.with_name(home.db_path.name + ".restore")
    partial.unlink(missing_ok=True)
    src = _read_only(backup, backup_key(data_key))
    try:
        dst = cipher_connect(str(partial), data_key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "r+b") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        home.db_path.with_name(home.db_path.name + suffix).unlink(missing_ok=True)
    os.replace(partial, home.db_path)
    return safety
