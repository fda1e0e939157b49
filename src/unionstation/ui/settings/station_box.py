"""The station's own details, the operator's name and the window's language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from unionstation.services.settings import SettingsService
from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.common import SettingsBox, button_row, muted


class StationBox(SettingsBox):
    """Name and county (synced to the county like any change); the code is fixed."""

    station_changed = Signal(str, str)  # name, operator

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The station"), context, parent)
        self.service = SettingsService(context.services, context.home)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("stationName")
        self.code_label = QLabel(self)
        self.code_label.setObjectName("stationCode")
        self.county_edit = QLineEdit(self)
        self.county_edit.setObjectName("countyName")
        self.operator_edit = QLineEdit(self)
        self.operator_edit.setObjectName("operatorName")
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("language")
        self.language_box.addItem("中文", "zh")
        self.language_box.addItem("English", "en")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveStation")
        self.save_button.clicked.connect(self.save)
        self.editors = [self.name_edit, self.county_edit, self.operator_edit,
                        self.language_box, self.save_button]
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Station code"), self.code_label)
        form.addRow("", muted(self.tr("The county knows the station by this code; to change "
                                      "it, ask the county federation."), self))
        form.addRow(self.tr("County federation"), self.county_edit)
        form.addRow(self.tr("Operator"), self.operator_edit)
        form.addRow("", muted(self.tr("The name that signs every change, until officers "
                                      "log in with their own accounts."), self))
        form.addRow(self.tr("Language"), self.language_box)
        form.addRow("", muted(self.tr("The language is used from the next start."), self))
        form.addRow("", button_row(self.save_button))
        form.addRow(self.message)

    def refresh(self) -> None:
        station = self.service.station()
        self.name_edit.setText(station.name)
        self.code_label.setText(station.division_code)
        self.county_edit.setText(station.county_name)
        self.operator_edit.setText(self.service.operator())
        self.language_box.setCurrentIndex(max(
            self.language_box.findData(self.service.language()), 0))
        self.lock_editors()

    def save(self) -> None:
        def change() -> None:
            station = self.service.update_station(self.name_edit.text(),
                                                  self.county_edit.text())
            self.context.station = station
            operator = self.service.set_operator(self.operator_edit.text())
            self.service.set_language(str(self.language_box.currentData()))
            self.station_changed.emit(station.name, operator)

        if self.attempt(change, self.tr("Saved. The new name goes to the county with the "
                                        "next report.")):
            self.refresh()
