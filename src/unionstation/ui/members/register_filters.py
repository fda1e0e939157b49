"""Above the register: the actions, the one search box, the filters and the counts."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import QDate, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.codes import MemberStatus, PriorityGroup
from unionstation.services.member_query import MemberFilter

ALL_STATUSES = "all"


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RegisterFilters(QWidget):
    """Holds no data of its own beyond the widgets; `criteria()` reads them."""

    changed = Signal()
    new_member = Signal()
    open_drive = Signal()
    open_unions = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(self.tr("New member"), self)
        self.new_button.setObjectName("newMember")
        self.new_button.setStyleSheet("font-weight: bold;")
        self.drive_button = QPushButton(self.tr("Enrollment drive"), self)
        self.unions_button = QPushButton(self.tr("Grassroots unions"), self)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.setObjectName("printSelection")
        self.print_button.setToolTip(self.tr("Print forms or cards for the selected members"))
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("exportLedger")
        self.export_button.setToolTip(
            self.tr("The member ledger of the members listed, or a blank import template"))
        self.new_button.clicked.connect(self.new_member)
        self.drive_button.clicked.connect(self.open_drive)
        self.unions_button.clicked.connect(self.open_unions)

        self.search = QLineEdit(self)
        self.search.setObjectName("memberSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search: name, pinyin (zs), ID number, phone, card number, employer"))
        self.search.setMinimumWidth(200)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("memberTotal")
        self.total_label.setStyleSheet("font-weight: bold;")

        self.union = QComboBox(self)
        self.union.setObjectName("unionFilter")
        self.union.setMinimumContentsLength(8)
        self.union.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.union.addItem(self.tr("All unions"), None)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        for value in MemberStatus:
            self.status.addItem(value.label, value)
        self.status.addItem(self.tr("All statuses"), ALL_STATUSES)
        self.group = QComboBox(self)
        self.group.setObjectName("groupFilter")
        self.group.addItem(self.tr("All groups"), None)
        for group in PriorityGroup:
            self.group.addItem(group.label, group)
        self.migrant = QCheckBox(self.tr("Migrant workers"), self)
        self.model_worker = QCheckBox(self.tr("Model workers"), self)
        self.joined = QCheckBox(self.tr("Joined between"), self)
        self.joined_from = QDateEdit(self)
        self.joined_to = QDateEdit(self)
        today = QDate.currentDate()
        for edit, day in ((self.joined_from, today.addYears(-1)), (self.joined_to, today)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDate(day)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._dates_changed)
        self.joined.toggled.connect(self._joined_toggled)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.reset)
        for combo in (self.union, self.status, self.group):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box in (self.migrant, self.model_worker):
            box.toggled.connect(lambda _on: self.changed.emit())

        actions = self._actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.drive_button, self.unions_button,
                       self.print_button, self.export_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.search, 1)
        actions.addWidget(self.total_label)
        self._choices = QWidget(self)
        choices = QHBoxLayout(self._choices)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.union, 1)
        for widget in (self.status, self.group, self.migrant, self.model_worker):
            choices.addWidget(widget)
        self._dates = QWidget(self)
        dates = QHBoxLayout(self._dates)
        dates.setContentsMargins(0, 0, 0, 0)
        for part in (self.joined, self.joined_from, QLabel("–", self), self.joined_to):
            dates.addWidget(part)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        self._rows = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addWidget(self._choices, 1)
        self._rows.addWidget(self._dates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(actions)
        layout.addLayout(self._rows)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As narrow as the widest single row: the filters fold onto two rows."""
        hint = super().minimumSizeHint()
        rows = (self._actions.minimumSize().width(), self._choices.minimumSizeHint().width(),
                self._dates.minimumSizeHint().width())
        return QSize(max(rows), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """One row of filters where they fit, two on a small screen."""
        wide = (self._choices.minimumSizeHint().width() + self._dates.sizeHint().width()
                + 12 <= event.size().width())
        self._rows.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def set_unions(self, unions: list[tuple[UUID, str]]) -> None:
        """Refill the union list, keeping the chosen union while it still exists."""
        chosen = self.union.currentData()
        self.union.blockSignals(True)
        self.union.clear()
        self.union.addItem(self.tr("All unions"), None)
        for union_id, name in unions:
            self.union.addItem(name, union_id)
        at = self.union.findData(chosen) if chosen is not None else 0
        self.union.setCurrentIndex(max(at, 0))
        self.union.blockSignals(False)

    def set_total(self, total: int, capped: bool = False) -> None:
        """The count beside the search box; a capped count reads "1,000+"."""
        if capped:
            self.total_label.setText(self.tr("%1+ members").replace("%1", f"{total:,}"))
        else:
            self.total_label.setText(self.tr("%n member(s)", "", total))

    def set_model_worker_count(self, count: int) -> None:
        self.model_worker.setText(self.tr("Model workers: %n", "", count))

    def criteria(self) -> MemberFilter:
        # Qt hands back the enums' values as plain str
        status = self.status.currentData()
        group = self.group.currentData()
        return MemberFilter(
            text=self.search.text(),
            union_id=self.union.currentData(),
            statuses=() if status == ALL_STATUSES else (MemberStatus(status),),
            priority_group=PriorityGroup(group) if group else None,
            migrant_worker=True if self.migrant.isChecked() else None,
            model_worker=True if self.model_worker.isChecked() else None,
            joined_from=_to_date(self.joined_from.date()) if self.joined.isChecked() else None,
            joined_to=_to_date(self.joined_to.date()) if self.joined.isChecked() else None,
        )

    def is_default(self) -> bool:
        return self.criteria() == MemberFilter(statuses=(MemberStatus.ACTIVE,))

    def reset(self) -> None:
        """Back to every active member, in one change."""
        widgets = (self.search, self.union, self.status, self.group, self.migrant,
                   self.model_worker, self.joined)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.union.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.group.setCurrentIndex(0)
        self.migrant.setChecked(False)
        self.model_worker.setChecked(False)
        self.joined.setChecked(False)
        self._joined_toggled(False, emit=False)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def _joined_toggled(self, on: bool, emit: bool = True) -> None:
        self.joined_from.setEnabled(on)
        self.joined_to.setEnabled(on)
        if emit:
            self.changed.emit()

    def _dates_changed(self) -> None:
        if self.joined.isChecked():
            self.changed.emit()
