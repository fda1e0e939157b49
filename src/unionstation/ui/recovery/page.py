"""The page the window opens instead of the station when its database is damaged: what
is wrong, the backups with their dates and members, and the choices (restore a backup;
salvage what can be read, on top of the chosen backup). It lays out; the controller acts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from unionstation.services.recovery import BackupInfo, FileState, RecoveryReport
from unionstation.ui.style import ERROR_STYLE, MUTED_STYLE, title_label
from unionstation.ui.tables import read_only_table

NOTICE_STYLE = ("background: #fdecea; border: 1px solid #e0a09a; border-radius: 4px; "
                "padding: 10px; font-size: 14px;")


class RecoveryPage(QWidget):
    """`restore_requested(Path)`, `salvage_requested(object)` and `rebase_requested(object)`
    (the chosen backup, or None when there is none) ask the controller to act."""

    restore_requested = Signal(object)
    salvage_requested = Signal(object)
    rebase_requested = Signal(object)

    def __init__(self, report: RecoveryReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-recovery")
        self.report = report
        self.what_label = QLabel(self._what(report), self)
        self.what_label.setObjectName("recoveryWhat")
        self.what_label.setWordWrap(True)
        self.what_label.setStyleSheet(NOTICE_STYLE)
        detail = QLabel(self.tr("Details: {0}").format(report.detail), self)
        detail.setWordWrap(True)
        detail.setStyleSheet(MUTED_STYLE)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kept = QLabel(self.tr("Whatever you choose, the damaged file is moved to the folder "
                              "{0} and never deleted or overwritten.").format(
            report.path.parent / "damaged"), self)
        kept.setWordWrap(True)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Taken at"), self.tr("Kind"), self.tr("Active members"), self.tr("File")])
        for info in report.backups:
            self.model.appendRow(self._row(info))
        self.table = read_only_table(self, self.model, "recoveryBackups", 3, single=True)
        if report.backups:
            self.table.selectRow(0)
        none = QLabel(self.tr("There is no backup of this station."), self)
        none.setStyleSheet(ERROR_STYLE)
        none.setVisible(not report.backups)

        self.restore_button = QPushButton(self.tr("Restore the selected backup"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setEnabled(bool(report.backups))
        self.restore_button.clicked.connect(self._restore)
        self.salvage_button = QPushButton(self.tr("Salvage what can be read…"), self)
        self.salvage_button.setObjectName("salvage")
        self.salvage_button.clicked.connect(self._salvage)
        self.rebase_button = QPushButton(self.tr("Re-base from the county…"), self)
        self.rebase_button.setObjectName("rebaseFromCounty")
        self.rebase_button.clicked.connect(self._rebase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.salvage_button)
        buttons.addWidget(self.rebase_button)
        buttons.addStretch(1)
        explain = QLabel(self.tr(
            "Restore puts the selected backup back: work done after it was taken is lost. "
            "Salvage reads every record that can still be read from the damaged file into a "
            "new, checked database, and adds what is newer than the selected backup to it. "
            "Re-base restores the selected backup (or salvages, when there is none) and then "
            "imports the county's re-base file, bringing back everything the county already "
            "holds; ask the county for the file and its one-time code."),
            self)
        explain.setWordWrap(True)
        explain.setStyleSheet(MUTED_STYLE)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("recoveryResult")
        self.result_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title_label(self, self.tr("The station's database cannot be opened")))
        for widget in (self.what_label, detail, kept):
            layout.addWidget(widget)
        layout.addWidget(title_label(self, self.tr("Backups, newest first")))
        layout.addWidget(none)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(explain)
        layout.addWidget(self.result_label)

    def _what(self, report: RecoveryReport) -> str:
        texts = {
            FileState.MISSING: self.tr("The database file is missing, but this folder holds "
                                       "this station's keys or backups."),
            FileState.EMPTY: self.tr("The database file is empty (0 bytes): it holds no data."),
            FileState.NOT_DATABASE: self.tr("The database file is not this station's "
                                            "database: another file took its place, or it "
                                            "was encrypted under another station's key."),
            FileState.DAMAGED: self.tr("The database file is damaged (a failing disk, a power "
                                       "cut or a copy broken off)."),
        }
        return texts.get(report.state, report.state.value)

    def _row(self, info: BackupInfo) -> list[QStandardItem]:
        kinds = {
            "hourly": self.tr("hourly"), "daily": self.tr("daily"), "weekly": self.tr("weekly"),
            "import": self.tr("import"), "drive": self.tr("enrollment drive"),
            "close": self.tr("at close"), "manual": self.tr("manual"),
            "pre-restore": self.tr("before a restore"),
            "pre-migration": self.tr("before an upgrade"),
        }
        members = "?" if info.members is None else str(info.members)
        items = [QStandardItem(info.at.strftime("%Y-%m-%d %H:%M")),
                 QStandardItem(kinds.get(info.kind, info.kind)), QStandardItem(members),
                 QStandardItem(info.path.name)]
        items[0].setData(info.path, Qt.ItemDataRole.UserRole)
        items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return items

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        path = self.model.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return path if isinstance(path, Path) else None

    def _restore(self) -> None:
        backup = self.selected_backup()
        if backup is not None:
            self.restore_requested.emit(backup)

    def _salvage(self) -> None:
        self.salvage_requested.emit(self.selected_backup())

    def _rebase(self) -> None:
        self.rebase_requested.emit(self.selected_backup())

    def set_busy(self, busy: bool) -> None:
        self.restore_button.setEnabled(not busy and bool(self.report.backups))
        self.salvage_button.setEnabled(not busy)
        self.rebase_button.setEnabled(not busy)

    def show_result(self, text: str, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("" if ok else ERROR_STYLE)
