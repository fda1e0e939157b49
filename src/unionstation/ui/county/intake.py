"""Intake: the stations' batch files from a USB stick or a folder, imported one by one on the
worker with progress and cancel, each with what became of it (its own result, and under it
the parked batches its import let through, each named by its own file); the receipts
written to a folder for the stations to take back; the county's alerts below."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from unionstation.county.batch_files import batch_files
from unionstation.county.intake import APPLIED, DUPLICATE, PARKED, REFUSED
from unionstation.county.service import AlertRow, County, IntakeOutcome
from unionstation.ui.county.context import CountyContext
from unionstation.ui.members.drive_models import Column, RowsModel
from unionstation.ui.operations import Progress
from unionstation.ui.style import title_label
from unionstation.ui.sync.texts import when_text
from unionstation.ui.tables import read_only_table


@dataclass(frozen=True)
class FileOutcome:
    """What became of one batch: a file imported, or a parked batch it let through."""

    path: Path  # the batch's own file (Path() when the county did not note it)
    result: str  # applied | duplicate | parked | refused
    reason: str = ""
    released_by: Path | None = None  # for a parked batch: the file whose import let it through
    station: str = ""

    @property
    def was_parked(self) -> bool:
        return self.released_by is not None


@dataclass
class IntakeReport:
    """`files`: each file's own result; `released`: the parked batches they let through."""

    files: list[FileOutcome] = field(default_factory=list)
    released: list[FileOutcome] = field(default_factory=list)
    acks: list[Path] = field(default_factory=list)
    cancelled: bool = False

    def count(self, result: str) -> int:
        return sum(1 for outcome in self.files if outcome.result == result)

    def count_released(self, result: str) -> int:
        return sum(1 for outcome in self.released if outcome.result == result)

    def rows(self) -> list[FileOutcome]:
        """Each file, then the parked batches its import let through."""
        rows: list[FileOutcome] = []
        for outcome in self.files:
            rows.append(outcome)
            rows.extend(each for each in self.released if each.released_by == outcome.path)
        return rows


def _released(outcome: IntakeOutcome, by: Path) -> FileOutcome:
    source = outcome.source  # the file it was parked from, or at least its file name
    reason = outcome.reason if outcome.status == REFUSED else ""
    return FileOutcome(Path(source) if source else Path(), outcome.status, reason, by,
                       outcome.station_code)


def import_files(county: County, paths: list[Path], acks_to: Path | None,
                 progress: Progress) -> IntakeReport:
    """One file at a time, so the officer sees progress and can stop between files."""
    files = batch_files(paths)
    report = IntakeReport()
    for item in county.import_files(_announced(files, progress, report), acks_to,
                                    acks_beside=True):
        if isinstance(item.outcome, OSError):
            report.files.append(FileOutcome(item.path, REFUSED, QCoreApplication.translate(
                "IntakePage", "The file could not be read: {0}").format(
                item.outcome.strerror or item.outcome)))
            continue
        outcome = item.outcome
        report.files.append(FileOutcome(item.path, outcome.status, outcome.reason
                                        if outcome.status == REFUSED else "",
                                        station=outcome.station_code))
        report.released.extend(_released(each, item.path) for each in outcome.released)
        report.acks.extend(item.acks)
    progress.report(len(files), len(files))
    return report


def _announced(files: list[Path], progress: Progress, report: IntakeReport) -> Iterator[Path]:
    """The files, each shown in the progress before its import; none after a cancel."""
    for done, path in enumerate(files):
        if progress.cancelled:
            report.cancelled = True
            return
        progress.report(done, len(files), path.name)
        yield path


