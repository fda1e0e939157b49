"""Backups through SQLite's online backup API, written atomically and kept in rotation."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

from unionstation.paths import StationHome

DAILY_KEEP = 7
DAILY_DIR = "daily"
IMPORT_KEEP = 5
IMPORT_DIR = "imports"
IMPORT_LABEL = "before-import"


class BackupError(RuntimeError):
    """A backup could not be read or written; the message says which file and why."""


def copy_database(source: Path, target: Path) -> Path:
    """Copy a live database to `target` (temporary name, fsync, rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A backup is one self-contained file: no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "r+b") as handle:  # Windows flushes only a handle open for writing
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def backup_now(home: StationHome, label: str, to_dir: Path | None = None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = to_dir if to_dir is not None else home.backups_dir
    target = folder / f"unionstation-{label}-{stamp}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"unionstation-{label}-{stamp}-{counter}.db"
    return copy_database(home.db_path, target)


def backup_before_import(home: StationHome, keep: int = IMPORT_KEEP) -> Path:
    """A copy taken just before a roster import writes, so a wrong import is undone by
    restoring it; the newest `keep` such copies are kept."""
    folder = home.backups_dir / IMPORT_DIR
    target = backup_now(home, IMPORT_LABEL, folder)
    # By time: a second copy within one second is named "...-2.db", before "....db".
    _keep_newest(sorted(folder.glob(f"unionstation-{IMPORT_LABEL}-*.db"),
                        key=lambda path: path.stat().st_mtime_ns), keep)
    return target


def daily_backup(
    home: StationHome, today: date | None = None, keep: int = DAILY_KEEP
) -> Path | None:
    """Today's copy if there is none yet; the oldest beyond `keep` are removed."""
    day = today or date.today()
    folder = home.backups_dir / DAILY_DIR
    target = folder / f"unionstation-{day.isoformat()}.db"
    if target.exists() or not home.db_path.exists():
        return None
    copy_database(home.db_path, target)
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


def check_backup_file(path: Path) -> None:
    """Raise BackupError unless `path` is a readable, intact UnionStation database."""
    if not path.is_file():
        raise BackupError(f"找不到备份文件:{path}")
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path.name} 不是可用的数据库文件({exc})") from exc
    if result is None or result[0] != "ok":
        raise BackupError(f"{path.name} 已损坏,不能用于恢复")
    if "station" not in tables or "alembic_version" not in tables:
        raise BackupError(f"{path.name} 不是 UnionStation 的数据库备份")


def restore_database(home: StationHome, backup: Path) -> Path:
    """Put `backup` in place of the live database; returns the copy taken of it first.

    The caller holds the instance lock, so nothing else writes meanwhile.
    """
    check_backup_file(backup)
    safety = backup_now(home, "pre-restore") if home.db_path.exists() else backup
    src = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(home.db_path)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return safety
