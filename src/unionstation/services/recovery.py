"""A station whose database is damaged: what is wrong, the backups, restore and salvage.

The window and the command line reach the station's files (backups, restore, the
instance lock, the damaged-file states) only through here; none of it needs the
database to open, so it all works on a damaged station. Everything takes the station's
data key (unlocked by an officer's password): the backups are read under the backup key
derived from it, and salvage writes a new database encrypted under the same data key, so
the station's key ring opens the result as it opened the damaged file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from unionstation.paths import StationHome
from unionstation.services.errors import UserError
from unionstation.services.instance import AlreadyRunning, InstanceLock
from unionstation.store.backup import (
    BackupError,
    BackupInfo,
    Restored,
    backup_after,
    backup_if_changed,
    backup_key,
    backup_now,
    check_backup_file,
    copy_database,
    daily_backup,
    describe_backups,
    hourly_backup,
    members_in,
    remove_partials,
    restore_database,
)
from unionstation.store.classify import (
    DAMAGED_DIR,
    Classification,
    DamagedStation,
    FileState,
    classify,
    set_aside,
)
from unionstation.store.migrate import DatabaseFromNewerVersion
from unionstation.store.raw import DB_ERRORS
from unionstation.store.salvage import SalvageResult, salvage_into

__all__ = [
    "DB_ERRORS", "UnlockedDamagedStation",
    "AlreadyRunning", "BackupError", "BackupInfo", "DamagedStation", "DatabaseFromNewerVersion",
    "FileState", "InstanceLock", "RecoveryReport", "Restored", "SalvageReport", "backup_after",
    "backup_if_changed", "backup_now", "backups", "classify", "daily_backup", "describe",
    "hourly_backup",
    "instance_lock", "newest_sound_backup", "remove_partials", "restore", "salvage",
    "tidy_at_start",
]

CHOICES = ("restore", "salvage")
SALVAGED_DIR = "salvaged"


class UnlockedDamagedStation(DamagedStation):
    """A damaged station met after a right password: the recovery choices can use the
    data key it unwrapped (kept out of the message and the repr)."""

    def __init__(self, found: Classification, key: bytes, login: str) -> None:
        super().__init__(found)
        self.key = key
        self.login = login


@dataclass(frozen=True)
class RecoveryReport:
    """What the recovery screen and `exit 3` say: the state, the backups, the choices."""

    state: FileState
    detail: str
    path: Path
    message: str
    backups: list[BackupInfo] = field(default_factory=list)

    @property
    def choices(self) -> tuple[str, ...]:
        return CHOICES if self.backups else ("salvage",)

    def as_dict(self) -> dict[str, Any]:
        return {"state": self.state.value, "detail": self.detail, "path": str(self.path),
                "backups": [info.as_dict() for info in self.backups],
                "choices": list(self.choices)}


def describe(home: StationHome, key: bytes | None,
             found: Classification | None = None) -> RecoveryReport:
    """The state and the backups (members counted when `key` is known)."""
    found = found if found is not None else classify(home, key=key)
    return RecoveryReport(found.state, found.detail, found.path,
                          str(DamagedStation(found)), backups(home, key))


def backups(home: StationHome, key: bytes | None) -> list[BackupInfo]:
    """Every backup with its time, kind and members (None without the key), newest
    first; a backup another key wrote counts as unreadable (members None)."""
    return describe_backups(home, count=key is not None, key=key)


def newest_sound_backup(home: StationHome, key: bytes) -> Path | None:
    """The newest backup that passes its check, the one salvage builds on by default."""
    for info in describe_backups(home, count=False):
        try:
            check_backup_file(info.path, key)
        except BackupError:
            continue
        return info.path
    return None


def restore(home: StationHome, backup: Path, key: bytes) -> Restored:
    """Put `backup` in place under the data key (the caller holds the instance lock).

    A backup made under another data key (another station's, or this station's before
    its key ring was replaced) is refused with a message naming it: the key ring beside
    the database must hold the key the backup was made under."""
    return restore_database(home, backup, key=key)


def instance_lock(home: StationHome) -> InstanceLock:
    return InstanceLock(home)


def tidy_at_start(home: StationHome) -> int:
    """Remove half-written copies a killed backup or import left behind."""
    return remove_partials(home)


@dataclass(frozen=True)
class SalvageReport:
    """What salvage saved and did not, for the officer and for `--json`."""

    result: SalvageResult
    backup: Path | None
    set_aside: Path | None
    members: int | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": str(self.result.source), "salvaged": str(self.result.target),
            "backup": None if self.backup is None else str(self.backup),
            "set_aside": None if self.set_aside is None else str(self.set_aside),
            "header_rebuilt": self.result.header_rebuilt, "integrity": self.result.integrity,
            "members": self.members,
            "tables": {saved.name: saved.as_dict() for saved in self.result.tables},
        }

    def audit_detail(self) -> str:
        """Counts only: no personal data goes into the audit trail."""
        member = self.result.table("member")
        read = 0 if member is None else member.read
        return (f"backup={self.backup.name if self.backup else '-'} member_rows_read={read} "
                f"unreadable={sum(1 for saved in self.result.tables if not saved.readable)}")

    def summary(self) -> str:
        member = self.result.table("member")
        unreadable = [saved.name for saved in self.result.tables if not saved.readable]
        lines = [f"抢救完成:现有在册会员 {self.members if self.members is not None else '?'} 名。"]
        if self.backup is not None:
            lines.append(f"以备份 {self.backup.name} 为底。")
        if self.result.tables and len(unreadable) == len(self.result.tables):
            lines.append("损坏的文件里一张表也读不出(文件头或表的目录页已损坏),"
                         "现在的数据就是所选备份的数据。")
        else:
            if member is not None:
                lines.append(f"会员表读出 {member.read} 行,新增 {member.added} 行,"
                             f"更新 {member.updated} 行,跳过损坏页 {member.skipped_errors} 处。")
            if unreadable:
                lines.append("读不出的表:" + "、".join(unreadable) + "。")
        if self.set_aside is not None:
            lines.append(f"损坏的文件已移到 {self.set_aside},没有删除。")
        return "\n".join(lines)


def _damaged_source(home: StationHome) -> Path:
    """The damaged file: in place, or the newest one already moved aside."""
    if home.db_path.exists():
        return home.db_path
    aside = sorted((home.root / DAMAGED_DIR).glob("unionstation-*.db"),
                   key=lambda path: path.stat().st_mtime_ns)
    if not aside:
        raise UserError(f"数据文件夹 {home.root} 里没有可以抢救的数据库文件。")
    return aside[-1]


def _empty_station_database(path: Path, key: bytes) -> None:
    from unionstation.store.engine import create_station_engine
    from unionstation.store.migrate import upgrade_to_head

    engine = create_station_engine(path, key)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()


def _finish(path: Path, key: bytes) -> None:
    """Bring a salvaged database to the newest schema and rebuild its search index."""
    from unionstation.store import search_index
    from unionstation.store.engine import create_station_engine
    from unionstation.store.migrate import schema_state, upgrade_to_head

    engine = create_station_engine(path, key)
    try:
        if not schema_state(engine).is_current:
            upgrade_to_head(engine)
        with engine.begin() as connection:
            search_index.rebuild(connection)
    finally:
        engine.dispose()


def salvage(home: StationHome, key: bytes, backup: Path | None = None) -> SalvageReport:
    """Save what the damaged file still holds on top of `backup` (or of an empty
    database) into a new, checked database under `salvaged/`, encrypted under the same
    data key, and put that in place; the damaged file is moved aside. The caller holds
    the instance lock."""
    found = classify(home, key=key)
    if found.state in (FileState.SOUND, FileState.PLAIN):
        raise UserError("数据库没有损坏,无需抢救。")
    source = _damaged_source(home)
    if backup is not None:
        check_backup_file(backup, key)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = home.root / SALVAGED_DIR / f"unionstation-salvaged-{stamp}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    if backup is not None:
        copy_database(backup, target, backup_key(key), key)
    else:
        _empty_station_database(target, key)
    _finish(target, key)
    result = salvage_into(source, target, key=key)
    _finish(target, key)
    if result.integrity != "ok":
        raise UserError(f"抢救出的数据库没有通过检查({result.integrity}),原文件没有改动。")
    moved = set_aside(home) if source == home.db_path else None
    copy_database(target, home.db_path, key, key)
    return SalvageReport(result, backup, moved, members_in(home.db_path, key))