class IntakePage(QWidget):
    """`imported(IntakeReport)` after each intake."""

    imported = Signal(object)

    def __init__(self, context: CountyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-intake")
        self.context = context
        self.acks_folder: Path | None = None
        heading = title_label(self, self.tr("Intake of batch files"))
        hint = QLabel(self.tr(
            "Import the batch files (*.usb) the stations bring on a USB stick. Each file is "
            "checked before anything changes; a file imported twice changes nothing. A "
            "receipt is written for each batch: give it back to the station."), self)
        hint.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Import a folder…"), self)
        self.folder_button.setObjectName("importFolder")
        self.folder_button.clicked.connect(self.import_folder)
        self.files_button = QPushButton(self.tr("Import files…"), self)
        self.files_button.setObjectName("importFiles")
        self.files_button.clicked.connect(self.import_chosen_files)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.files_button)
        buttons.addStretch(1)

        self.acks_label = QLabel(self)
        self.acks_label.setObjectName("acksFolder")
        self.acks_label.setWordWrap(True)
        self.acks_button = QPushButton(self.tr("Choose…"), self)
        self.acks_button.clicked.connect(self.choose_acks_folder)
        self.acks_beside_button = QPushButton(self.tr("Beside the batch files"), self)
        self.acks_beside_button.clicked.connect(lambda: self.set_acks_folder(None))
        acks = QHBoxLayout()
        acks.addWidget(self.acks_button)
        acks.addWidget(self.acks_beside_button)
        acks.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setObjectName("intakeSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.results: RowsModel[FileOutcome] = RowsModel([
            Column(self.tr("File"), self.file_text),
            Column(self.tr("Result"), self.result_text),
            Column(self.tr("Reason"), self.reason_text),
        ], self, muted=lambda row: row.result == DUPLICATE)
        self.results_view = read_only_table(self, self.results, "intakeResults", 2, wrap=True)

        alerts_box = QGroupBox(self.tr("Alerts"), self)
        self.alerts: RowsModel[AlertRow] = RowsModel([
            Column(self.tr("Time"), lambda row: when_text(row.at, "")),
            Column(self.tr("Station"), lambda row: row.station_code),
            Column(self.tr("Kind"), lambda row: self.alert_kind_text(row.kind)),
            Column(self.tr("Detail"), lambda row: row.detail),
        ], self)
        self.alerts_view = read_only_table(self, self.alerts, "countyAlerts", 3, wrap=True)
        self.no_alerts = QLabel(self.tr("No alerts: no batch has been refused."), alerts_box)
        self.no_alerts.setStyleSheet("color: #555;")
        alerts_layout = QVBoxLayout(alerts_box)
        alerts_layout.addWidget(self.no_alerts)
        alerts_layout.addWidget(self.alerts_view, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.acks_label)
        layout.addLayout(acks)
        layout.addWidget(self.summary)
        layout.addWidget(self.results_view, 1)
        self.filler = QWidget(self)  # holds the space the results take once there are some
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.filler, 1)
        layout.addWidget(alerts_box)
        self.alerts_view.setMaximumHeight(220)
        self.results_view.hide()
        self.alerts_view.hide()
        self.set_acks_folder(None)

    def file_text(self, row: FileOutcome) -> str:
        """A parked batch let through shows under the file that let it, indented."""
        if not row.was_parked:
            return row.path.name
        return "    ↳ " + (row.path.name or self.tr("a parked batch of station {0}").format(
            row.station))

    def result_text(self, row: FileOutcome) -> str:
        if row.was_parked:
            if row.result == APPLIED:
                return self.tr("Parked earlier, applied now")
            if row.result == DUPLICATE:
                return self.tr("Parked earlier, already imported")
            if row.result == REFUSED:
                return self.tr("Parked earlier, refused now")
        if row.result == APPLIED:
            return self.tr("Applied")
        if row.result == DUPLICATE:
            return self.tr("Already imported")
        if row.result == PARKED:
            return self.tr("Parked: an earlier batch is missing")
        return self.tr("Refused")

    def reason_text(self, row: FileOutcome) -> str:
        if row.was_parked and row.result != REFUSED and row.released_by is not None:
            return self.tr("Let through by {0}").format(row.released_by.name)
        return row.reason

    def alert_kind_text(self, kind: str) -> str:
        """The refusal codes of county intake, in words."""
        words = {
            "unknown_station": self.tr("Unknown station"),
            "unknown_key": self.tr("Key not registered"),
            "revoked_key": self.tr("Revoked key"),
            "bad_signature": self.tr("Bad signature"),
            "damaged": self.tr("Damaged file"),
            "too_large": self.tr("File too large"),
            "wrong_key": self.tr("Made for another county"),
            "conflicting_duplicate": self.tr("Same changes, different content"),
            "bad_hash": self.tr("Checksum does not match"),
        }
        return words.get(kind, kind)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_alerts()

    def refresh_alerts(self) -> None:
        county = self.context.county
        self.context.run(self, lambda _p: county.alerts(500), self._show_alerts)

    def _show_alerts(self, rows: list[AlertRow]) -> None:
        self.alerts.set_rows(rows)
        self.alerts_view.resizeRowsToContents()
        self.alerts_view.setVisible(bool(rows))
        self.no_alerts.setVisible(not rows)

    # -- choosing ------------------------------------------------------------------------------

    def set_acks_folder(self, folder: Path | None) -> None:
        self.acks_folder = folder
        self.acks_label.setText(
            self.tr("Receipts go to: {0}").format(folder) if folder is not None
            else self.tr("Receipts go to: the folder of each batch file (back onto the "
                         "stick)"))
        self.acks_beside_button.setEnabled(folder is not None)

    def choose_acks_folder(self) -> None:
        folder = self.context.dialogs.choose_folder(self.tr("Write the receipts to"))
        if folder is not None:
            self.set_acks_folder(folder)

    def import_folder(self) -> None:
        folder = self.context.dialogs.choose_folder(self.tr("Import the batch files in"))
        if folder is not None:
            self.import_paths([folder])

    def import_chosen_files(self) -> None:
        files = self.context.dialogs.open_files(
            self.tr("Import batch files"), self.tr("Batch files (*.usb);;All files (*)"))
        if files:
            self.import_paths(files)

    def import_paths(self, paths: list[Path]) -> None:
        county, acks_to = self.context.county, self.acks_folder
        self.summary.setText(self.tr("Importing…"))
        self.context.run(self, lambda progress: import_files(county, paths, acks_to, progress),
                         self._show, label=self.tr("Importing batch files…"), cancellable=True,
                         failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText("")
        self.context.report(exc)

    def _show(self, report: IntakeReport) -> None:
        self.results.set_rows(report.rows())
        self.results_view.setVisible(bool(report.files))
        self.filler.setVisible(not report.files)
        self.results_view.resizeRowsToContents()
        if not report.files:
            text = self.tr("No batch files (*.usb) were found there.")
        else:
            text = self.tr("Applied: {0} · Already imported: {1} · Parked: {2} · "
                           "Refused: {3}").format(
                report.count(APPLIED), report.count(DUPLICATE), report.count(PARKED),
                report.count(REFUSED))
            if report.released:
                text += "\n" + self.tr(
                    "Parked batches these files let through: applied {0} · already imported "
                    "{1} · refused {2}").format(
                    report.count_released(APPLIED), report.count_released(DUPLICATE),
                    report.count_released(REFUSED))
            if report.acks:
                folders = sorted({str(ack.parent) for ack in report.acks})
                text += "\n" + self.tr("{0} receipt(s) written to {1}").format(
                    len(report.acks), ", ".join(folders))
        if report.cancelled:
            text += "\n" + self.tr("Stopped before the last files; import again to go on.")
        self.summary.setText(text)
        self.refresh_alerts()
        self.imported.emit(report)
