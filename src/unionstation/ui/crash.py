"""Uncaught exceptions in the window: logged with their traceback, never a raw dump.

The officer sees a short apology and where the log is (STYLE.md habit 7). In headless
runs (`--screenshot`, bench) the process ends with exit code 1 instead of hanging.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from unionstation.paths import StationHome

log = logging.getLogger(__name__)
_APOLOGY = QT_TRANSLATE_NOOP("Crash", "Sorry, something went wrong. Saved work is safe; "
                                      "details are in {0}.")


def install_excepthook(home: StationHome, apologise: Callable[[str], None] | None) -> None:
    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, exc, tb))
        if apologise is None:
            print(f"unionstation: internal error {kind.__name__}: {exc}", file=sys.stderr)
            QCoreApplication.exit(1)
            return
        text = QCoreApplication.translate("Crash", str(_APOLOGY))
        apologise(text.format(home.log_file))

    sys.excepthook = hook
