"""The county's stations: who is enrolled, whose key is registered, what has arrived.

Enrol a station (its enrolment file is saved for the station to import), register the key
file a station sends back after both sides read the fingerprint by phone, revoke the keys of
a lost laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.county.rebase import RebaseMade, make_rebase_file
from unionstation.county.service import CountyInfoView, StationView
from unionstation.domain.permissions import Action
from unionstation.services.errors import UserError
from unionstation.sync.atomic import write_atomic
from unionstation.sync.documents import StationKeyFile, enrolment_file_name, read_station_key
from unionstation.ui.county.context import CountyContext
from unionstation.ui.dialogs import with_suffix
from unionstation.ui.members.drive_models import Column, RowsModel
from unionstation.ui.operations import Progress
from unionstation.ui.style import error_label, title_label
from unionstation.ui.sync.texts import grouped, read_small, when_text
from unionstation.ui.tables import read_only_table

ENROLMENT_SUFFIX = ".enrol"
REBASE_SUFFIX = ".rebase"


class EnrolStationDialog(QDialog):
    """Code and name; `submitted(code, name)` keeps it open until the county has said yes."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol station"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("stationCode")
        self.code_edit.setPlaceholderText(self.tr("e.g. 330106001 (division code)"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("stationName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Xihu Street Federation of Trade Unions"))
        self.error = error_label(self, "enrolError")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Station code"), self.code_edit)
        form.addRow(self.tr("Station name"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The county issues the station an enrolment file with "
                                        "its code and the county's keys."), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        code, name = self.code_edit.text().strip(), self.name_edit.text().strip()
        if not code or not name:
            self.show_error(self.tr("Enter the station's code and name."))
            return
        self.show_error("")
        self.submitted.emit(code, name)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class StationsPage(QWidget):
    """`refreshed(list[StationView])` each time the table is fresh."""

    refreshed = Signal(object)

    def __init__(self, context: CountyContext, info: CountyInfoView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-stations")
        self.context = context
        self.enrol_dialog: EnrolStationDialog | None = None
        self._rows_fresh = False
        heading = title_label(self, self.tr("Stations"))
        key = QLabel(self.tr("County key fingerprint (stations check it by phone when they "
                             "import their enrolment file): {0}").format(
            grouped(info.signing_fingerprint)), self)
        key.setObjectName("countyFingerprint")
        key.setWordWrap(True)

        self.enrol_button = QPushButton(self.tr("Enrol station…"), self)
        self.enrol_button.setObjectName("enrolStation")
        self.enrol_button.clicked.connect(self.ask_enrolment)
        self.register_button = QPushButton(self.tr("Register station key…"), self)
        self.register_button.setObjectName("registerKey")
        self.register_button.clicked.connect(self.register_key)
        self.revoke_button = QPushButton(self.tr("Revoke key"), self)
        self.revoke_button.setObjectName("revokeKey")
        self.revoke_button.clicked.connect(self.revoke)
        self.rebase_button = QPushButton(self.tr("Make re-base file…"), self)
        self.rebase_button.setObjectName("makeRebase")
        self.rebase_button.setToolTip(self.tr(
            "The county's copy of every record of the selected station and how far the county "
            "has applied its changes: for a station restored from an old backup, or rebuilt "
            "on a new laptop."))
        self.rebase_button.clicked.connect(self.make_rebase)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.enrol_button, self.register_button, self.revoke_button,
                       self.rebase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        self.model: RowsModel[StationView] = RowsModel([
            Column(self.tr("Code"), lambda s: s.code),
            Column(self.tr("Station name"), lambda s: s.name),
            Column(self.tr("Key fingerprint"),
                   lambda s: s.fingerprint or self.tr("not registered")),
            Column(self.tr("Revoked"), lambda s: self.tr("revoked") if s.revoked else ""),
            Column(self.tr("Applied through"), lambda s: str(s.applied_through), numeric=True),
            Column(self.tr("Last batch"), lambda s: when_text(s.last_batch_at, "—")),
            Column(self.tr("Parked"), lambda s: str(s.parked), numeric=True),
            Column(self.tr("Members"), lambda s: str(s.members), numeric=True),
        ], self, muted=lambda s: s.revoked)
        self.table = read_only_table(self, self.model, "stationsTable", 1, single=True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(key)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._selection_changed()

    def show_first(self, stations: list[StationView]) -> None:
        """The rows read as the county opened: a showing that follows at once (before the
        event loop turns) does not read them again; a later one does."""
        self._rows_fresh = True
        QTimer.singleShot(0, self, self._rows_aged)
        self._show(stations)

    def _rows_aged(self) -> None:
        self._rows_fresh = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._rows_fresh:
            self._rows_fresh = False
            return
        self.refresh()

    def refresh(self) -> None:
        county = self.context.county
        self.context.run(self, lambda _p: county.stations(), self._show)

    def _show(self, stations: list[StationView]) -> None:
        selected = self.selected()
        self.model.set_rows(stations)
        if selected is not None:
            self.select(selected.code)
        self._selection_changed()
        self.refreshed.emit(stations)

    def selected(self) -> StationView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, code: str) -> None:
        for row, station in enumerate(self.model.rows()):
            if station.code == code:
                self.table.selectRow(row)

    def apply_permissions(self, may: Callable[[Action], bool]) -> None:
        """Stations and their keys are the county admin's (COUNTY_MANAGE)."""
        for button in (self.enrol_button, self.register_button, self.revoke_button,
                       self.rebase_button):
            button.setVisible(may(Action.COUNTY_MANAGE))

    def _selection_changed(self, *_args: object) -> None:
        station = self.selected()
        self.revoke_button.setEnabled(station is not None and station.key_id is not None
                                      and not station.revoked)
        self.rebase_button.setEnabled(station is not None)

    # -- enrolling a station --------------------------------------------------------------

    def ask_enrolment(self) -> None:
        dialog = EnrolStationDialog(self)
        dialog.submitted.connect(self._enrol)
        self.enrol_dialog = dialog
        dialog.open()

    def _enrol(self, code: str, name: str) -> None:
        dialog = self.enrol_dialog
        county = self.context.county

        def failed(exc: BaseException) -> None:
            if dialog is not None and isinstance(exc, UserError):
                dialog.show_error(str(exc))  # a bad code or name: put it right in the dialog
                return
            self.context.report(exc)

        self.context.run(self, lambda _p: county.enrol_station(code, name),
                         lambda data: self._save_enrolment(code, data), failed=failed)

    def _save_enrolment(self, code: str, data: bytes) -> None:
        if self.enrol_dialog is not None:
            self.enrol_dialog.accept()
            self.enrol_dialog = None
        self.refresh()
        path = self.context.dialogs.save_file(
            self.tr("Save enrolment file"), self.tr("Enrolment files (*.enrol)"),
            enrolment_file_name(code))
        if path is None:
            return
        path = with_suffix(path, ENROLMENT_SUFFIX)

        def save(_progress: Progress) -> Path:
            write_atomic(path, data)
            return path

        self.context.run(self, save, self._enrolment_saved)

    def _enrolment_saved(self, path: Path) -> None:
        self.context.dialogs.inform(
            self.tr("Enrol station"),
            self.tr("Saved {0}. Give it to the station. When they import it, read them the "
                    "county key fingerprint by phone; then register the station key file "
                    "they send back.").format(path))

    # -- keys -----------------------------------------------------------------------------------

    def register_key(self) -> None:
        path = self.context.dialogs.open_file(
            self.tr("Register station key"),
            self.tr("Station key files (*.key);;All files (*)"))
        if path is None:
            return

        def read(_progress: Progress) -> tuple[bytes, StationKeyFile]:
            data = read_small(path)
            return data, read_station_key(data)

        self.context.run(self, read, self._confirm_key)

    def _confirm_key(self, read: tuple[bytes, StationKeyFile]) -> None:
        data, document = read
        if not self.context.dialogs.confirm(
            self.tr("Register station key"),
            self.tr("Station {0} ({1}) sent a key with the fingerprint:\n{2}\n\n"
                    "Ask the station to read theirs by phone. Register the key only if "
                    "the two are the same. Register it?").format(
                document.station_code, document.station_name, grouped(document.fingerprint))):
            return
        county = self.context.county
        self.context.run(self, lambda _p: county.register_station_key(data), self._registered)

    def _registered(self, station: StationView) -> None:
        self.refresh()
        self.context.dialogs.inform(
            self.tr("Register station key"),
            self.tr("The key of station {0} ({1}) is registered; its batches are accepted "
                    "now.").format(station.code, station.name))

    def revoke(self) -> None:
        station = self.selected()
        if station is None:
            return
        if not self.context.dialogs.confirm(
            self.tr("Revoke key"),
            self.tr("Revoke every key of station {0} ({1})? Its batches are refused until it "
                    "registers a new key. Use this when a laptop is lost.").format(
                station.code, station.name)):
            return
        county = self.context.county
        self.context.run(self, lambda _p: county.revoke_key(station.code), self._revoked)

    def _revoked(self, count: int) -> None:
        self.refresh()
        self.context.dialogs.inform(self.tr("Revoke key"),
                                    self.tr("{0} key(s) revoked.").format(count))

    # -- re-base files ------------------------------------------------------------------------

    def make_rebase(self) -> None:
        station = self.selected()
        if station is None:
            return
        path = self.context.dialogs.save_file(
            self.tr("Make re-base file"), self.tr("Re-base files (*.rebase)"),
            f"US1REBASE_{station.code}{REBASE_SUFFIX}")
        if path is None:
            return
        path = with_suffix(path, REBASE_SUFFIX)
        county = self.context.county
        self.context.run(self, lambda _p: make_rebase_file(county, station.code, path),
                         self._rebase_made, label=self.tr("Writing the re-base file…"))

    def _rebase_made(self, made: tuple[RebaseMade, Path]) -> None:
        rebase, path = made
        self.refresh()
        self.context.dialogs.inform(
            self.tr("Make re-base file"),
            self.tr("Saved {0}: {1} records of station {2}, {3} active members; the county has "
                    "applied its changes through no. {4}.\n\nRead this one-time code to the "
                    "station by phone (never send it with the file):\n{5}\n\nThe station "
                    "imports the file on its Reporting page (Re-base from the county).").format(
                path, rebase.records, rebase.station_code, rebase.members,
                rebase.applied_through, rebase.code))
