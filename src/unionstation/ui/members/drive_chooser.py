"""Choosing the drive to enter: continue a recent one, or start a new one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.services.drives import DriveInfo, DriveService
from unionstation.services.errors import UserError
from unionstation.services.unions import UnionService
from unionstation.ui.members.drive_models import Column, RowsModel
from unionstation.ui.members.form_widgets import UnionCombo
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import ERROR_STYLE, page_header
from unionstation.ui.tables import read_only_table


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DriveChooser(QWidget):
    """`chosen(DriveInfo)` once a drive is picked or created; `closed()` on 返回 or Esc."""

    chosen = Signal(object)
    closed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        header, self.back_button = page_header(self, self.tr("Enrollment drive"), self.tr("Back"))
        self.back_button.clicked.connect(self.closed)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("driveDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("drivePlace")
        self.place_edit.setPlaceholderText(self.tr("e.g. logistics park meeting room"))
        self.union_combo = UnionCombo(self)
        self.union_combo.setObjectName("driveUnion")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("driveNote")
        self.create_button = QPushButton(self.tr("Start entering"), self)
        self.create_button.setObjectName("createDrive")
        self.create_button.clicked.connect(self.create_drive)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("driveError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)

        new_box = QGroupBox(self.tr("New drive"), self)
        grid = QGridLayout(new_box)
        grid.addWidget(QLabel(self.tr("Date"), new_box), 0, 0)
        grid.addWidget(self.date_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("Place"), new_box), 0, 2)
        grid.addWidget(self.place_edit, 0, 3)
        grid.addWidget(QLabel(self.tr("Grassroots union"), new_box), 1, 0)
        grid.addWidget(self.union_combo, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Note"), new_box), 2, 0)
        grid.addWidget(self.note_edit, 2, 1, 1, 3)
        grid.addWidget(self.create_button, 2, 4)
        grid.addWidget(self.error_label, 3, 1, 1, 4)
        grid.setColumnStretch(3, 1)

        self.model: RowsModel[DriveInfo] = RowsModel([
            Column(self.tr("Date"), lambda d: d.held_on.isoformat()),
            Column(self.tr("Place"), lambda d: d.place),
            Column(self.tr("Grassroots union"), lambda d: d.union_name),
            Column(self.tr("Enrolled"), lambda d: str(d.enrolled), numeric=True),
            Column(self.tr("Note"), lambda d: d.note),
        ], self)
        self.table = read_only_table(self, self.model, "drivesTable", 2, single=True)
        self.table.doubleClicked.connect(lambda _index: self.continue_selected())
        self.continue_button = QPushButton(self.tr("Continue this drive"), self)
        self.continue_button.setObjectName("continueDrive")
        self.continue_button.clicked.connect(self.continue_selected)
        self.empty_label = QLabel(self.tr("No drives yet."), self)
        self.empty_label.setStyleSheet("color: #666;")

        recent_box = QGroupBox(self.tr("Recent drives"), self)
        recent = QVBoxLayout(recent_box)
        recent.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.empty_label)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        recent.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(new_box)
        layout.addWidget(recent_box, 1)

        for widget in (self.place_edit, self.note_edit, self.date_edit, self.union_combo,
                       self.table):
            widget.installEventFilter(self)

    def reload(self) -> None:
        """Fresh drives and unions; today's date; the most recent drive selected."""
        today = self.context.services.today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.place_edit.clear()
        self.note_edit.clear()
        self.error_label.clear()
        unions = UnionService(self.context.services).choices()
        self.union_combo.set_unions(unions, None, self.context.last_union)
        if self.union_combo.count() == 0:
            self.error_label.setText(
                self.tr("Add a grassroots union first (Members → Grassroots unions)."))
        self.create_button.setEnabled(self.union_combo.count() > 0)
        drives = DriveService(self.context.services).all()
        self.model.set_rows(drives)
        self.empty_label.setVisible(not drives)
        self.continue_button.setEnabled(bool(drives))
        if drives:
            self.table.selectRow(0)
        self.place_edit.setFocus()

    def create_drive(self) -> None:
        union_id = self.union_combo.union_id()
        if union_id is None:
            self.error_label.setText(self.tr("Choose the grassroots union the workers join."))
            return
        try:
            drive = DriveService(self.context.services).create(
                _day(self.date_edit.date()), self.place_edit.text(), union_id,
                self.note_edit.text())
        except UserError as exc:
            self.error_label.setText(str(exc))
            self.place_edit.setFocus()
            return
        self.context.last_union = union_id
        self.chosen.emit(drive)

    def continue_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen.emit(self.model.row(rows[0].row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
            if event.key() in ENTER_KEYS:
                if watched is self.table:
                    self.continue_selected()
                else:
                    self.create_drive()
                return True
        return super().eventFilter(watched, event)
