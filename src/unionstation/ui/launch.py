"""Open the window: the instance lock, the QApplication, translations, then the station."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from unionstation.paths import StationHome, is_county_folder, resource_path
from unionstation.services.instance import AlreadyRunning, InstanceLock
from unionstation.ui.controller import AppController
from unionstation.ui.dialogs import DialogService
from unionstation.ui.i18n import install_translations
from unionstation.ui.main_window import MainWindow
from unionstation.ui.window_run import run_window

EXIT_RUNNING = 3


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
                 page: str = "members", credentials: tuple[str, str] | None = None,
                 ) -> tuple[MainWindow, AppController]:
    """`credentials` log in without the dialog (tests, and headless screenshots given
    $UNIONSTATION_USER and $UNIONSTATION_PASSWORD)."""
    window = MainWindow()
    service = dialogs if dialogs is not None else DialogService(window)
    controller = AppController(home, window, service, page, credentials)
    return window, controller


def _headless_credentials(headless: bool) -> tuple[str, str] | None:
    """Only a headless run (a screenshot, the start-up benchmark) logs in from the
    environment; an officer at the window always sees the login dialog."""
    import os

    user, password = os.environ.get("UNIONSTATION_USER"), os.environ.get(
        "UNIONSTATION_PASSWORD")
    return (user, password) if headless and user and password else None


BENCH_KEY_MS = 150  # an officer's pace at the keyboard
BENCH_OK_AFTER_MS = 300  # from the last key of the password to OK


def _typed_login(controller: AppController, exit_when_shown: bool) -> bool:
    """bench/startup.py's officer: with `$UNIONSTATION_BENCH_TYPING_MS`, the login dialog
    shows; that many milliseconds later the environment's login is chosen and its password
    typed a key each BENCH_KEY_MS, and OK pressed BENCH_OK_AFTER_MS after the last key
    ("ok" on stdout)."""
    import os

    typing = os.environ.get("UNIONSTATION_BENCH_TYPING_MS", "")
    credentials = _headless_credentials(exit_when_shown)
    if not (exit_when_shown and typing.isdigit() and credentials):
        return False
    login, password = credentials

    def press_ok() -> None:
        if controller.login_dialog is not None:
            print("ok", flush=True)
            controller.login_dialog.ok_button.click()

    def type_keys(rest: str) -> None:
        dialog = controller.login_dialog
        if dialog is None:
            return
        if not rest:
            QTimer.singleShot(BENCH_OK_AFTER_MS, press_ok)
            return
        dialog.password_edit.insert(rest[0])
        QTimer.singleShot(BENCH_KEY_MS, lambda: type_keys(rest[1:]))

    def start() -> None:
        if controller.login_dialog is not None:
            controller.login_dialog.officer_box.setCurrentText(login)
            type_keys(password)

    controller.ready.connect(lambda: QTimer.singleShot(int(typing), start)
                             if controller.login_dialog is not None else None)
    return True


def launch(home: StationHome, page: str = "members", screenshot: Path | None = None,
           lang: str = "zh", exit_when_shown: bool = False,
           after_show: Callable[[], None] | None = None,
           size: tuple[int, int] = (1280, 800)) -> int:
    """Run the window until it closes; returns the exit code.

    `exit_when_shown` (bench/startup.py) prints "shown" and "ready" on stdout as the
    window paints and as the station is loaded, then quits. A county data folder opens the
    county's window instead: it is never opened as a station.
    """
    if is_county_folder(home.root):
        from unionstation.county.home import CountyHome
        from unionstation.ui.county.launch import launch_county

        return launch_county(
            CountyHome(home.root), page, screenshot, lang, exit_when_shown, after_show, size,
            credentials=_headless_credentials(screenshot is not None or exit_when_shown))
    app = application(_chosen_language(home, lang))
    lock = InstanceLock(home)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        print(f"unionstation: {exc}", file=sys.stderr)
        if screenshot is None:
            DialogService().warn("UnionStation", str(exc))
        return EXIT_RUNNING
    try:
        typed = exit_when_shown and bool(os.environ.get("UNIONSTATION_BENCH_TYPING_MS"))
        window, controller = build_window(
            home, page=page, credentials=None if typed else _headless_credentials(
                screenshot is not None or exit_when_shown))
        _typed_login(controller, exit_when_shown)
        try:
            window.show_page(page)
        except KeyError:
            print(f"unionstation: no page named {page!r}", file=sys.stderr)
            return 2
        # importlib.metadata (tens of ms): once the login dialog or the station is up.
        controller.ready.connect(lambda: QTimer.singleShot(0, _set_version))
        return run_window(app, window, controller, log_home=home, screenshot=screenshot,
                          size=size, exit_when_shown=exit_when_shown, after_show=after_show,
                          grab_delay_ms=200, what="the window")
    finally:
        lock.release()


def _chosen_language(home: StationHome, lang: str) -> str:
    """The Settings page's choice, unless English was asked for on the command line."""
    if lang != "zh":
        return lang
    try:
        stored = home.language_file.read_text(encoding="utf-8").strip()
    except OSError:
        return lang
    return stored if stored in ("zh", "en") else lang


def _set_version() -> None:
    if QApplication.applicationVersion():
        return
    from unionstation import __version__  # importlib.metadata: after the window paints

    QApplication.setApplicationVersion(__version__)
