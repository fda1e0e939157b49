"""The login dialog is up: the station's first page is loaded ahead on a thread.

Only modules are imported there (no widget is made off the GUI thread); see
services.warm_up for why.
"""

from __future__ import annotations

import threading

# The members page and what it imports: the register the window shows first.
UI_MODULES = ("unionstation.ui.page_context", "unionstation.ui.members.page",
              "unionstation.ui.station_pages", "unionstation.ui.recovery.backup_clock",
              "unionstation.ui.idle_lock")

_started: threading.Thread | None = None


def _warm_up() -> None:
    from unionstation.services.warm_up import warm_up

    warm_up(UI_MODULES)
    # PySide builds a class's enums on first use: the Qt namespace's ~95 take 15-20 ms,
    # which the register's first paint would otherwise pay on the GUI thread.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    _ = (Qt.AlignmentFlag.AlignLeft, QHeaderView.ResizeMode.Fixed,
         QAbstractItemView.SelectionBehavior.SelectRows)


def start_warm_up() -> threading.Thread:
    """Once per process; the thread is a daemon, so a closing window never waits on it."""
    global _started
    if _started is None:
        _started = threading.Thread(target=_warm_up, name="warm-up", daemon=True)
        _started.start()
    return _started
