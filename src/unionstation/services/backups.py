"""Backups and restores as an officer does them: by role, and in the audit trail."""

from __future__ import annotations

from pathlib import Path

from unionstation.domain.permissions import Action
from unionstation.paths import StationHome
from unionstation.services import audit
from unionstation.services.context import ServiceContext


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

    def restore(self, source: Path) -> Path:
        """Put `source` in place of the live database (closed by the caller first);
        returns the safety copy. Audit it with `record_restore` once reopened."""
        from unionstation.store.backup import restore_database

        self.check_restore()
        return restore_database(self._home, source, key=self._key)

    def record_restore(self, source: Path, safety: Path) -> None:
        """Written into the restored database once it is open again."""
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "backup.restore", "backup", source.name,
                         f"safety={safety.name}")
