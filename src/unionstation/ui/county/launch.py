"""Open the county's window on a county data folder (`unionstation --home COUNTY_DIR`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from unionstation.county.home import CountyHome
from unionstation.paths import StationHome
from unionstation.ui.county.controller import CountyController
from unionstation.ui.county.window import PAGE_KEYS, CountyWindow
from unionstation.ui.crash import install_excepthook
from unionstation.ui.dialogs import DialogService
from unionstation.ui.operations import wait_for_workers

HEADLESS_LIMIT_MS = 90_000
STATION_DEFAULT_PAGE = "members"  # what --page means when not given


def build_county_window(home: CountyHome, dialogs: DialogService | None = None,
                        page: str = "stations") -> tuple[CountyWindow, CountyController]:
    window = CountyWindow()
    service = dialogs if dialogs is not None else DialogService(window)
    return window, CountyController(home, window, service, page)


def launch_county(home: CountyHome, page: str = "stations", screenshot: Path | None = None,
                  lang: str = "zh", exit_when_shown: bool = False,
                  after_show: Callable[[], None] | None = None,
                  size: tuple[int, int] = (1280, 800)) -> int:
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
    window, controller = build_county_window(home, page=page)
    window.show_page(page)
    headless = screenshot is not None or exit_when_shown
    # The county's log lives where a station's would: logs/unionstation.log in its folder.
    install_excepthook(StationHome(home.root), None if headless else (
        lambda text: controller.dialogs.warn(QApplication.applicationName(), text)))
    if headless:
        QTimer.singleShot(HEADLESS_LIMIT_MS, _give_up)
    if screenshot is not None:
        window.resize(*size)
        controller.ready.connect(lambda: QTimer.singleShot(400, lambda: _grab(window,
                                                                              screenshot)))
    if exit_when_shown:
        controller.ready.connect(lambda: (print("ready", flush=True), QApplication.quit()))
    window.show()
    QTimer.singleShot(0, controller.start)
    if after_show is not None:
        QTimer.singleShot(0, after_show)
    code = app.exec()
    wait_for_workers()
    controller.shutdown()
    return code


def _give_up() -> None:
    print("unionstation: the county window did not get ready in time", file=sys.stderr)
    QApplication.exit(1)


def _grab(window: CountyWindow, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target), "PNG")
    QApplication.quit()
