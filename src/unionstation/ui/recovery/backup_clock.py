"""Backups that hold the day's work while the window is open: every hour with changes
(on the worker), and at close when something changed since the newest backup."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from unionstation.paths import StationHome
from unionstation.ui.dialogs import DialogService, report_error
from unionstation.ui.main_window import MainWindow
from unionstation.ui.operations import Operation, Progress

log = logging.getLogger(__name__)

HOURLY_BACKUP_MS = 60 * 60 * 1000


class BackupClock(QObject):
    """Started once a station is shown, with its data key; stopped at close."""

    def __init__(self, home: StationHome, window: MainWindow, dialogs: DialogService) -> None:
        super().__init__(window)
        self.home = home
        self.window = window
        self.dialogs = dialogs
        self._key = b""
        self.timer = QTimer(self)
        self.timer.setInterval(HOURLY_BACKUP_MS)
        self.timer.timeout.connect(self.hourly_backup)

    def start(self, key: bytes) -> None:
        self._key = key
        self.timer.start()

    def daily_backup(self) -> None:
        """Today's copy, if there is none yet: taken once the register's rows are on
        screen, so the first start of a day does not wait for it."""
        home, key = self.home, self._key
        if not key:
            return

        def work(_progress: Progress) -> object:
            from unionstation.services import recovery

            return recovery.daily_backup(home, key=key)

        Operation(self.window, work).failure(
            lambda exc: report_error(self.dialogs, self.tr("Backup"), exc,
                                     self.home.log_file)).run()

    def hourly_backup(self) -> None:
        home, key = self.home, self._key

        def work(_progress: Progress) -> object:
            from unionstation.services import recovery

            return recovery.backup_if_changed(home, "hourly", key=key)

        Operation(self.window, work).failure(
            lambda exc: report_error(self.dialogs, self.tr("Backup"), exc,
                                     self.home.log_file)).run()

    def at_close(self) -> None:
        """The day's work kept when the window closes (only when something changed)."""
        from unionstation.services import recovery

        self.timer.stop()
        if not self._key:
            return
        try:
            recovery.backup_if_changed(self.home, "close", key=self._key)
        except (OSError, recovery.BackupError):
            log.exception("the backup at close failed")
        except recovery.DB_ERRORS:
            log.exception("the backup at close failed")
