"""Running a top-level window (the station's or the county's) until it closes.

Both windows share the same headless options: `--screenshot` grabs the window once its
controller is ready, `exit_when_shown` (bench/startup.py) prints "shown" and "ready", and a
headless run that never gets ready gives up instead of hanging.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from unionstation.paths import StationHome
from unionstation.ui.crash import install_excepthook
from unionstation.ui.dialogs import DialogService
from unionstation.ui.operations import wait_for_workers, worker_pool

HEADLESS_LIMIT_MS = 90_000
IDLE_LIMIT_MS, IDLE_STEP_MS = 20_000, 100


class WindowController(Protocol):
    @property
    def ready(self) -> SignalInstance: ...

    @property
    def dialogs(self) -> DialogService: ...

    def start(self) -> None: ...

    def shutdown(self) -> None: ...


def run_window(app: QApplication, window: QWidget, controller: WindowController, *,
               log_home: StationHome, screenshot: Path | None, size: tuple[int, int],
               exit_when_shown: bool, after_show: Callable[[], None] | None,
               grab_delay_ms: int, what: str) -> int:
    """Show `window`, start its controller and run the event loop; returns the exit code."""
    headless = screenshot is not None or exit_when_shown
    install_excepthook(log_home, None if headless else (
        lambda text: controller.dialogs.warn(QApplication.applicationName(), text)))
    if headless:
        QTimer.singleShot(HEADLESS_LIMIT_MS, lambda: _give_up(what))
    if screenshot is not None:
        target = screenshot
        window.resize(*size)
        controller.ready.connect(
            lambda: QTimer.singleShot(grab_delay_ms, lambda: _grab_when_idle(window, target)))
    if exit_when_shown:
        QTimer.singleShot(0, lambda: print("shown", flush=True))
        rows_shown = getattr(controller, "rows_shown", None)
        if rows_shown is not None:  # the station's window: its register's rows painted
            rows_shown.connect(lambda: print("rows", flush=True))
        # A typed login (bench/startup.py) goes on past the login dialog's "ready".
        typed = bool(os.environ.get("UNIONSTATION_BENCH_TYPING_MS"))
        controller.ready.connect(lambda: (print("ready", flush=True), None if typed and getattr(
            controller, "login_dialog", None) is not None else QApplication.quit()))
    window.show()
    QTimer.singleShot(0, controller.start)
    if after_show is not None:
        QTimer.singleShot(0, after_show)
    code = app.exec()
    wait_for_workers()
    controller.shutdown()
    return code


def _give_up(what: str) -> None:
    print(f"unionstation: {what} did not get ready in time", file=sys.stderr)
    QApplication.exit(1)


def _grab_when_idle(window: QWidget, target: Path, waited_ms: int = 0) -> None:
    """Grab once the page's work on the worker is done and its results painted (a page
    that reads its figures on showing), waiting at most IDLE_LIMIT_MS."""
    if worker_pool().activeThreadCount() and waited_ms < IDLE_LIMIT_MS:
        QTimer.singleShot(IDLE_STEP_MS, lambda: _grab_when_idle(window, target,
                                                                waited_ms + IDLE_STEP_MS))
        return
    QTimer.singleShot(IDLE_STEP_MS, lambda: _grab(window, target))


def _grab(window: QWidget, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target), "PNG")
    QApplication.quit()
