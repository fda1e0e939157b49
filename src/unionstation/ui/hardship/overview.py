"""The page's first screen: reminders on top, then the files with their filters."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.hardship import FileStatus, HardshipCategory
from unionstation.domain.permissions import Action
from unionstation.services.errors import UserError
from unionstation.services.hardship.files import FileFilter, HardshipFileService
from unionstation.services.hardship.reminders import Reminder, ReminderService
from unionstation.ui.hardship.rows_model import RowsModel
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import ERROR_STYLE, MUTED_STYLE, title_label
from unionstation.ui.tables import read_only_table

LIST_LIMIT = 1000  # the newest files; the filters and the search find the rest
REMINDER_ROLE = 256  # Qt.UserRole, without touching the Qt namespace before paint


class OverviewView(QWidget):
    open_file = Signal(object)
    open_campaign = Signal(object)
    new_file = Signal()
    show_campaigns = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("hardshipOverview")
        self.new_button = QPushButton(self.tr("New file"), self)
        self.new_button.setObjectName("newFile")
        self.new_button.setEnabled(context.services.may(Action.HARDSHIP_EDIT))
        self.ledger_button = QPushButton(self.tr("Export ledger"), self)
        self.ledger_button.setObjectName("exportLedger")
        self.ledger_button.setEnabled(context.services.may(Action.EXPORT_BULK))
        menu = QMenu(self.ledger_button)
        for kind, text in (("files", self.tr("Files ledger")),
                           ("visits", self.tr("Visits ledger")),
                           ("payments", self.tr("Payments ledger"))):
            menu.addAction(text).triggered.connect(
                lambda _checked=False, k=kind: self.export_ledger(k))
        self.ledger_button.setMenu(menu)
        self.campaigns_button = QPushButton(self.tr("Campaigns"), self)
        self.campaigns_button.setObjectName("showCampaigns")
        header = QHBoxLayout()
        header.addWidget(title_label(self, self.tr("Hardship aid")))
        header.addStretch(1)
        header.addWidget(self.new_button)
        header.addWidget(self.ledger_button)
        header.addWidget(self.campaigns_button)

        self.reminders_label = QLabel(self.tr("Reminders"), self)
        self.reminders_label.setStyleSheet("font-weight: bold;")
        self.reminders = QListWidget(self)
        self.reminders.setObjectName("hardshipReminders")
        self.reminders.setMaximumHeight(150)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in FileStatus:
            self.status_combo.addItem(status.label, status.value)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.addItem(self.tr("All categories"), None)
        for category in HardshipCategory:
            self.category_combo.addItem(category.label, category.value)
        self.recheck_box = QCheckBox(self.tr("Re-check due"), self)
        self.recheck_box.setObjectName("recheckFilter")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("fileSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, file number or ID number"))
        filters = QHBoxLayout()
        for widget in (self.status_combo, self.category_combo, self.recheck_box):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)

        self.model = RowsModel([self.tr("File no."), self.tr("Name"), self.tr("ID number"),
                                self.tr("Category"), self.tr("Status"),
                                self.tr("Income per capita"), self.tr("Next re-check"),
                                self.tr("Union")], self, right_aligned=(5,))
        self.table = read_only_table(self, self.model, "hardshipFiles", 7, single=True)
        # Column widths from the first rows only: measuring all 2,000 would cost more than
        # reading them.
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(MUTED_STYLE)
        self.refused = QLabel(self)
        self.refused.setStyleSheet(ERROR_STYLE)
        self.refused.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.refused)
        layout.addWidget(self.reminders_label)
        layout.addWidget(self.reminders)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.status_combo.currentIndexChanged.connect(self.refresh_files)
        self.category_combo.currentIndexChanged.connect(self.refresh_files)
        self.recheck_box.toggled.connect(self.refresh_files)
        self.search_edit.returnPressed.connect(self.refresh_files)
        self.table.doubleClicked.connect(self._activated)
        self.reminders.itemDoubleClicked.connect(self._reminder_activated)
        self.new_button.clicked.connect(self.new_file.emit)
        self.campaigns_button.clicked.connect(self.show_campaigns.emit)

    def refresh(self) -> None:
        if not self.context.services.may(Action.HARDSHIP_READ):
            self.refused.setText(self.tr("Your role may not see hardship files."))
            self.refused.show()
            for widget in (self.table, self.reminders, self.new_button, self.campaigns_button):
                widget.setEnabled(False)
            return
        self.refresh_reminders()
        self.refresh_files()

    def refresh_reminders(self) -> None:
        self.reminders.clear()
        found = ReminderService(self.context.services).all()
        for reminder in found:
            item = QListWidgetItem(self._reminder_text(reminder), self.reminders)
            item.setData(REMINDER_ROLE, reminder)
        if not found:
            self.reminders.addItem(self.tr("Nothing is due."))
        self.reminders_label.setText(self.tr("Reminders ({0})").format(len(found)))

    def _reminder_text(self, reminder: Reminder) -> str:
        when = reminder.due.isoformat() if reminder.due else ""
        mark = self.tr("OVERDUE") + " " if reminder.overdue else ""
        return f"{mark}{when} {reminder.text}".strip()

    def criteria(self) -> FileFilter:
        status = self.status_combo.currentData()
        category = self.category_combo.currentData()
        return FileFilter(status=FileStatus(status) if status else None,
                          category=HardshipCategory(category) if category else None,
                          recheck_due=self.recheck_box.isChecked(),
                          search=self.search_edit.text(), limit=LIST_LIMIT)

    def refresh_files(self) -> None:
        try:
            rows = HardshipFileService(self.context.services).list(self.criteria())
        except UserError as exc:
            self.context.dialogs.warn(self.tr("Hardship files"), str(exc))
            return
        self.model.set_rows(
            [(r.file_no, r.name, r.id_number_masked, r.category.label, r.status.label,
              f"{r.income_per_capita:,.2f}", r.recheck_due.isoformat(), r.union_name)
             for r in rows], [r.id for r in rows])
        self.count_label.setText(self.tr("{0} files").format(len(rows)))

    def select_file(self, file_id: UUID) -> None:
        for row in range(self.model.rowCount()):
            if self.model.key(row) == file_id:
                self.table.selectRow(row)

    def _activated(self, index: QModelIndex) -> None:
        key = self.model.key(index.row())
        if key is not None:
            self.open_file.emit(key)

    def _reminder_activated(self, item: QListWidgetItem) -> None:
        reminder = item.data(REMINDER_ROLE)
        if not isinstance(reminder, Reminder):
            return
        if reminder.file_id is not None:
            self.open_file.emit(reminder.file_id)
        elif reminder.campaign_id is not None:
            self.open_campaign.emit(reminder.campaign_id)

    def export_ledger(self, kind: str) -> None:
        from pathlib import Path

        from unionstation.exchange.hardship_ledger import TITLES, export_hardship_ledger
        from unionstation.ui.dialogs import report_error, with_suffix
        from unionstation.ui.operations import Operation

        title = self.tr("Export ledger")
        chosen = self.context.dialogs.save_file(title, self.tr("Excel workbook (*.xlsx)"),
                                                f"{TITLES[kind]}.xlsx")
        if chosen is None:
            return
        out = with_suffix(Path(chosen), ".xlsx")
        ctx = self.context.services
        Operation(self, lambda _progress: export_hardship_ledger(
            ctx, out, kind),  # type: ignore[arg-type]
            label=self.tr("Writing the ledger…")) \
            .success(lambda result: self.context.dialogs.inform(title, self.tr(
                "{0} rows written to {1}.").format(result.rows, result.path))) \
            .failure(lambda exc: report_error(self.context.dialogs, title, exc,
                                              self.context.home.log_file)).run()
