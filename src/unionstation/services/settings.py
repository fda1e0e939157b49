"""What the Settings page changes beyond printing and reporting: the station's own details,
the operator's name, the window's language, and the backups.

Every change needs `Action.SETTINGS_EDIT` (backups: `BACKUP_RUN`/`BACKUP_RESTORE`) and is
audited (ids and counts only). The station row is synced, so a new name reaches the county
through the change log like any other change.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from unionstation.domain.codes import MemberStatus
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.paths import StationHome
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, NotFound, UserError
from unionstation.services.station import StationInfo, StationService
from unionstation.store import backup as backups
from unionstation.store.crypto_files import files_key
from unionstation.store.engine import cipher_connect
from unionstation.store.models import Officer, Station

LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class BackupInfo:
    """The backups folder, how many copies each rotation keeps, and the newest copy."""

    folder: Path
    daily_keep: int
    import_keep: int
    count: int
    latest: Path | None
    latest_at: datetime | None
    latest_members: int | None  # active members in the newest copy; None when unreadable


def backup_member_count(path: Path, data_key: bytes) -> int:
    """Active members in a backup file (sealed under the backup key derived from the
    station's data key), read without opening it for writing."""
    try:
        connection = cipher_connect(f"file:{path.as_posix()}?mode=ro",
                                    backups.backup_key(data_key), uri=True)
        try:
            row = connection.execute(
                "SELECT count(*) FROM member WHERE status = ? AND deleted_at IS NULL",
                (MemberStatus.ACTIVE.value,)).fetchone()
        finally:
            connection.close()
    except Exception as exc:  # sqlcipher3's DatabaseError: damaged, or another key
        raise UserError(f"{path.name} 不是可用的数据库文件({exc})") from exc
    return int(row[0]) if row else 0


def read_language(home: StationHome) -> str | None:
    """The language chosen on the Settings page, or None (the program's default)."""
    try:
        value = home.language_file.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return value if value in LANGUAGES else None


class SettingsService:
    def __init__(self, context: ServiceContext, home: StationHome) -> None:
        self._ctx = context
        self._home = home

    # -- the station ------------------------------------------------------------------

    def station(self) -> StationInfo:
        return StationService(self._ctx).require()

    def update_station(self, name: str, county_name: str) -> StationInfo:
        """Rename the station or its county; the code stays (the county knows us by it)."""
        self._ctx.require(Action.SETTINGS_EDIT, "station")
        clean = normalize_text(name)
        if not clean:
            raise InvalidField("工会站点", "名称", "不能为空,请填写乡镇(街道)总工会的全称。")
        with self._ctx.unit_of_work() as session:
            station = session.scalars(
                select(Station).where(Station.deleted_at.is_(None)).limit(1)).first()
            if station is None:
                raise NotFound("本数据文件夹还没有建立工会站点。")
            station.name = clean
            station.county_name = normalize_text(county_name)
            session.flush()
            audit.record(session, self._ctx.officer, "station.edit", "station", str(station.id))
            return StationInfo(station.id, station.name, station.division_code,
                               station.county_name)

    # -- the operator (until officers log in) -------------------------------------------

    def operator(self) -> str:
        return self._ctx.officer

    def set_operator(self, name: str) -> str:
        """The name that signs every change from now on."""
        self._ctx.require(Action.SETTINGS_EDIT, "operator")
        clean = normalize_text(name)
        if not clean:
            raise InvalidField("操作员", "姓名", "不能为空。")
        with self._ctx.unit_of_work() as session:
            taken = session.scalars(select(Officer).where(Officer.name == clean)).first()
            current = session.scalars(
                select(Officer).where(Officer.name == self._ctx.officer)).first()
            if taken is None and current is not None:
                current.name = clean
            elif taken is None:
                session.add(Officer(name=clean))
            elif current is not None and current is not taken:
                taken.created_at, current.created_at = current.created_at, taken.created_at
            session.flush()
            audit.record(session, self._ctx.officer, "officer.rename", "officer", "")
        self._ctx.officer = clean
        return clean

    # -- language -----------------------------------------------------------------------

    def language(self) -> str:
        return read_language(self._home) or "zh"

    def set_language(self, lang: str) -> None:
        """Used from the next start (the open window keeps its language)."""
        self._ctx.require(Action.SETTINGS_EDIT, "language")
        if lang not in LANGUAGES:
            raise InvalidField("设置", "界面语言", f"不支持“{lang}”。")
        self._home.root.mkdir(parents=True, exist_ok=True)
        self._home.language_file.write_text(lang + "\n", encoding="utf-8")

    # -- backups ------------------------------------------------------------------------

    def backups(self) -> BackupInfo:
        found = backups.list_backups(self._home)
        latest = found[0] if found else None
        members: int | None = None
        if latest is not None:
            try:
                members = backup_member_count(latest, self._data_key())
            except UserError:
                members = None
        return BackupInfo(
            self._home.backups_dir, backups.DAILY_KEEP, backups.IMPORT_KEEP, len(found), latest,
            datetime.fromtimestamp(latest.stat().st_mtime) if latest else None, members)

    def backup_now(self) -> Path:
        self._ctx.require(Action.BACKUP_RUN, "backup")
        path = backups.backup_now(self._home, "manual", key=self._data_key())
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "backup.run", "backup", path.name)
        return path

    def test_restore(self, path: Path) -> int:
        """Restore `path` into a scratch folder and count its members: proof that the copy
        would bring the data back, without touching the live database."""
        self._ctx.require(Action.BACKUP_RUN, "test restore")
        self._check(path)
        with tempfile.TemporaryDirectory(prefix="unionstation-restore-test-") as scratch:
            copy = Path(scratch) / "unionstation.db"
            shutil.copyfile(path, copy)
            self._check(copy)
            members = backup_member_count(copy, self._data_key())
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "backup.test_restore", "backup", path.name,
                         f"members={members}")
        return members

    def check_restore(self, path: Path) -> int:
        """Whether `path` may replace the live data (the caller then closes the database
        and restores); returns its active members for the confirmation."""
        self._ctx.require(Action.BACKUP_RESTORE, "restore")
        self._check(path)
        return backup_member_count(path, self._data_key())

    def _data_key(self) -> bytes:
        return files_key(self._home.files_dir)

    def _check(self, path: Path) -> None:
        try:
            backups.check_backup_file(path, self._data_key())
        except backups.BackupError as exc:
            raise UserError(str(exc)) from exc
