"""The station's working pages, put in place of their placeholders in two steps.

The members page comes first, so the register's rows paint as soon as the store is open;
the other pages (hardship, homes, sync, settings, reports, officers, audit) follow once the
rows are on screen (bench/startup.py), unless the window opens on one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from unionstation.ui.main_window import MainWindow
from unionstation.ui.page_context import PageContext

if TYPE_CHECKING:
    from unionstation.ui.members.page import MembersPage
    from unionstation.ui.sync.uploader import CountyUploader

REST_AFTER_MS = 30  # the uploader's first read waits as the register's after-paint loads
REST_AT_THE_LATEST_MS = 500


class StationPages(QObject):
    """Installs the pages; `installed` fires once every page is in place."""

    installed = Signal()
    restore_requested = Signal(object)  # a backup's Path, from the Settings page
    station_renamed = Signal(str, str)  # name, officer
    idle_minutes_changed = Signal(int)  # from the Settings page's security box

    def __init__(self, window: MainWindow, context: PageContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.uploader: CountyUploader | None = None
        self.members: MembersPage | None = None
        self._done = False
        self._cancelled = False
        self._rows_shown: Callable[[], None] | None = None

    def install(self, first_page: str, rows_shown: Callable[[], None]) -> None:
        """The members page now; the rest once the register's rows have painted (now, if
        the window opens on another page). `rows_shown` is called after that paint."""
        from unionstation.ui.members.page import MembersPage

        self.members = MembersPage(self.context, self.window)
        self.window.install_page("members", self.members)
        self._rows_shown = rows_shown
        if first_page.partition("/")[0] not in ("members", ""):
            self._install_rest()
            QTimer.singleShot(0, self, rows_shown)
            return
        self.members.register.table.viewport().installEventFilter(self)
        # A window that never paints (hidden, in a test) gets its pages all the same.
        QTimer.singleShot(REST_AT_THE_LATEST_MS, self, self._painted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._painted)
        return False

    def _painted(self) -> None:
        if self._rows_shown is not None:
            shown, self._rows_shown = self._rows_shown, None
            shown()
            QTimer.singleShot(0, self, self._install_rest)

    def _install_rest(self) -> None:
        from unionstation.ui.hardship.page import HardshipPage
        from unionstation.ui.homes.page import HomesPage
        from unionstation.ui.reports.page import ReportsPage
        from unionstation.ui.security_pages import install_security_pages
        from unionstation.ui.settings.page import SettingsPage
        from unionstation.ui.sync.wiring import install_sync

        if self.members is None or self._done:
            return
        self._done = True
        window, context = self.window, self.context
        install_security_pages(window, context)
        window.install_page("hardship", HardshipPage(context, window))
        window.install_page("homes", HomesPage(context, window))
        sync_page, self.uploader = install_sync(window, context, self.members.register.detail)
        window.install_page("sync", sync_page)
        settings = SettingsPage(context, window)
        window.install_page("settings", settings)
        settings.backups.restore_requested.connect(self.restore_requested)
        settings.station.station_changed.connect(self.station_renamed)
        settings.sync.auto_upload_changed.connect(self._auto_upload)
        settings.security.idle_minutes_changed.connect(self.idle_minutes_changed)
        window.install_page("reports", ReportsPage(context, window))
        # The uploader's first status read queues on the worker behind the pages' loads.
        QTimer.singleShot(REST_AFTER_MS, self, self._start_uploader)
        self.installed.emit()

    def cancel(self) -> None:
        """The window closes: what is still to come does not."""
        self._done = self._cancelled = True
        self._rows_shown = None

    def _auto_upload(self, on: bool) -> None:
        if self.uploader is None:
            return
        self.uploader.automatic = on
        if on:
            self.uploader.try_now()

    def _start_uploader(self) -> None:
        if self.uploader is not None and not self._cancelled:
            from unionstation.sync.station_settings import SyncSettings

            self.uploader.automatic = SyncSettings(self.context.services).auto_upload()
            if self.uploader.automatic:
                self.uploader.start()

