"""Opens the station behind the window and reacts: first run, damage, errors.

The window shows before any of this starts; the database is opened on the worker, and
what only some starts need (dialogs, services) is imported when it is needed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from unionstation.paths import StationHome
from unionstation.ui.dialogs import DialogService, report_error
from unionstation.ui.main_window import MainWindow
from unionstation.ui.operations import Operation, Progress

if TYPE_CHECKING:
    from unionstation.services.login import LoggedIn
    from unionstation.services.officers import OfficerInfo
    from unionstation.services.runtime import StationRuntime
    from unionstation.services.station import StationInfo
    from unionstation.ui.first_run import FirstRunDialog
    from unionstation.ui.idle_lock import IdleWatcher
    from unionstation.ui.login import LoginDialog
    from unionstation.ui.page_context import PageContext
    from unionstation.ui.sync.uploader import CountyUploader

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    runtime: StationRuntime
    station: StationInfo | None
    active_members: int | None


def _read_station(logged: LoggedIn) -> Opened:
    from unionstation.services.health import active_member_count
    from unionstation.services.station import StationService

    runtime = logged.runtime
    station = StationService(runtime.context).current()
    members = active_member_count(runtime) if station is not None else None
    return Opened(runtime, station, members)


def _log_in(home: StationHome, login: str, password: str) -> tuple[LoggedIn, Opened]:
    from unionstation.services.login import log_in

    logged = log_in(home, login, password)
    try:
        return logged, _read_station(logged)
    except BaseException:
        logged.close()
        raise


class AppController(QObject):
    """`ready` fires once the window shows a station (or the first-run dialog is up)."""

    ready = Signal()

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
        self.uploader: CountyUploader | None = None
        self.logged: LoggedIn | None = None
        self.login_dialog: LoginDialog | None = None
        self.idle: IdleWatcher | None = None
        self._credentials = credentials

    def start(self) -> None:
        """A station with officers asks who is there; a new folder sets one up.

        Only the key ring's names are read before the dialog shows (no database, no
        SQLAlchemy: bench/startup.py); the password is checked on the worker."""
        from unionstation.store.keyring import KeyRing

        if KeyRing.exists(self.home):
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
        from unionstation.store.keyring import KeyRing
        from unionstation.ui.login import LoginDialog

        dialog = LoginDialog(KeyRing.load(self.home).logins(), self.window,
                             station=self.station.name if self.station else "",
                             demo=self.home.demo_marker.is_file(), locked_by=locked_by)
        dialog.submitted.connect(self._unlock if locked_by else self._try_login)
        if not locked_by:
            dialog.rejected.connect(self.window.close)
        self.login_dialog = dialog
        dialog.open()
        if not locked_by:
            self.ready.emit()

    def _try_login(self, login: str, password: str) -> None:
        home = self.home
        Operation(self.window, lambda _p: _log_in(home, login, password)).success(
            self._logged_in).failure(self._login_failed).run()

    def _logged_in(self, result: tuple[LoggedIn, Opened]) -> None:
        self.logged, opened = result
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

        from unionstation.services.setting_values import read_setting
        from unionstation.ui.idle_lock import DEFAULT_IDLE_MINUTES, IDLE_KEY, IdleWatcher

        assert self.runtime is not None
        try:
            minutes = read_setting(self.runtime.context, IDLE_KEY)
        except DatabaseError:  # a damaged database, shown read-only: the default then
            minutes = None
        if not isinstance(minutes, int | float) or minutes <= 0:
            minutes = DEFAULT_IDLE_MINUTES
        self.idle = IdleWatcher(int(minutes * 60_000), self)
        self.idle.idle.connect(self.lock)
        self.idle.start()

    # -- the station ----------------------------------------------------------------------

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
        if database.read_only:
            self._offer_restore()

    def _show(self, station: StationInfo, active_members: int | None = 0) -> None:
        assert self.runtime is not None
        self.station = station
        self.window.show_station(station.name, station.division_code,
                                 self.runtime.context.officer, active_members)
        if not self.runtime.database.read_only:
            self._install_pages(station)
        self.window.apply_role(self.runtime.context.may, self.runtime.context.officer)
        self.window.show_page(self._first_allowed_page())
        if self.idle is None:
            self._start_idle_lock()
        self.ready.emit()

    def _first_allowed_page(self) -> str:
        top = self.initial_page.partition("/")[0]
        if self.window.page_allowed(top):
            return self.initial_page
        return next((key for key in self.window.page_keys() if self.window.page_allowed(key)),
                    self.initial_page)

    def _install_pages(self, station: StationInfo) -> None:
        """Working pages replace their placeholders once there is a station to work on."""
        from unionstation.ui.members.page import MembersPage
        from unionstation.ui.members.register import AFTER_PAINT_MS
        from unionstation.ui.page_context import PageContext
        from unionstation.ui.reports.page import ReportsPage
        from unionstation.ui.security_pages import install_security_pages
        from unionstation.ui.sync.wiring import install_sync

        assert self.runtime is not None
        context = PageContext(self.runtime, station, self.dialogs)
        members = MembersPage(context, self.window)
        self.window.install_page("members", members)
        install_security_pages(self.window, context)
        members.register.data_changed.connect(self.recount_members)
        from unionstation.ui.hardship.page import HardshipPage

        self.window.install_page("hardship", HardshipPage(context, self.window))
        from unionstation.ui.homes.page import HomesPage

        self.window.install_page("homes", HomesPage(context, self.window))
        sync_page, self.uploader = install_sync(self.window, context, members.register.detail)
        self.window.install_page("sync", sync_page)
        self._install_settings(context)
        self.window.install_page("reports", ReportsPage(context, self.window))
        # The first attempt's status read waits for the first paint, as the register's
        # after-paint loads do, and queues on the worker behind them.
        QTimer.singleShot(AFTER_PAINT_MS, self, self._start_uploader)

    def recount_members(self) -> None:
        """The status bar's count follows every save, import, drive, transfer and delete."""
        from unionstation.services.members import MemberService

        if self.runtime is None:
            return
        service = MemberService(self.runtime.context)
        Operation(self.window, lambda _p: service.count_active()).success(
            self.window.show_active_members).run()

    def _install_settings(self, context: PageContext) -> None:
        from unionstation.ui.settings.page import SettingsPage

        settings = SettingsPage(context, self.window)
        self.window.install_page("settings", settings)
        settings.backups.restore_requested.connect(self._restore)
        settings.station.station_changed.connect(self._station_renamed)
        settings.sync.auto_upload_changed.connect(self._auto_upload)

    def _station_renamed(self, name: str, officer: str) -> None:
        if self.station is not None:
            from dataclasses import replace

            self.station = replace(self.station, name=name)
            self.window.show_station(name, self.station.division_code, officer, None)
            self.recount_members()

    def _auto_upload(self, on: bool) -> None:
        if self.uploader is None:
            return
        self.uploader.automatic = on
        if on:
            self.uploader.try_now()

    def _start_uploader(self) -> None:
        if self.uploader is not None and self.runtime is not None:
            from unionstation.sync.station_settings import SyncSettings

            self.uploader.automatic = SyncSettings(self.runtime.context).auto_upload()
            if self.uploader.automatic:
                self.uploader.start()

    def _ask_for_station(self) -> None:
        from unionstation.store.database import is_plain_sqlite
        from unionstation.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.window, convert=is_plain_sqlite(self.home.db_path))
        dialog.accepted.connect(self._create_station)
        dialog.rejected.connect(self.window.close)
        self.first_run = dialog
        dialog.open()
        self.ready.emit()

    def _create_station(self) -> None:
        assert self.first_run is not None
        form = self.first_run.values()
        home = self.home

        def create(_progress: Progress) -> tuple[LoggedIn, Opened, str]:
            from unionstation.services.login import set_up_station
            from unionstation.services.station import StationService

            logged, code = set_up_station(home, form.officer, form.password)
            try:
                if StationService(logged.runtime.context).current() is None:
                    StationService(logged.runtime.context).create(
                        form.name, form.division_code, form.county_name,
                        officer_name=form.officer)
                return logged, _read_station(logged), code
            except BaseException:
                logged.close()
                raise

        Operation(self.window, create).success(self._created).failure(
            self._create_failed).run()

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

    def _offer_restore(self) -> None:
        from unionstation.store.backup import list_backups

        backups = list_backups(self.home)
        if not backups:
            self.dialogs.warn(
                self.tr("Database damaged"),
                self.tr("The integrity check failed and there is no backup. The data is "
                        "shown read-only; copy the folder {0} and ask for help.").format(
                    self.home.root),
            )
            return
        latest = backups[0]
        if self.dialogs.confirm(
            self.tr("Database damaged"),
            self.tr("The integrity check failed; the data is shown read-only. Restore the "
                    "latest backup ({0})? The damaged file is kept as a backup too.").format(
                latest.name),
        ):
            self._restore(latest)

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
            return _read_station(again)

        Operation(self.window, work, label=self.tr("Restoring…")).success(self._opened).failure(
            self._open_failed
        ).run()

    def _open_failed(self, exc: BaseException) -> None:
        self.window.show_database_state(self.tr("Database not opened"), healthy=False)
        self.report(exc)
        self.ready.emit()

    def report(self, exc: BaseException) -> None:
        """Officer-actionable errors as they are; bugs as an apology and the log's place."""
        report_error(self.dialogs, self.tr("UnionStation"), exc, self.home.log_file)

    def shutdown(self) -> None:
        if self.idle is not None:
            self.idle.stop()
        if self.uploader is not None:
            self.uploader.stop()
        if self.runtime is not None:
            self.runtime.close()
            self.runtime = None
