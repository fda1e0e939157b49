"""Opens the station behind the window and reacts: first run, damage, errors.

The window shows before any of this starts; the database is opened on the worker, and
what only some starts need (dialogs, services) is imported when it is needed.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from unionstation.paths import StationHome
from unionstation.ui.dialogs import DialogService, report_error
from unionstation.ui.main_window import MainWindow
from unionstation.ui.operations import Operation, Progress

if TYPE_CHECKING:
    from unionstation.services.runtime import StationRuntime
    from unionstation.services.station import StationInfo
    from unionstation.ui.first_run import FirstRunDialog
    from unionstation.ui.recovery.flow import RecoveryFlow
    from unionstation.ui.sync.uploader import CountyUploader

log = logging.getLogger(__name__)

HOURLY_BACKUP_MS = 60 * 60 * 1000


@dataclass(frozen=True)
class Opened:
    runtime: StationRuntime
    station: StationInfo | None
    active_members: int | None


def _open(home: StationHome) -> Opened:
    from unionstation.services.health import active_member_count
    from unionstation.services.runtime import open_station
    from unionstation.services.station import StationService

    runtime = open_station(home)
    station = StationService(runtime.context).current()
    members = active_member_count(runtime) if station is not None else None
    return Opened(runtime, station, members)


class AppController(QObject):
    """`ready` fires once the window shows a station (or the first-run dialog is up)."""

    ready = Signal()

    def __init__(self, home: StationHome, window: MainWindow, dialogs: DialogService,
                 initial_page: str = "members") -> None:
        super().__init__(window)
        self.initial_page = initial_page
        self.home = home
        self.window = window
        self.dialogs = dialogs
        self.runtime: StationRuntime | None = None
        self.station: StationInfo | None = None
        self.first_run: FirstRunDialog | None = None
        self.uploader: CountyUploader | None = None
        self.recovery: RecoveryFlow | None = None
        self.hourly: QTimer | None = None

    def start(self) -> None:
        Operation(self.window, lambda _p: _open(self.home)).success(self._opened).failure(
            self._open_failed
        ).run()

    def _opened(self, opened: Opened) -> None:
        self.runtime = opened.runtime
        database = opened.runtime.database
        if database.read_only:
            self.window.show_database_state(
                self.tr("Database damaged: read-only"), healthy=False
            )
        else:
            self.window.show_database_state(
                self.tr("Database OK · schema {0}").format(database.schema.current), healthy=True
            )
        if opened.station is None:
            self._ask_for_station()
        else:
            self._show(opened.station, opened.active_members)

    def _recover(self, damaged: BaseException) -> None:
        """The recovery page instead of the station; the station opens once it is done."""
        from unionstation.services.recovery import DamagedStation
        from unionstation.ui.recovery.flow import RecoveryFlow

        assert isinstance(damaged, DamagedStation)
        if self.recovery is None:
            self.recovery = RecoveryFlow(self.home, self.window, self.dialogs, _open)
            self.recovery.shown.connect(self.ready)
            self.recovery.recovered.connect(lambda opened, _text: self._opened(opened))
        self.recovery.show(damaged)

    def _show(self, station: StationInfo, active_members: int | None = 0) -> None:
        assert self.runtime is not None
        self.station = station
        self.window.show_station(station.name, station.division_code,
                                 self.runtime.context.officer, active_members)
        if not self.runtime.database.read_only:
            self._install_pages(station)
            self._start_hourly_backups()
        self.window.show_page(self.initial_page)
        self.ready.emit()

    def _install_pages(self, station: StationInfo) -> None:
        """Working pages replace their placeholders once there is a station to work on."""
        from unionstation.ui.members.page import MembersPage
        from unionstation.ui.members.register import AFTER_PAINT_MS
        from unionstation.ui.page_context import PageContext
        from unionstation.ui.sync.wiring import install_sync

        assert self.runtime is not None
        context = PageContext(self.runtime, station, self.dialogs)
        members = MembersPage(context, self.window)
        self.window.install_page("members", members)
        sync_page, self.uploader = install_sync(self.window, context, members.register.detail)
        self.window.install_page("sync", sync_page)
        # The first attempt's status read waits for the first paint, as the register's
        # after-paint loads do, and queues on the worker behind them.
        QTimer.singleShot(AFTER_PAINT_MS, self, self._start_uploader)

    def _start_hourly_backups(self) -> None:
        """A copy every hour the window is open, when something changed (off the GUI
        thread), so a damage loses at most an hour's work."""
        if self.hourly is None:
            self.hourly = QTimer(self)
            self.hourly.setInterval(HOURLY_BACKUP_MS)
            self.hourly.timeout.connect(self.hourly_backup)
        self.hourly.start()

    def hourly_backup(self) -> None:
        home = self.home

        def work(_progress: Progress) -> object:
            from unionstation.services import recovery

            return recovery.backup_if_changed(home, "hourly")

        Operation(self.window, work).failure(self.report).run()

    def _start_uploader(self) -> None:
        if self.uploader is not None and self.runtime is not None:
            self.uploader.start()

    def _ask_for_station(self) -> None:
        from unionstation.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.window)
        dialog.accepted.connect(self._create_station)
        dialog.rejected.connect(self.window.close)
        self.first_run = dialog
        dialog.open()
        self.ready.emit()

    def _create_station(self) -> None:
        assert self.runtime is not None and self.first_run is not None
        form = self.first_run.values()
        runtime = self.runtime

        def create(_progress: Progress) -> StationInfo:
            from unionstation.services.station import StationService

            runtime.context.officer = form.officer
            return StationService(runtime.context).create(
                form.name, form.division_code, form.county_name, officer_name=form.officer
            )

        Operation(self.window, create).success(self._show).failure(self._create_failed).run()

    def _create_failed(self, exc: BaseException) -> None:
        self.report(exc)
        self._ask_for_station()

    def _open_failed(self, exc: BaseException) -> None:
        from unionstation.services.recovery import DamagedStation

        if isinstance(exc, DamagedStation):
            self._recover(exc)
            return
        self.window.show_database_state(self.tr("Database not opened"), healthy=False)
        self.report(exc)
        self.ready.emit()

    def report(self, exc: BaseException) -> None:
        """Officer-actionable errors as they are; bugs as an apology and the log's place."""
        report_error(self.dialogs, self.tr("UnionStation"), exc, self.home.log_file)

    def shutdown(self) -> None:
        if self.hourly is not None:
            self.hourly.stop()
        if self.uploader is not None:
            self.uploader.stop()
        if self.runtime is not None:
            self.runtime.close()
            self.runtime = None
            self._backup_at_close()

    def _backup_at_close(self) -> None:
        """The day's work kept when the window closes (only when something changed)."""
        from unionstation.services import recovery

        try:
            recovery.backup_if_changed(self.home, "close")
        except (OSError, recovery.BackupError, sqlite3.Error):
            log.exception("the backup at close failed")
