"""The county's main window: navigation, a stack of pages, a status bar. It only wires."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from unionstation.ui.navigation import NavigatedWindow
from unionstation.ui.style import ERROR_STYLE

PAGE_KEYS = ("stations", "intake", "cases", "figures", "county-members", "homes")


class CountyWindow(NavigatedWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("UnionStation — county"))
        titles = {
            "stations": self.tr("Stations"),
            "intake": self.tr("Intake"),
            "cases": self.tr("Cases"),
            "figures": self.tr("Figures"),
            "county-members": self.tr("All members"),
            "homes": self.tr("Workers' homes"),
        }
        for key in PAGE_KEYS:
            self.add_page(key, titles[key], self._placeholder())

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

    def show_page(self, key: str) -> None:
        self.select_page(key)

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
