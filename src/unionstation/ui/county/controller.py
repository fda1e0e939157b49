"""Opens the county behind its window on the worker, puts the pages in, reports failures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from unionstation.county.home import CountyHome
from unionstation.county.service import County, CountyInfoView, StationView, open_county
from unionstation.ui.county.context import CountyContext, report
from unionstation.ui.county.window import CountyWindow
from unionstation.ui.dialogs import DialogService
from unionstation.ui.operations import Operation, Progress

if TYPE_CHECKING:
    from unionstation.ui.login import LoginDialog


def _open(home: CountyHome, key: bytes | None = None,
          ) -> tuple[County, CountyInfoView, list[StationView]]:
    """The county, its name and its stations (the stations page's first rows)."""
    county = open_county(home, key=key)
    try:
        return county, county.info(), county.stations()
    except Exception:
        county.close()
        raise


class CountyController(QObject):
    """`ready` fires once the window shows the county (or says why it could not)."""

    ready = Signal()

    def __init__(self, home: CountyHome, window: CountyWindow, dialogs: DialogService,
                 initial_page: str = "stations",
                 credentials: tuple[str, str] | None = None) -> None:
        super().__init__(window)
        self.home = home
        self.window = window
        self.dialogs = dialogs
        self.initial_page = initial_page
        self.county: County | None = None
        self.context: CountyContext | None = None
        self.login_dialog: LoginDialog | None = None
        self._credentials = credentials

    @property
    def log_file(self) -> Path:
        return self.home.logs_dir / "unionstation.log"

    def start(self) -> None:
        """An encrypted county asks for a county officer's password first."""
        from unionstation.county.county_keyring import county_logins, has_county_keyring
        from unionstation.ui.login import LoginDialog

        if not has_county_keyring(self.home):
            self._open_with(None)
            return
        if self._credentials is not None:
            login, password = self._credentials
            self._credentials = None
            self._try_login(login, password)
            return
        dialog = LoginDialog(county_logins(self.home), self.window,
                             station=self.tr("County federation"))
        dialog.submitted.connect(self._try_login)
        dialog.rejected.connect(self.window.close)
        self.login_dialog = dialog
        dialog.open()
        self.ready.emit()

    def _try_login(self, login: str, password: str) -> None:
        from unionstation.county.officers import county_log_in

        home = self.home

        def work(_progress: Progress) -> tuple[County, CountyInfoView, list[StationView]]:
            county = county_log_in(home, login, password)
            try:
                return county, county.info(), county.stations()
            except Exception:
                county.close()
                raise

        Operation(self.window, work).success(self._logged_in).failure(
            self._login_failed).run()

    def _logged_in(self, opened: tuple[County, CountyInfoView, list[StationView]]) -> None:
        if self.login_dialog is not None:
            self.login_dialog.succeed()
            self.login_dialog = None
        self._opened(opened)

    def _login_failed(self, exc: BaseException) -> None:
        from unionstation.county.county_keyring import CountyLoginRefused
        from unionstation.services.login import LockedOut, LoginRefused

        if isinstance(exc, CountyLoginRefused | LoginRefused) and self.login_dialog is not None:
            self.login_dialog.refuse(str(exc), exc.seconds if isinstance(exc, LockedOut) else 0)
            return
        if self.login_dialog is not None:
            self.login_dialog.succeed()
            self.login_dialog = None
        self._failed(exc)

    def _open_with(self, key: bytes | None) -> None:
        home = self.home

        def work(_progress: Progress) -> tuple[County, CountyInfoView, list[StationView]]:
            return _open(home, key)

        Operation(self.window, work).success(self._opened).failure(self._failed).run()

    def _opened(self, opened: tuple[County, CountyInfoView, list[StationView]]) -> None:
        from unionstation.ui.county.figures import CountyFiguresPage
        from unionstation.ui.county.intake import IntakePage
        from unionstation.ui.county.stations import StationsPage
        from unionstation.ui.county.views import CasesPage, CountyMembersPage

        county, info, stations = opened
        self.county = county
        context = CountyContext(county, self.dialogs, self.log_file)
        self.context = context
        self.window.show_county(info.name, info.code, info.db_url_masked)
        window = self.window
        stations_page = StationsPage(context, info, window)
        members_page = CountyMembersPage(context, window)
        stations_page.refreshed.connect(lambda rows: window.show_station_count(len(rows)))
        stations_page.refreshed.connect(members_page.set_stations)
        stations_page.show_first(stations)
        window.install_page("stations", stations_page)
        window.install_page("intake", IntakePage(context, window))
        window.install_page("cases", CasesPage(context, window))
        window.install_page("figures", CountyFiguresPage(context, window))
        window.install_page("county-members", members_page)
        from unionstation.ui.county.homes import CountyHomesPage

        window.install_page("homes", CountyHomesPage(context, window))
        from unionstation.ui.county.admin import CountyAuditPage, CountyOfficersPage

        window.install_page("officers", CountyOfficersPage(context, window))
        window.install_page("audit", CountyAuditPage(context, window))
        window.apply_role(county.may, county.officer)
        page = self.initial_page
        if not window.page_allowed(page):
            page = next(k for k in window.page_keys() if window.page_allowed(k))
        window.show_page(page)
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self.window.show_failure(self.tr("County database not opened"))
        report(self.dialogs, exc, self.log_file)
        self.ready.emit()

    def shutdown(self) -> None:
        if self.county is not None:
            self.county.close()
            self.county = None
