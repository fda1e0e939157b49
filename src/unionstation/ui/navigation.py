"""The left-hand navigation beside a stack of pages: the frame of the station's and the
county's windows alike. Pages start as placeholders and are swapped for the working
page once the data folder is open."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

NAV_STYLE = (
    "QListWidget { font-size: 16px; border: none; outline: 0; background: #f3f4f6; }"
    "QListWidget::item { padding: 14px 18px; }"
    "QListWidget::item:selected { background: #c8102e; color: white; }"
)


class NavigatedWindow(QMainWindow):
    """A main window whose pages are chosen from a list on the left, by key."""

    page_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.resize(1280, 800)
        self._keys: list[str] = []
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self._on_row)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def add_page(self, key: str, title: str, page: QWidget) -> None:
        self._keys.append(key)
        self.nav.addItem(QListWidgetItem(title))
        self.pages[key] = page
        self.stack.addWidget(page)

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def current_page(self) -> str:
        return self._keys[self.stack.currentIndex()]

    def select_page(self, key: str) -> QWidget:
        """Show the page `key` (KeyError when there is none) and return it."""
        if key not in self._keys:
            raise KeyError(key)
        self.nav.setCurrentRow(self._keys.index(key))
        return self.pages[key]

    def install_page(self, key: str, page: QWidget) -> None:
        """Put a working page in place of the placeholder once the data is open."""
        old = self.pages[key]
        index = self.stack.indexOf(old)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[key] = page
        self.stack.setCurrentIndex(self.nav.currentRow())

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.stack.setCurrentIndex(row)
            self.page_changed.emit(self._keys[row])
