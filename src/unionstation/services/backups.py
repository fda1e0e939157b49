"""Backups and restores as an officer does them: by role, and in the audit trail."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from unionstation.domain.permissions import Action
from unionstation.paths import StationHome
from unionstation.services import audit
from unionstation.services.context import ServiceContext

if TYPE_CHECKING:
    from unionstation.services.login import LoggedIn
    from unionstation.store.backup import Restored


class BackupService:
    def __init__(self, context: ServiceContext, home: StationHome, key: bytes) -> None:
        self._ctx = context
        self._home = home
        self._key = key

    def run(self, to_dir: Path | None = None, label: str = "manual") -> Path:
        from unionstation.store.backup import backup_now

        self._ctx.require(Action.BACKUP_RUN)
        target = backup_now(self._home, label, to_dir, key=self._key)
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "backup.run", "backup", target.name)
        return target

    def check_restore(self) -> None:
        """Refuse (audited) before the station is closed for a restore."""
        self._ctx.require(Action.BACKUP_RESTORE)

    def restore(self, source: Path) -> Restored:
        """Put `source` in place of the live database (closed by the caller first);
        returns the safety copy (or where a damaged file was moved). Audit it with
        `record_restore` once reopened."""
        from unionstation.store.backup import restore_database

        self.check_restore()
        return restore_database(self._home, source, key=self._key)

    def record_restore(self, source: Path, done: Restored) -> None:
        """Written into the restored database once it is open again."""
        kept = done.safety or done.set_aside
        detail = "" if kept is None else (
            f"safety={kept.name}" if done.safety else f"set_aside={kept.name}")
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "backup.restore", "backup", source.name,
                         detail)

    def record_salvage(self, detail: str) -> None:
        """A salvage, written into the salvaged database once it is open."""
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "backup.salvage", "database",
                         "unionstation.db", detail)


def restore_elsewhere(home: StationHome, backup: Path, *, login: str = "",
                      password: str = "", code: str = "") -> bytes:
    """A backup carried to another machine, restored into an empty data folder.

    The backup opens with the key wraps written beside it (`unionstation.keys`, see
    store.backup.keys_beside) and either an officer's password or the recovery code;
    the wraps become the new folder's. Returns the data key, with which the caller opens
    the station and audits the restore in the restored trail.
    """
    from unionstation.services.errors import UserError
    from unionstation.services.login import LoginRefused
    from unionstation.store.atomic import write_atomic
    from unionstation.store.backup import BackupError, check_backup_file, restore_database
    from unionstation.store.keyring import (
        KEYRING_FILE,
        KeyRing,
        KeyRingError,
        WrongPassword,
        keyring_path,
    )

    if home.db_path.exists() or KeyRing.exists(home):
        raise UserError(f"数据文件夹 {home.root} 里已经有站点:请登录后再恢复备份。")
    beside = backup.parent / KEYRING_FILE
    if not beside.is_file():
        raise UserError(f"备份 {backup.name} 旁边没有密钥文件 {KEYRING_FILE}:请把备份所在"
                        f"文件夹里的 {KEYRING_FILE} 一起拷来,放在备份文件旁边。")
    try:
        ring = KeyRing.load_file(beside)
        key = ring.unlock_recovery(code) if code else ring.unlock(login, password)
    except WrongPassword:
        raise LoginRefused("恢复码不对。" if code else "登录名或密码不对。") from None
    except KeyRingError as exc:
        raise UserError(str(exc)) from exc
    try:
        check_backup_file(backup, key)
        home.ensure()
        restore_database(home, backup, key=key)
    except BackupError as exc:
        raise UserError(str(exc)) from exc
    write_atomic(keyring_path(home), beside.read_bytes(), mode=0o600)
    return key


def record_restore_elsewhere(home: StationHome, key: bytes, backup: Path, officer: str) -> None:
    """The restore on another machine, in the restored station's own audit trail."""
    from unionstation.services.runtime import open_station

    runtime = open_station(home, key, officer=officer)
    try:
        with runtime.context.unit_of_work() as session:
            audit.record(session, officer, "backup.restore", "backup", backup.name,
                         "elsewhere=1")
    finally:
        runtime.close()


def restore_into_empty_folder(home: StationHome, backup: Path, *, login: str = "",
                              password: str = "", code: str = "",
                              new_password: str = "") -> LoggedIn:
    """The first-run screen's restore: `backup` (with the key wraps beside it) put into an
    empty data folder and opened, as `unionstation restore FILE [--code]` does.

    With an officer's password the station opens as that officer. With the recovery code,
    `new_password` becomes the password of `login` (the first administrator by default),
    as `officers recover` does. A wrong password or code changes nothing. Audited in the
    restored station's trail."""
    from unionstation.services.login import open_unlocked, recover
    from unionstation.services.officers import check_password

    if code:
        check_password(new_password)  # before anything is written
    key = restore_elsewhere(home, backup, login=login, password=password, code=code)
    record_restore_elsewhere(home, key, backup, login if not code else "recovery")
    if code:
        return recover(home, code, new_password, login or None)
    return open_unlocked(home, key, login)
