"""Opens the county behind its window on the worker, puts the pages in, reports failures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from unionstation.county.home import CountyHome
from unionstation.county.service import County, CountyInfoView, StationView, open_county
from unionstation.ui.county.context import CountyContext, report
from unionstation.ui.county.window import CountyWindow
from unionstation.ui.dialogs import DialogService
from unionstation.ui.operations import Operation, Progress


def _open(home: CountyHome) -> tuple[County, CountyInfoView, list[StationView]]:
    """The county, its name and its stations (the stations page's first rows)."""
    county = open_county(home)
    try:
        return county, county.info(), county.stations()
    except Exception:
        county.close()
        raise


class CountyController(QObject):
    """`ready` fires once the window shows the county (or says why it could not)."""

    ready = Signal()

    def __init__(self, home: CountyHome, window: CountyWindow, dialogs: DialogService,
                 initial_page: str = "stations") -> None:
        super().__init__(window)
        self.home = home
        self.window = window
        self.dialogs = dialogs
        self.initial_page = initial_page
        self.county: County | None = None
        self.context: CountyContext | None = None

    @property
    def log_file(self) -> Path:
        return self.home.logs_dir / "unionstation.log"

    def start(self) -> None:
        home = self.home

        def work(_progress: Progress) -> tuple[County, CountyInfoView, list[StationView]]:
            return _open(home)

        Operation(self.window, work).success(self._opened).failure(self._failed).run()

    def _opened(self, opened: tuple[County, CountyInfoView, list[StationView]]) -> None:
        from unionstation.ui.county.intake import IntakePage
        from unionstation.ui.county.stations import StationsPage
        from unionstation.ui.county.views import CasesPage, CountyMembersPage, FiguresPage

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
        window.install_page("figures", FiguresPage(context, window))
        window.install_page("county-members", members_page)
        from unionstation.ui.county.homes import CountyHomesPage

        window.install_page("homes", CountyHomesPage(context, window))
        window.show_page(self.initial_page)
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self.window.show_failure(self.tr("County database not opened"))
        report(self.dialogs, exc, self.log_file)
        self.ready.emit()

    def shutdown(self) -> None:
        if self.county is not None:
            self.county.close()
            self.county = None
