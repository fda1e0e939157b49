"""Reporting: the county's address, automatic upload, and the two key fingerprints."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from unionstation.domain.permissions import Action
from unionstation.sync.station_settings import SyncSettings
from unionstation.sync.station_sync import SyncService
from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.common import SettingsBox, button_row
from unionstation.ui.sync.texts import grouped


class SyncBox(SettingsBox):
    auto_upload_changed = Signal(bool)  # the window's uploader follows it at once

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reporting to the county"), context, parent)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("countyUrl")
        self.url_edit.setPlaceholderText("https://…")
        self.auto_box = QCheckBox(self.tr("Upload by itself whenever the county answers"), self)
        self.auto_box.setObjectName("autoUpload")
        self.station_key = QLabel(self)
        self.station_key.setObjectName("stationKey")
        self.county_key = QLabel(self)
        self.county_key.setObjectName("countyKey")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveSync")
        self.save_button.clicked.connect(self.save)
        self.editors = [self.url_edit, self.auto_box, self.save_button]
        form = QFormLayout(self)
        form.addRow(self.tr("County server"), self.url_edit)
        form.addRow("", self.auto_box)
        form.addRow("", button_row(self.save_button))
        form.addRow(self.tr("This station's key"), self.station_key)
        form.addRow(self.tr("County's key"), self.county_key)
        form.addRow(self.message)

    def sync(self) -> SyncService:
        return SyncService(self.context.services, self.context.home)

    def refresh(self) -> None:
        status = self.sync().status()
        self.url_edit.setText(status.county_url)
        self.auto_box.setChecked(SyncSettings(self.context.services).auto_upload())
        self.station_key.setText(grouped(status.fingerprint) if status.fingerprint
                                 else self.tr("not made yet (made when the county's "
                                              "enrolment file is imported)"))
        enrolment = self.sync().enrolment()
        self.county_key.setText(grouped(enrolment.signing_fingerprint) if enrolment
                                else self.tr("no enrolment file imported yet"))
        self.lock_editors()

    def save(self) -> None:
        def change() -> None:
            self.context.services.require(Action.SETTINGS_EDIT, "sync")
            self.sync().set_county_url(self.url_edit.text())  # a SyncError is a UserError
            SyncSettings(self.context.services).set_auto_upload(self.auto_box.isChecked())

        if self.attempt(change, self.tr("Saved.")):
            self.auto_upload_changed.emit(self.auto_box.isChecked())
