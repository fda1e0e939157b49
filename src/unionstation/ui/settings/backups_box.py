"""Backups: where they are, how many are kept, the newest with its member count, and
"back up now", "test a restore" and "restore…" through the settings service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from unionstation.domain.permissions import Action
from unionstation.services.errors import UserError
from unionstation.services.settings import BackupInfo, SettingsService
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.common import SettingsBox, muted

BACKUP_FILTER = "*.db"


class BackupsBox(SettingsBox):
    restore_requested = Signal(object)  # a checked backup's Path; the window restores it

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), context, parent, Action.BACKUP_RUN)
        self.service = SettingsService(context.services, context.home)
        self.folder = QLabel(self)
        self.folder.setObjectName("backupFolder")
        self.folder.setWordWrap(True)
        self.rotation = muted("", self)
        self.latest = QLabel(self)
        self.latest.setObjectName("latestBackup")
        self.latest.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.test_button = QPushButton(self.tr("Test a restore…"), self)
        self.test_button.setObjectName("testRestore")
        self.test_button.clicked.connect(self.test_restore)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore)
        self.editors = [self.backup_button, self.test_button]
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.test_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Folder"), self.folder)
        form.addRow(self.tr("Kept"), self.rotation)
        form.addRow(self.tr("Newest"), self.latest)
        form.addRow(buttons)
        form.addRow(self.message)
        self.info: BackupInfo | None = None

    def refresh(self) -> None:
        info = self.info = self.service.backups()
        self.folder.setText(str(info.folder))
        self.rotation.setText(self.tr(
            "one a day for {daily} days, and the copies taken before the last {imports} "
            "imports").format(daily=info.daily_keep, imports=info.import_keep))
        if info.latest is None or info.latest_at is None:
            self.latest.setText(self.tr("No backup yet."))
        else:
            members = ("?" if info.latest_members is None else str(info.latest_members))
            self.latest.setText(self.tr("{when}, {members} active members ({name})").format(
                when=info.latest_at.strftime("%Y-%m-%d %H:%M"), members=members,
                name=info.latest.name))
        self.lock_editors()
        self.restore_button.setEnabled(self.context.services.may(Action.BACKUP_RESTORE))

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.backing_up: Operation[Path] = Operation(
            self, lambda _p: self.service.backup_now(), label=self.tr("Backing up…"))
        self.backing_up.success(self._backed_up).failure(self._failed).run()

    def _backed_up(self, path: Path) -> None:
        self.refresh()
        self.say(self.tr("Backed up to {0}.").format(path.name))

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        if not isinstance(exc, UserError | OSError):
            raise exc
        self.say(str(exc), error=True)

    def _choose(self, title: str) -> Path | None:
        return self.context.dialogs.open_file(
            title, self.tr("Backups (%1)").replace("%1", BACKUP_FILTER),
            str(self.context.home.backups_dir))

    def test_restore(self) -> None:
        path = self._choose(self.tr("Choose the backup to test"))
        if path is None:
            return
        self.testing: Operation[int] = Operation(
            self, lambda _p: self.service.test_restore(path), label=self.tr("Testing…"))
        self.testing.success(lambda members: self.say(self.tr(
            "{name} restores: {members} active members. The data in use was not "
            "touched.").format(name=path.name, members=members))).failure(self._failed).run()

    def restore(self) -> None:
        path = self._choose(self.tr("Choose the backup to restore"))
        if path is None:
            return
        try:
            members = self.service.check_restore(path)
        except UserError as exc:
            self.say(str(exc), error=True)
            return
        if self.context.dialogs.confirm(self.tr("Restore a backup"), self.tr(
                "Put {name} ({members} active members) in place of the data in use? The data "
                "in use is first copied to the backups folder.").format(
                    name=path.name, members=members)):
            self.restore_requested.emit(path)
