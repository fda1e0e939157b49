"""The main window: navigation, a stack of pages, a status bar. It only wires.

Nothing here touches the `Qt` namespace: its first use builds ~130 enums (20 ms), which
the window need not pay before it paints (bench/startup.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from unionstation.ui.navigation import navigation_list, place_beside
from unionstation.ui.pages import PageSpec, PlaceholderPage, page_specs
from unionstation.ui.style import ERROR_STYLE


class MainWindow(QMainWindow):
    page_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("UnionStation"))
        self.resize(1280, 800)
        self._specs: list[PageSpec] = page_specs()
        self.nav = navigation_list(self)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for spec in self._specs:
            self.nav.addItem(QListWidgetItem(spec.title))
            page = PlaceholderPage(spec, self.stack)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._on_row)

        place_beside(self, self.nav, self.stack)

        self.station_label = QLabel(self)
        self.officer_label = QLabel(self)
        self.members_label = QLabel(self)
        self.database_label = QLabel(self.tr("Opening the database…"), self)
        for label in (self.station_label, self.officer_label, self.members_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.nav.setCurrentRow(0)

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def current_page(self) -> str:
        return self._specs[self.stack.currentIndex()].key

    def show_page(self, key: str) -> None:
        """`members`, or a sub-page such as `members/form` handled by the page itself."""
        top, _, sub = key.partition("/")
        keys = self.page_keys()
        if top not in keys:
            raise KeyError(top)
        self.nav.setCurrentRow(keys.index(top))
        page = self.pages[top]
        show_sub = getattr(page, "show_sub", None)
        if callable(show_sub):
            show_sub(sub)

    def install_page(self, key: str, page: QWidget) -> None:
        """Put a working page in place of the placeholder once the station is open."""
        old = self.pages[key]
        index = self.stack.indexOf(old)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[key] = page
        self.stack.setCurrentIndex(self.nav.currentRow())

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.stack.setCurrentIndex(row)
            self.page_changed.emit(self._specs[row].key)

    def show_station(self, name: str, division_code: str, officer: str,
                     active_members: int | None) -> None:
        self.setWindowTitle(self.tr("UnionStation — {0}").format(name))
        self.station_label.setText(self.tr("Station: {0} ({1})").format(name, division_code))
        self.officer_label.setText(self.tr("Officer: {0}").format(officer))
        self.members_label.setText(
            "" if active_members is None
            else self.tr("Active members: {0}").format(active_members)
        )
        for page in self.pages.values():
            if isinstance(page, PlaceholderPage):
                page.set_station(name)

    def show_database_state(self, text: str, healthy: bool) -> None:
        self.database_label.setText(text)
        self.database_label.setStyleSheet("" if healthy else ERROR_STYLE + " font-weight: bold;")
