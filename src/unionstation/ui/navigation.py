"""The left-hand navigation beside a stack of pages, shared by the station's and the
county's windows."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

NAV_STYLE = (
    "QListWidget { font-size: 16px; border: none; outline: 0; background: #f3f4f6; }"
    "QListWidget::item { padding: 14px 18px; }"
    "QListWidget::item:selected { background: #c8102e; color: white; }"
)


def navigation_list(parent: QWidget) -> QListWidget:
    nav = QListWidget(parent)
    nav.setObjectName("navigation")
    nav.setFixedWidth(180)
    nav.setIconSize(QSize(20, 20))
    nav.setStyleSheet(NAV_STYLE)
    return nav


def place_beside(window: QMainWindow, nav: QListWidget, stack: QStackedWidget) -> None:
    """The navigation on the left, the pages filling the rest: the window's centre."""
    central = QWidget(window)
    layout = QHBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(nav)
    layout.addWidget(stack, 1)
    window.setCentralWidget(central)
