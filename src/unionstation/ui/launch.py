"""Open the window: the instance lock, the QApplication, translations, then the station."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from unionstation.paths import StationHome, resource_path
from unionstation.store.lock import AlreadyRunning, InstanceLock
from unionstation.ui.controller import AppController
from unionstation.ui.crash import install_excepthook
from unionstation.ui.dialogs import DialogService
from unionstation.ui.i18n import install_translations
from unionstation.ui.main_window import MainWindow
from unionstation.ui.operations import wait_for_workers

EXIT_RUNNING = 3
HEADLESS_LIMIT_MS = 90_000


def application(lang: str = "zh") -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("UnionStation")
    install_translations(app, lang)
    _add_bundled_fonts()
    return app


def _add_bundled_fonts() -> None:
    """Fonts the officer put in resources/fonts; otherwise the system's CJK font serves."""
    folder = resource_path("fonts")
    if folder.is_dir():
        for font in sorted(folder.iterdir()):
            if font.suffix.lower() in {".ttf", ".ttc", ".otf"}:
                QFontDatabase.addApplicationFont(str(font))


def build_window(home: StationHome, dialogs: DialogService | None = None,
                 page: str = "members") -> tuple[MainWindow, AppController]:
    window = MainWindow()
    service = dialogs if dialogs is not None else DialogService(window)
    controller = AppController(home, window, service, page)
    return window, controller


def launch(home: StationHome, page: str = "members", screenshot: Path | None = None,
           lang: str = "zh", exit_when_shown: bool = False,
           after_show: Callable[[], None] | None = None,
           size: tuple[int, int] = (1280, 800)) -> int:
    """Run the window until it closes; returns the exit code.

    `exit_when_shown` (bench/startup.py) prints "shown" and "ready" on stdout as the
    window paints and as the station is loaded, then quits. A county data folder opens the
    county's window instead: it is never opened as a station.
    """
    from unionstation.county.home import CountyHome, is_county_home

    if is_county_home(home.root):
        from unionstation.ui.county.launch import launch_county

        return launch_county(CountyHome(home.root), page, screenshot, lang, exit_when_shown,
                             after_show, size)
    app = application(lang)
    lock = InstanceLock(home)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        print(f"unionstation: {exc}", file=sys.stderr)
        if screenshot is None:
            DialogService().warn("UnionStation", str(exc))
        return EXIT_RUNNING
    try:
        window, controller = build_window(home, page=page)
        try:
            window.show_page(page)
        except KeyError:
            print(f"unionstation: no page named {page!r}", file=sys.stderr)
            return 2
        headless = screenshot is not None or exit_when_shown
        install_excepthook(home, None if headless else (
            lambda text: controller.dialogs.warn(QApplication.applicationName(), text)))
        if headless:
            QTimer.singleShot(HEADLESS_LIMIT_MS, _give_up)
        if screenshot is not None:
            window.resize(*size)
            controller.ready.connect(lambda: QTimer.singleShot(200, lambda: _grab(window,
                                                                                 screenshot)))
        if exit_when_shown:
            QTimer.singleShot(0, lambda: print("shown", flush=True))
            controller.ready.connect(lambda: (print("ready", flush=True), QApplication.quit()))
        window.show()
        QTimer.singleShot(0, controller.start)
        QTimer.singleShot(0, _set_version)
        if after_show is not None:
            QTimer.singleShot(0, after_show)
        code = app.exec()
        wait_for_workers()
        controller.shutdown()
        return code
    finally:
        lock.release()


def _give_up() -> None:
    print("unionstation: the window did not get ready in time", file=sys.stderr)
    QApplication.exit(1)


def _set_version() -> None:
    from unionstation import __version__  # importlib.metadata: after the window paints

    QApplication.setApplicationVersion(__version__)


def _grab(window: MainWindow, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target), "PNG")
    QApplication.quit()
