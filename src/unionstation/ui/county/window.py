"""The county's main window: navigation, a stack of pages, a status bar. It only wires."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from unionstation.ui.navigation import navigation_list, place_beside
from unionstation.ui.style import ERROR_STYLE

PAGE_KEYS = ("stations", "intake", "cases", "figures", "county-members")


class CountyWindow(QMainWindow):
    page_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("UnionStation — county"))
        self.resize(1280, 800)
        titles = {
            "stations": self.tr("Stations"),
            "intake": self.tr("Intake"),
            "cases": self.tr("Cases"),
            "figures": self.tr("Figures"),
            "county-members": self.tr("All members"),
        }
        self.nav = navigation_list(self)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for key in PAGE_KEYS:
            self.nav.addItem(QListWidgetItem(titles[key]))
            page = self._placeholder()
            self.pages[key] = page
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._on_row)

        place_beside(self, self.nav, self.stack)

        self.county_label = QLabel(self)
        self.county_label.setObjectName("countyName")
        self.stations_label = QLabel(self)
        self.database_label = QLabel(self.tr("Opening the county's database…"), self)
        self.statusBar().addWidget(self.county_label)
        self.statusBar().addWidget(self.stations_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.nav.setCurrentRow(0)

    def _placeholder(self) -> QWidget:
        page = QWidget(self.stack)
        label = QLabel(self.tr("Opening…"), page)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(page).addWidget(label)
        return page

    def page_keys(self) -> list[str]:
        return list(PAGE_KEYS)

    def current_page(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def show_page(self, key: str) -> None:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def install_page(self, key: str, page: QWidget) -> None:
        old = self.pages[key]
        index = self.stack.indexOf(old)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[key] = page
        self.stack.setCurrentIndex(self.nav.currentRow())

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS):
            self.stack.setCurrentIndex(row)
            self.page_changed.emit(PAGE_KEYS[row])

    def show_county(self, name: str, code: str, database: str) -> None:
        self.setWindowTitle(self.tr("UnionStation — {0} (county)").format(name))
        self.county_label.setText(self.tr("County federation: {0} ({1})").format(name, code))
        self.database_label.setText(database)
        self.database_label.setStyleSheet("")

    def show_station_count(self, count: int) -> None:
        self.stations_label.setText(self.tr("Stations: {0}").format(count))

    def show_failure(self, text: str) -> None:
        self.database_label.setText(text)
        self.database_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
