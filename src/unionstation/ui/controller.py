"""Opens the station behind the window and reacts: first run, damage, errors.

The window shows before any of this starts; the database is opened on the worker, and
what only some starts need (dialogs, services) is imported when it is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from unionstation.paths import StationHome
from unionstation.ui.dialogs import DialogService, report_error
from unionstation.ui.main_window import MainWindow
from unionstation.ui.operations import Operation, Progress
from unionstation.ui.station_open import (
    Opened,
    create_station,
    log_in_and_read,
    read_station,
)
from unionstation.ui.unlock_ahead import UnlockAhead
from unionstation.ui.warm_up import start_warm_up

if TYPE_CHECKING:
    from unionstation.services.login import LoggedIn
    from unionstation.services.officers import OfficerInfo
    from unionstation.services.runtime import StationRuntime
    from unionstation.services.station import StationInfo
    from unionstation.ui.first_run import FirstRunDialog
    from unionstation.ui.first_run_restore import FirstRunRestore
    from unionstation.ui.idle_lock import IdleWatcher
    from unionstation.ui.login import LoginDialog
    from unionstation.ui.recovery.backup_clock import BackupClock
    from unionstation.ui.recovery.flow import RecoveryFlow
    from unionstation.ui.station_pages import StationPages
    from unionstation.ui.sync.uploader import CountyUploader

WARM_UP_AFTER_MS = 200  # the login dialog paints first


class AppController(QObject):
    """`ready` fires once the window shows a station (or the first-run dialog is up)."""

    ready = Signal()
    rows_shown = Signal()  # the register's rows are on screen (bench/startup.py)

    def __init__(self, home: StationHome, window: MainWindow, dialogs: DialogService,
                 initial_page: str = "members",
                 credentials: tuple[str, str] | None = None) -> None:
        super().__init__(window)
        self.initial_page = initial_page
        self.home = home
        self.window = window
        self.dialogs = dialogs
        self.runtime: StationRuntime | None = None
        self.station: StationInfo | None = None
        self.first_run: FirstRunDialog | None = None
        self.first_run_restore: FirstRunRestore | None = None
        self.recovery: RecoveryFlow | None = None
        self.backups: BackupClock | None = None
        self.pages: StationPages | None = None
        self.logged: LoggedIn | None = None
        self.login_dialog: LoginDialog | None = None
        self.idle: IdleWatcher | None = None
        self._credentials = credentials
        self._daily_due = False
        self._ahead = UnlockAhead(home)  # the password's key, derived as the officer types

    def start(self) -> None:
        """A station with officers asks who is there; a new folder sets one up.

        Only the key ring's names are read before the dialog shows (no database, no
        SQLAlchemy: bench/startup.py); the password is checked on the worker."""
        from unionstation.services.instance import has_key_ring

        if has_key_ring(self.home):
            if self._credentials is not None:
                login, password = self._credentials
                self._credentials = None
                self._try_login(login, password)
            else:
                self._ask_login()
        else:
            self._ask_for_station()

    # -- logging in and the idle lock -----------------------------------------------------

    def _ask_login(self, locked_by: str = "") -> None:
        from unionstation.services.instance import key_ring_logins
        from unionstation.ui.login import LoginDialog

        dialog = LoginDialog(key_ring_logins(self.home), self.window,
                             station=self.station.name if self.station else "",
                             demo=self.home.demo_marker.is_file(), locked_by=locked_by)
        dialog.submitted.connect(self._unlock if locked_by else self._try_login)
        if not locked_by:
            dialog.rejected.connect(self.window.close)
            dialog.paused.connect(self._ahead.derive)
        self.login_dialog = dialog
        dialog.open()
        if not locked_by:
            self.ready.emit()
            QTimer.singleShot(WARM_UP_AFTER_MS, start_warm_up)  # while the officer types

    def _try_login(self, login: str, password: str) -> None:
        start_warm_up()  # beside the password's Argon2id, which leaves the GIL free
        home, ahead = self.home, self._ahead.take(login, password)
        Operation(self.window, lambda _p: log_in_and_read(home, login, password, ahead)
                  ).success(self._logged_in).failure(self._login_failed).run()

    def _logged_in(self, result: tuple[LoggedIn, Opened]) -> None:
        self.logged, opened = result
        self._ahead.close()
        if self.login_dialog is not None:
            self.login_dialog.succeed()
            self.login_dialog = None
        self._opened(opened)

    def _login_failed(self, exc: BaseException) -> None:
        from unionstation.services.login import LockedOut, LoginRefused

        if isinstance(exc, LoginRefused) and self.login_dialog is not None:
            seconds = exc.seconds if isinstance(exc, LockedOut) else 0
            self.login_dialog.refuse(str(exc), seconds)
            return
        if self.login_dialog is None and isinstance(exc, LoginRefused):
            self.report(exc)
            self._ask_login()
            return
        self._open_failed(exc)

    def lock(self) -> None:
        """Hide the pages behind the login dialog; nothing is closed or lost."""
        if self.logged is None or self.login_dialog is not None:
            return
        if self.idle is not None:
            self.idle.pause()
        self.window.set_locked(True)
        self._ask_login(locked_by=self.logged.officer.login)

    def _unlock(self, login: str, password: str) -> None:
        from unionstation.services.login import unlock_again

        logged = self.logged
        assert logged is not None
        Operation(self.window, lambda _p: unlock_again(logged, login, password)).success(
            self._unlocked).failure(self._login_failed).run()

    def _unlocked(self, officer: OfficerInfo) -> None:
        if self.login_dialog is not None:
            self.login_dialog.succeed()
            self.login_dialog = None
        assert self.runtime is not None
        self.window.apply_role(self.runtime.context.may, officer.login)
        self.window.set_locked(False)
        if self.idle is not None:
            self.idle.start()

    def _start_idle_lock(self) -> None:
        from sqlalchemy.exc import DatabaseError

        from unionstation.services.idle_lock import DEFAULT_IDLE_MINUTES, idle_minutes
        from unionstation.ui.idle_lock import IdleWatcher

        assert self.runtime is not None
        try:
            minutes = idle_minutes(self.runtime.context)
        except DatabaseError:  # a damaged database, shown read-only: the default then
            minutes = DEFAULT_IDLE_MINUTES
        self.idle = IdleWatcher(minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()

    # -- the station ----------------------------------------------------------------------

    def _opened(self, opened: Opened) -> None:
        self.runtime = opened.runtime
        database = opened.runtime.database
        self.window.show_database_state(
            self.tr("Database OK · schema {0}").format(database.schema.current), healthy=True)
        if opened.station is None:
            self._ask_for_station()
        else:
            self._show(opened.station, opened.active_members)

    def _recover(self, damaged: BaseException) -> None:
        """The recovery page instead of the station; the station opens once it is done."""
        from unionstation.services.recovery import DamagedStation
        from unionstation.ui.recovery.flow import RecoveryFlow

        assert isinstance(damaged, DamagedStation)
        if self.login_dialog is not None:
            self.login_dialog.succeed()
            self.login_dialog = None
        if self.recovery is None:
            self.recovery = RecoveryFlow(self.home, self.window, self.dialogs)
            self.recovery.shown.connect(self.ready)
            self.recovery.recovered.connect(self._logged_in)
        self.recovery.show(damaged)

    def _show(self, station: StationInfo, active_members: int | None = 0) -> None:
        assert self.runtime is not None
        self.station = station
        self.window.show_station(station.name, station.division_code,
                                 self.runtime.context.officer, active_members)
        self.window.apply_role(self.runtime.context.may, self.runtime.context.officer)
        first = self._first_allowed_page()
        self._install_pages(station, first)
        self._start_backup_clock()
        self.window.show_page(first)
        if self.idle is None:
            self._start_idle_lock()

    def _first_allowed_page(self) -> str:
        top = self.initial_page.partition("/")[0]
        if self.window.page_allowed(top):
            return self.initial_page
        return next((key for key in self.window.page_keys() if self.window.page_allowed(key)),
                    self.initial_page)

    def _rows_shown(self) -> None:
        """The register's rows are on screen: what start-up left for now follows."""
        self.rows_shown.emit()
        if self._daily_due and self.backups is not None:
            self._daily_due = False
            self.backups.daily_backup()

    def _install_pages(self, station: StationInfo, first_page: str) -> None:
        """Working pages replace their placeholders: the members page at once, the rest
        once its rows are on screen; `ready` fires when every page is in place."""
        from unionstation.ui.page_context import PageContext
        from unionstation.ui.station_pages import StationPages

        assert self.runtime is not None
        if self.pages is not None:  # a restore: the old pages' work still to come is off
            self.pages.cancel()
        pages = StationPages(self.window, PageContext(self.runtime, station, self.dialogs))
        pages.restore_requested.connect(self._restore)
        pages.station_renamed.connect(self._station_renamed)
        pages.idle_minutes_changed.connect(self._idle_minutes)
        pages.installed.connect(self._all_pages_installed)
        self.pages = pages
        pages.install(first_page, self._rows_shown)
        assert pages.members is not None
        pages.members.register.data_changed.connect(self.recount_members)

    @property
    def uploader(self) -> CountyUploader | None:
        return self.pages.uploader if self.pages is not None else None

    def _all_pages_installed(self) -> None:
        if self.runtime is not None:
            self.window.apply_role(self.runtime.context.may)
        self.ready.emit()

    def recount_members(self) -> None:
        """The status bar's count follows every save, import, drive, transfer and delete."""
        from unionstation.services.members import MemberService

        if self.runtime is None:
            return
        service = MemberService(self.runtime.context)
        Operation(self.window, lambda _p: service.count_active()).success(
            self.window.show_active_members).run()

    def _station_renamed(self, name: str, officer: str) -> None:
        if self.station is not None:
            from dataclasses import replace

            self.station = replace(self.station, name=name)
            self.window.show_station(name, self.station.division_code, officer, None)
            self.recount_members()

    def _start_backup_clock(self) -> None:
        from unionstation.ui.recovery.backup_clock import BackupClock

        if self.logged is None:
            return
        if self.backups is None:
            self.backups = BackupClock(self.home, self.window, self.dialogs)
        self.backups.start(self.logged.key)
        self._daily_due = True

    def _idle_minutes(self, minutes: int) -> None:
        if self.idle is not None:
            self.idle.set_timeout(minutes * 60_000)

    def _ask_for_station(self) -> None:
        from unionstation.services.instance import is_plain_station
        from unionstation.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.window, convert=is_plain_station(self.home))
        dialog.accepted.connect(self._create_station)
        dialog.rejected.connect(self.window.close)
        dialog.restore_requested.connect(self._restore_first_run)
        dialog.rebuild_requested.connect(lambda: dialog.choose_rebuild(self.dialogs))
        self.first_run = dialog
        dialog.open()
        self.ready.emit()

    def _restore_first_run(self) -> None:
        from unionstation.ui.first_run_restore import FirstRunRestore

        self.first_run_restore = restore = FirstRunRestore(self.home, self.window, self.dialogs)
        restore.restored.connect(self._first_run_restored)
        restore.start()

    def _first_run_restored(self, result: tuple[LoggedIn, Opened]) -> None:
        if self.first_run is not None:  # closed, neither accepted nor cancelled
            self.first_run.blockSignals(True)
            self.first_run.close()
            self.first_run = None
        self._logged_in(result)

    def _create_station(self) -> None:
        assert self.first_run is not None
        form, home = self.first_run.values(), self.home
        work = self.first_run.station_work(home, lambda _p: create_station(home, form))
        Operation(self.window, work).success(
            self._created).failure(self._create_failed).run()

    def _created(self, result: tuple[LoggedIn, Opened, str]) -> None:
        self.logged, opened, code = result
        self._opened(opened)
        if opened.runtime.conversion is not None:
            self.dialogs.inform(self.tr("Station encrypted"), self.tr(
                "{0} rows were converted into the encrypted database and checked; the plain "
                "file and its plain backups are deleted. A copy on an SSD, a USB stick or in "
                "a cloud folder may survive a deletion: remove those copies too.").format(
                    opened.runtime.conversion.rows))
        self.dialogs.inform(
            self.tr("Recovery code"),
            self.tr("Write down this recovery code and lock it in the office safe. It opens "
                    "the station's data if every password is forgotten, and it is shown only "
                    "this once:\n\n{0}").format(code))

    def _create_failed(self, exc: BaseException) -> None:
        self.report(exc)
        self._ask_for_station()

    def _restore(self, backup: object) -> None:
        from pathlib import Path

        from unionstation.services.backups import BackupService
        from unionstation.services.login import reopen

        assert self.runtime is not None and self.logged is not None
        assert isinstance(backup, Path)
        logged = self.logged
        service = BackupService(self.runtime.context, self.home, logged.key)
        try:
            service.check_restore()
        except Exception as exc:
            self.report(exc)
            return
        if self.uploader is not None:
            self.uploader.stop()  # the pages and their uploader are made again after
        self.runtime.close()

        def work(_progress: Progress) -> Opened:
            safety = service.restore(backup)
            again = reopen(logged)
            BackupService(again.runtime.context, again.runtime.home,
                          again.key).record_restore(backup, safety)
            self.logged = again
            return read_station(again)

        Operation(self.window, work, label=self.tr("Restoring…")).success(self._opened).failure(
            self._open_failed
        ).run()

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
        self._ahead.close()
        if self.pages is not None:
            self.pages.cancel()
        if self.idle is not None:
            self.idle.stop()
        if self.uploader is not None:
            self.uploader.stop()
        if self.runtime is not None:
            self.runtime.close()
            self.runtime = None
            if self.backups is not None:
                self.backups.at_close()
