"""Windows and dialogs that fit the screen they open on (1280×800 and 1366×768 laptops,
less the taskbar), so their buttons are never below its edge."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager adds around a dialog: borders and the title bar.
FRAME = QSize(16, 40)


def available_size(widget: QWidget) -> QSize:
    """The room on the widget's screen, without the taskbar."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height), or less where the screen is smaller."""
    room = available_size(widget) - FRAME
    widget.resize(min(width, room.width()), min(height, room.height()))
    widget.setMaximumSize(max(room.width(), widget.minimumWidth()),
                          max(room.height(), widget.minimumHeight()))
