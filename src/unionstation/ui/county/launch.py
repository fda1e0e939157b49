"""Open the county's window on a county data folder (`unionstation --home COUNTY_DIR`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from unionstation.county.home import CountyHome
from unionstation.paths import StationHome
from unionstation.ui.county.controller import CountyController
from unionstation.ui.county.window import PAGE_KEYS, CountyWindow
from unionstation.ui.dialogs import DialogService
from unionstation.ui.window_run import run_window

STATION_DEFAULT_PAGE = "members"  # what --page means when not given


def build_county_window(home: CountyHome, dialogs: DialogService | None = None,
                        page: str = "stations", credentials: tuple[str, str] | None = None,
                        ) -> tuple[CountyWindow, CountyController]:
    """`credentials` log in without the dialog (headless screenshots only)."""
    window = CountyWindow()
    service = dialogs if dialogs is not None else DialogService(window)
    return window, CountyController(home, window, service, page, credentials)


def launch_county(home: CountyHome, page: str = "stations", screenshot: Path | None = None,
                  lang: str = "zh", exit_when_shown: bool = False,
                  after_show: Callable[[], None] | None = None,
                  size: tuple[int, int] = (1280, 800),
                  credentials: tuple[str, str] | None = None) -> int:
    """Run the county's window until it closes; returns the exit code."""
    from unionstation.ui.launch import application

    if not home.is_initialised():
        print(f"unionstation: {home.root} is not a county data folder", file=sys.stderr)
        return 2
    if page == STATION_DEFAULT_PAGE:
        page = "stations"
    if page not in PAGE_KEYS:
        print(f"unionstation: no county page named {page!r} (pages: {', '.join(PAGE_KEYS)})",
              file=sys.stderr)
        return 2
    app = application(lang)
    window, controller = build_county_window(home, page=page, credentials=credentials)
    window.show_page(page)
    # The county's log lives where a station's would: logs/unionstation.log in its folder.
    return run_window(app, window, controller, log_home=StationHome(home.root),
                      screenshot=screenshot, size=size, exit_when_shown=exit_when_shown,
                      after_show=after_show, grab_delay_ms=400, what="the county window")
