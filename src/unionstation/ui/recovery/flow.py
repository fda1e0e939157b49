"""What the window does with a damaged station: the recovery page, then restore or
salvage on the worker, then the station opened again as on any start.

The officer has logged in: the password unwrapped the data key, which the page uses to
read the backups and to restore or salvage; the station then opens as that officer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from unionstation.paths import StationHome
from unionstation.ui.dialogs import DialogService, report_error
from unionstation.ui.operations import Operation, Progress

if TYPE_CHECKING:
    from unionstation.services.login import LoggedIn
    from unionstation.services.recovery import DamagedStation, RecoveryReport
    from unionstation.ui.main_window import MainWindow
    from unionstation.ui.recovery.page import RecoveryPage
    from unionstation.ui.station_open import Opened

PAGE_KEY = "recovery"


Reopened = tuple["LoggedIn", "Opened"]


def _reopen(home: StationHome, key: bytes, login: str) -> Reopened:
    from unionstation.services.login import open_unlocked
    from unionstation.ui.station_open import read_station

    logged = open_unlocked(home, key, login)
    try:
        return logged, read_station(logged)
    except BaseException:
        logged.close()
        raise


class RecoveryFlow(QObject):
    """`shown` once the recovery page is up; `recovered((logged, opened))` once the
    station opens again as the officer who logged in."""

    shown = Signal()
    recovered = Signal(object)

    def __init__(self, home: StationHome, window: MainWindow, dialogs: DialogService) -> None:
        super().__init__(window)
        self.home = home
        self.window = window
        self.dialogs = dialogs
        self.page: RecoveryPage | None = None
        self._key: bytes | None = None
        self._login = ""

    def show(self, damaged: DamagedStation) -> None:
        from unionstation.services.recovery import UnlockedDamagedStation

        if isinstance(damaged, UnlockedDamagedStation):
            self._key, self._login = damaged.key, damaged.login
        home, found, key = self.home, damaged.classification, self._key

        def describe(_progress: Progress) -> RecoveryReport:
            from unionstation.services import recovery

            return recovery.describe(home, key, found)

        Operation(self.window, describe).success(self._show_page).failure(self._failed).run()

    def _show_page(self, report: RecoveryReport) -> None:
        from unionstation.ui.recovery.page import RecoveryPage

        page = RecoveryPage(report, self.window)
        page.restore_requested.connect(self.restore)
        page.salvage_requested.connect(self.salvage)
        page.rebase_requested.connect(self.rebase)
        if PAGE_KEY in self.window.pages:
            self.window.install_page(PAGE_KEY, page)
        else:
            self.window.add_page(PAGE_KEY, self.tr("Recovery"), page)
        self._set_listed(True)
        self.window.select_page(PAGE_KEY)
        self.window.show_database_state(self.tr("Database damaged: recovery needed"),
                                        healthy=False)
        self.page = page
        self.shown.emit()

    def _set_listed(self, listed: bool) -> None:
        index = self.window.page_keys().index(PAGE_KEY)
        item = self.window.nav.item(index)
        if item is not None:
            item.setHidden(not listed)

    def restore(self, backup: Path) -> None:
        if not self.dialogs.confirm(self.tr("Restore a backup"), self.tr(
                "Put the backup {0} back? Work done after it was taken is lost; the damaged "
                "file is kept in the folder damaged/.").format(backup.name)):
            return
        home, key, login = self.home, self._key, self._login
        assert key is not None

        def work(_progress: Progress) -> tuple[Reopened, str]:
            from unionstation.services import recovery
            from unionstation.services.backups import BackupService

            done = recovery.restore(home, backup, key)  # the window holds the lock
            again = _reopen(home, key, login)
            BackupService(again[0].runtime.context, home, key).record_restore(backup, done)
            return again, done.note

        self._run(work, self.tr("Restoring…"))

    def salvage(self, backup: Path | None) -> None:
        home, key, login = self.home, self._key, self._login
        assert key is not None

        def work(_progress: Progress) -> tuple[Reopened, str]:
            from unionstation.services import recovery
            from unionstation.services.backups import BackupService

            report = recovery.salvage(home, key, backup)
            again = _reopen(home, key, login)
            BackupService(again[0].runtime.context, home, key).record_salvage(
                report.audit_detail())
            return again, report.summary()

        self._run(work, self.tr("Salvaging…"))

    def rebase(self, backup: Path | None) -> None:
        """The selected backup restored (salvage when there is none), then the county's
        re-base file imported on top: the station as the county holds it."""
        title = self.tr("Re-base from the county")
        path = self.dialogs.open_file(title, self.tr("Re-base files (*.rebase);;All files (*)"))
        if path is None:
            return
        code = self.dialogs.ask_text(
            title, self.tr("The one-time code the county read out by phone:"))
        if not code:
            return
        home, key, login = self.home, self._key, self._login
        assert key is not None
        done_text = self.tr("Re-based from the county: {0} records, {1} active members; "
                            "reporting resumes at change no. {2}.")

        def work(_progress: Progress) -> tuple[Reopened, str]:
            from unionstation.services import recovery
            from unionstation.services.backups import BackupService
            from unionstation.sync.rebase_file import open_rebase, unlock_rebase
            from unionstation.sync.station_sync import SyncService
            from unionstation.ui.sync.texts import read_rebase_file

            data = read_rebase_file(path)
            unlock_rebase(open_rebase(data, None), code=code.strip())  # before any change
            if backup is not None:
                done = recovery.restore(home, backup, key)
                again = _reopen(home, key, login)
                context = again[0].runtime.context
                BackupService(context, home, key).record_restore(backup, done)
            else:
                report = recovery.salvage(home, key, None)
                again = _reopen(home, key, login)
                context = again[0].runtime.context
                BackupService(context, home, key).record_salvage(report.audit_detail())
            try:
                outcome = SyncService(context, home).rebase(data, code.strip())
            except BaseException:
                again[0].close()
                raise
            return again, done_text.format(outcome.records, outcome.members,
                                           outcome.resumed_at)

        self._run(work, self.tr("Re-basing from the county…"))

    def _run(self, work: Callable[[Progress], tuple[Reopened, str]], label: str) -> None:
        if self.page is not None:
            self.page.set_busy(True)
        Operation(self.window, work, label=label).success(self._done).failure(
            self._failed).run()

    def _done(self, result: tuple[Reopened, str]) -> None:
        opened, text = result
        if self.page is not None:
            self.page.set_busy(False)
            self.page.show_result(text, ok=True)
        self._set_listed(False)
        self.recovered.emit(opened)
        if text:
            self.dialogs.inform(self.tr("Recovery"), text)

    def _failed(self, exc: BaseException) -> None:
        from unionstation.services.recovery import DamagedStation

        if self.page is not None:
            self.page.set_busy(False)
            self.page.show_result(str(exc), ok=False)
        if isinstance(exc, DamagedStation):  # still damaged: show what is wrong now
            self.show(exc)
            return
        report_error(self.dialogs, self.tr("Recovery"), exc, self.home.log_file)
        self.shown.emit()
