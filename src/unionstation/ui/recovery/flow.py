"""What the window does with a damaged station: the recovery page, then restore or
salvage on the worker, then the station opened again as on any start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from unionstation.paths import StationHome
from unionstation.ui.dialogs import DialogService, report_error
from unionstation.ui.operations import Operation, Progress

if TYPE_CHECKING:
    from unionstation.services.recovery import DamagedStation, RecoveryReport
    from unionstation.ui.main_window import MainWindow
    from unionstation.ui.recovery.page import RecoveryPage

PAGE_KEY = "recovery"


class RecoveryFlow(QObject):
    """`shown` once the recovery page is up; `recovered(opened, text)` once the station
    opens again, `opened` being what `open_station` returned."""

    shown = Signal()
    recovered = Signal(object, str)

    def __init__(self, home: StationHome, window: MainWindow, dialogs: DialogService,
                 open_station: Callable[[StationHome], Any]) -> None:
        super().__init__(window)
        self.home = home
        self.window = window
        self.dialogs = dialogs
        self._open_station = open_station
        self.page: RecoveryPage | None = None

    def show(self, damaged: DamagedStation) -> None:
        home, found = self.home, damaged.classification

        def describe(_progress: Progress) -> RecoveryReport:
            from unionstation.services import recovery

            return recovery.describe(home, found)

        Operation(self.window, describe).success(self._show_page).failure(self._failed).run()

    def _show_page(self, report: RecoveryReport) -> None:
        from unionstation.ui.recovery.page import RecoveryPage

        page = RecoveryPage(report, self.window)
        page.restore_requested.connect(self.restore)
        page.salvage_requested.connect(self.salvage)
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
        home, open_station = self.home, self._open_station

        def work(_progress: Progress) -> tuple[Any, str]:
            from unionstation.services import recovery

            done = recovery.restore(home, backup)
            return open_station(home), done.note

        self._run(work, self.tr("Restoring…"))

    def salvage(self, backup: Path | None) -> None:
        home, open_station = self.home, self._open_station

        def work(_progress: Progress) -> tuple[Any, str]:
            from unionstation.services import recovery

            report = recovery.salvage(home, backup)
            return open_station(home), report.summary()

        self._run(work, self.tr("Salvaging…"))

    def _run(self, work: Callable[[Progress], tuple[Any, str]], label: str) -> None:
        if self.page is not None:
            self.page.set_busy(True)
        Operation(self.window, work, label=label).success(self._done).failure(
            self._failed).run()

    def _done(self, result: tuple[Any, str]) -> None:
        opened, text = result
        if self.page is not None:
            self.page.set_busy(False)
            self.page.show_result(text, ok=True)
        self._set_listed(False)
        self.recovered.emit(opened, text)
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
