"""Backups through SQLite's online backup API, each checked after writing, in rotation.

Every backup is an SQLCipher copy under the backup key derived from the station's data key
(store/crypto_files.py), made with the backup API between two keyed connections; a restore
copies it back under the data key. `key` is the data key; when a caller leaves it out, the
key of the station open on `home` is used.

Kinds and how many are kept: hourly 24 (while the window has changes), daily 7, weekly 8,
import 5 (before and after each roster import), drive 5 (after an enrollment drive),
close 5 (when the window closes), pre-restore 5, pre-migration 5; manual copies are the
officer's and never removed. A backup is written to `*.partial`, renamed, then checked;
a copy that fails its check is removed and the failure raised. Orphaned `*.partial`
files (a killed copy) are removed at start.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from unionstation.paths import StationHome
from unionstation.store.atomic import write_atomic
from unionstation.store.backup_keys import bundle_path, restore_sync_keys, seal_sync_keys
from unionstation.store.classify import FileState, classify, set_aside
from unionstation.store.crypto_files import BACKUPS, SealedFileError, derive_key, files_key
from unionstation.store.keyring import KEYRING_FILE, keyring_path
from unionstation.store.raw import DB_ERRORS, connect_raw

DAILY_KEEP = 7
DAILY_DIR = "daily"
IMPORT_KEEP = 5
IMPORT_DIR = "imports"
IMPORT_LABEL = "before-import"
STAMP = "%Y%m%d-%H%M%S"

# kind -> (folder under backups/, or "" for backups/ itself; how many are kept, 0: all)
KINDS: dict[str, tuple[str, int]] = {
    "hourly": ("hourly", 24),
    "daily": (DAILY_DIR, DAILY_KEEP),
    "weekly": ("weekly", 8),
    "import": (IMPORT_DIR, IMPORT_KEEP),
    "drive": ("drives", 5),
    "close": ("close", 5),
    "manual": ("", 0),
    "pre-restore": ("", 5),
    "pre-migration": ("", 5),
}
_LABEL_KIND = {IMPORT_LABEL: "import", "after-import": "import"}
_NAME = re.compile(r"unionstation-(?P<label>[a-z-]+?)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")
_DAILY_NAME = re.compile(r"unionstation-\d{4}-\d{2}-\d{2}\.db$")


class BackupError(RuntimeError):
    """A backup could not be read or written; the message says which file and why."""


def backup_key(data_key: bytes) -> bytes:
    return derive_key(data_key, BACKUPS)


def _key(home: StationHome, key: bytes | None) -> bytes:
    return key if key is not None else files_key(home.files_dir)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: datetime
    kind: str
    members: int | None  # active members, None when the copy cannot be read

    def as_dict(self) -> dict[str, object]:
        return {"path": str(self.path), "at": self.at.isoformat(timespec="seconds"),
                "kind": self.kind, "members": self.members}


@dataclass(frozen=True)
class Restored:
    safety: Path | None  # the copy of the file replaced, when it could be read
    set_aside: Path | None  # where an unreadable file was moved instead
    note: str


def copy_database(source: Path, target: Path, source_key: bytes, target_key: bytes) -> Path:
    """Copy a live database to `target` (temporary name, fsync, rename), re-keyed: the
    one low-level copy every backup and restore goes through.

    BackupError when SQLCipher cannot read or write it (the message names the file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = connect_raw(source, key=source_key, read_only=True)
        try:
            dst = connect_raw(partial, key=target_key)
            try:
                src.backup(dst)
                # A backup is one self-contained file: no -wal beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except DB_ERRORS as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"无法把 {source.name} 复制到 {target}:{exc}") from exc
    with open(partial, "r+b") as handle:  # Windows flushes only a handle open for writing
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def _folder(home: StationHome, kind: str) -> Path:
    sub = KINDS.get(kind, ("", 0))[0]
    return home.backups_dir / sub if sub else home.backups_dir


def keys_beside(home: StationHome, target: Path) -> None:
    """The station's key wraps (never the key itself) beside a backup, so a copy taken to
    another machine opens there with an officer's password or the recovery code."""
    source = keyring_path(home)
    beside = target.parent / KEYRING_FILE
    if source.is_file() and beside != source:
        write_atomic(beside, source.read_bytes(), mode=0o600)


def backup_now(home: StationHome, label: str, to_dir: Path | None = None, *,
               key: bytes | None = None) -> Path:
    """A checked copy named `unionstation-LABEL-STAMP.db`, in the kind's folder (or
    `to_dir`); the kind's oldest copies beyond its rotation are removed."""
    stamp = datetime.now().strftime(STAMP)
    kind = _kind_of_label(label)
    folder = to_dir if to_dir is not None else _folder(home, kind)
    target = folder / f"unionstation-{label}-{stamp}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"unionstation-{label}-{stamp}-{counter}.db"
    data_key = _key(home, key)
    _checked_copy(home.db_path, target, data_key)
    keys_beside(home, target)
    seal_sync_keys(home, target, data_key)
    if to_dir is None:
        _rotate(folder, kind)
    return target


def _checked_copy(source: Path, target: Path, data_key: bytes) -> None:
    copy_database(source, target, data_key, backup_key(data_key))
    try:
        check_backup_file(target, data_key)
    except BackupError:
        target.unlink(missing_ok=True)
        raise


def _kind_of_label(label: str) -> str:
    return _LABEL_KIND.get(label, label if label in KINDS else "manual")


def _rotate(folder: Path, kind: str) -> None:
    keep = KINDS.get(kind, ("", 0))[1]
    if keep <= 0:
        return
    # By time: a second copy within one second is named "...-2.db", before "....db".
    mine = [path for path in folder.glob("unionstation-*.db") if _kind_of(path) == kind]
    _keep_newest(sorted(mine, key=lambda path: path.stat().st_mtime_ns), keep)


def backup_before_import(home: StationHome, keep: int = IMPORT_KEEP, *,
                         key: bytes | None = None) -> Path:
    """A copy taken just before a roster import writes, so a wrong import is undone by
    restoring it; the newest `keep` import copies are kept."""
    folder = home.backups_dir / IMPORT_DIR
    target = backup_now(home, IMPORT_LABEL, folder, key=key)
    _keep_newest(sorted(folder.glob("unionstation-*.db"),
                        key=lambda path: path.stat().st_mtime_ns), keep)
    return target


def backup_after(home: StationHome, kind: str, *, key: bytes | None = None) -> Path | None:
    """The day's work kept: after an import ("import"), a drive ("drive"), at close
    ("close"); None when there is no sound database to copy."""
    data_key = _key(home, key)
    if classify(home, key=data_key).state is not FileState.SOUND:
        return None
    return backup_now(home, "after-import" if kind == "import" else kind, key=data_key)


def hourly_backup(home: StationHome, *, key: bytes | None = None) -> Path | None:
    """An hourly copy when the database changed since the newest backup of any kind."""
    return backup_if_changed(home, "hourly", key=key)


def backup_if_changed(home: StationHome, kind: str, *,
                      key: bytes | None = None) -> Path | None:
    """A copy of `kind` ("hourly", "close") when the database changed since the newest
    backup of any kind; None when nothing changed or the file is not sound."""
    data_key = _key(home, key)
    if classify(home, key=data_key).state is not FileState.SOUND:
        return None
    newest = next((info.path for info in describe_backups(home, count=False)), None)
    if newest is not None and (_fingerprint(newest, backup_key(data_key))
                               == _fingerprint(home.db_path, data_key)):
        return None
    return backup_now(home, kind, key=data_key)


def _fingerprint(path: Path, key: bytes) -> tuple[int, int] | None:
    """The last change record and audit row: every change the services make writes one.

    Logins (`login.*`) do not count: a login alone, with nothing done after it, is no
    reason for an hourly copy; the copy taken for the next real change holds it."""
    try:
        connection = connect_raw(path, key=key, read_only=True)
        try:
            row = connection.execute(
                "SELECT (SELECT coalesce(max(rowid), 0) FROM change_log),"
                " coalesce((SELECT rowid FROM audit_log WHERE action NOT LIKE 'login.%'"
                " ORDER BY rowid DESC LIMIT 1), 0)").fetchone()
        finally:
            connection.close()
    except DB_ERRORS:
        return None
    return int(row[0]), int(row[1])


def daily_backup(
    home: StationHome, today: date | None = None, keep: int = DAILY_KEEP, *,
    key: bytes | None = None,
) -> Path | None:
    """Today's copy if there is none yet (and this week's weekly copy); the oldest beyond
    `keep` are removed."""
    day = today or date.today()
    folder = home.backups_dir / DAILY_DIR
    target = folder / f"unionstation-{day.isoformat()}.db"
    if target.exists() or not home.db_path.exists():
        return None
    data_key = _key(home, key)
    _checked_copy(home.db_path, target, data_key)
    keys_beside(home, target)
    seal_sync_keys(home, target, data_key)
    _keep_newest(sorted(folder.glob("unionstation-*.db")), keep)
    weekly = _folder(home, "weekly")
    week = day.isocalendar()[:2]
    if not any(_stamp_date(path).isocalendar()[:2] == week
               for path in weekly.glob("unionstation-weekly-*.db")):
        weekly.mkdir(parents=True, exist_ok=True)
        stamp = datetime.combine(day, datetime.now().time()).strftime(STAMP)
        _checked_copy(home.db_path, weekly / f"unionstation-weekly-{stamp}.db", data_key)
        seal_sync_keys(home, weekly / f"unionstation-weekly-{stamp}.db", data_key)
        _rotate(weekly, "weekly")
    return target


def _stamp_date(path: Path) -> date:
    match = _NAME.match(path.name)
    if match:
        return datetime.strptime(match["stamp"], STAMP).date()
    return datetime.fromtimestamp(path.stat().st_mtime).date()


def _keep_newest(copies: list[Path], keep: int) -> None:
    """Remove all but the last `keep` of `copies` (given oldest first)."""
    for old in copies[:-keep]:
        old.unlink(missing_ok=True)
        bundle_path(old).unlink(missing_ok=True)


def remove_partials(home: StationHome) -> int:
    """Remove copies a killed backup or import left half-written; returns how many."""
    removed = 0
    if home.backups_dir.is_dir():
        for partial in home.backups_dir.rglob("*.partial"):
            partial.unlink(missing_ok=True)
            removed += 1
    return removed


def list_backups(home: StationHome) -> list[Path]:
    """Every backup of this station, newest first."""
    return [info.path for info in describe_backups(home, count=False)]


def _kind_of(path: Path) -> str:
    if _DAILY_NAME.match(path.name):
        return "daily"
    match = _NAME.match(path.name)
    return _kind_of_label(match["label"]) if match else "manual"


def _at(path: Path) -> datetime:
    """From the name (a copied folder loses the files' times); a daily copy's name has
    only the day, so its time of day comes from the file when the day agrees."""
    match = _NAME.match(path.name)
    if match:
        return datetime.strptime(match["stamp"], STAMP)
    written = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    if _DAILY_NAME.match(path.name):
        day = date.fromisoformat(path.name[len("unionstation-"):-len(".db")])
        return written if written.date() == day else datetime.combine(day, datetime.min.time())
    return written


def describe_backups(home: StationHome, *, count: bool = True,
                     key: bytes | None = None) -> list[BackupInfo]:
    """Every backup with its time, kind and active members (`count`, under the data
    `key`, else the open station's), newest first; reads only the backups, so it works
    when the station's own file is damaged."""
    if not home.backups_dir.is_dir():
        return []
    if count and key is None:
        try:
            key = files_key(home.files_dir)
        except SealedFileError:
            count = False
    copies_key = backup_key(key) if key is not None else b""
    found = [
        BackupInfo(path, _at(path), _kind_of(path),
                   members_in(path, copies_key) if count else None)
        for path in home.backups_dir.rglob("unionstation-*.db") if path.is_file()
    ]
    return sorted(found, key=lambda info: (info.at, info.path.stat().st_mtime_ns),
                  reverse=True)


def members_in(path: Path, key: bytes) -> int | None:
    """Active members in a database file under `key` (a backup's key, or the data key for
    the live file), or None when it cannot be read."""
    try:
        connection = connect_raw(path, key=key, read_only=True)
        try:
            row = connection.execute(
                "SELECT count(*) FROM member WHERE status = 'active' AND deleted_at IS NULL"
            ).fetchone()
        finally:
            connection.close()
    except DB_ERRORS:
        return None
    return int(row[0])


def check_backup_file(path: Path, data_key: bytes) -> None:
    """Raise BackupError unless `path` is a readable, intact backup of this station."""
    if not path.is_file():
        raise BackupError(f"找不到备份文件:{path}")
    try:
        connection = connect_raw(path, key=backup_key(data_key), read_only=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except DB_ERRORS as exc:
        raise BackupError(f"{path.name} 不是本站的备份(用别的密钥加密,或不是数据库),"
                          f"或已损坏({exc})") from exc
    if result is None or result[0] != "ok":
        raise BackupError(f"{path.name} 已损坏,不能用于恢复")
    if "station" not in tables or "alembic_version" not in tables:
        raise BackupError(f"{path.name} 不是 UnionStation 的数据库备份")


def restore_database(home: StationHome, backup: Path, *,
                     key: bytes | None = None) -> Restored:
    """Put `backup` in place of the live database, under the data key.

    A readable current file is copied first (pre-restore); one that cannot be read is
    moved aside into `damaged/` instead, never overwritten. The backup goes into a new
    file swapped in. The caller holds the instance lock, so nothing else writes meanwhile.
    """
    data_key = _key(home, key)
    check_backup_file(backup, data_key)
    state = classify(home, key=data_key).state
    safety: Path | None = None
    moved: Path | None = None
    if state is FileState.SOUND:
        safety = backup_now(home, "pre-restore", key=data_key)
    elif state is not FileState.MISSING:
        moved = set_aside(home)
    partial = home.db_path.with_name(home.db_path.name + ".restore")
    copy_database(backup, partial, backup_key(data_key), data_key)
    for suffix in ("-wal", "-shm"):
        home.db_path.with_name(home.db_path.name + suffix).unlink(missing_ok=True)
    os.replace(partial, home.db_path)
    restore_sync_keys(home, backup, data_key)
    note = ("" if moved is None else
            f"当前数据库无法读取,未做恢复前备份;原文件已移到 {moved},没有删除。")
    return Restored(safety, moved, note)
