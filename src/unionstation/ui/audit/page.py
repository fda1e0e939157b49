"""The audit trail page (admin and auditor): filter by officer, action and date; verify."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
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

from unionstation.domain.permissions import Action
from unionstation.services.audit import AuditPage as Entries
from unionstation.services.audit import AuditService, Verification
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import ERROR_STYLE, title_label
from unionstation.ui.tables import read_only_table

LIMIT = 500


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-audit")
        self.context = context
        self.entries: Entries | None = None
        self.officer_edit = QLineEdit(self)
        self.officer_edit.setObjectName("officerFilter")
        self.officer_edit.setPlaceholderText(self.tr("any officer"))
        self.action_box = QComboBox(self)
        self.action_box.setObjectName("actionFilter")
        self.action_box.setEditable(True)
        self.dated = QCheckBox(self.tr("From"), self)
        self.dated.setObjectName("datedFilter")
        today = context.services.today()
        self.since_edit = QDateEdit(_qdate(today.replace(day=1)), self)
        self.since_edit.setObjectName("sinceDate")
        self.since_edit.setCalendarPopup(True)
        self.until_edit = QDateEdit(_qdate(today), self)
        self.until_edit.setObjectName("untilDate")
        self.until_edit.setCalendarPopup(True)
        self.search_button = QPushButton(self.tr("Show"), self)
        self.search_button.setObjectName("showEntries")
        self.verify_button = QPushButton(self.tr("Verify the chain"), self)
        self.verify_button.setObjectName("verifyChain")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        self.verify_label = QLabel(self)
        self.verify_label.setObjectName("verifyLabel")
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("When"), self.tr("Officer"), self.tr("Action"),
            self.tr("Target")])
        self.table = read_only_table(self, self.model, "auditTable", 4, alternating=True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Officer"), self))
        filters.addWidget(self.officer_edit)
        filters.addWidget(QLabel(self.tr("Action"), self))
        filters.addWidget(self.action_box, 1)
        filters.addWidget(self.dated)
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.until_edit)
        filters.addWidget(self.search_button)
        checks = QHBoxLayout()
        checks.addWidget(self.total_label, 1)
        checks.addWidget(self.verify_label)
        checks.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self, self.tr("Audit trail")))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(checks)
        self.search_button.clicked.connect(self.refresh)
        self.officer_edit.returnPressed.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self._may: Callable[[Action], bool] = lambda _a: True
        self._loaded = False

    def apply_permissions(self, may: Callable[[Action], bool]) -> None:
        self._may = may
        self.setEnabled(may(Action.AUDIT_READ))

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded and self._may(Action.AUDIT_READ):
            self._loaded = True
            self.refresh()

    def _service(self) -> AuditService:
        return AuditService(self.context.services)

    def refresh(self) -> None:
        service = self._service()
        officer = self.officer_edit.text().strip() or None
        action = self.action_box.currentText().strip() or None
        since = _day(self.since_edit.date()) if self.dated.isChecked() else None
        until = _day(self.until_edit.date()) if self.dated.isChecked() else None

        def load(_progress: object) -> tuple[Entries, list[str]]:
            return (service.entries(officer=officer, action=action, since=since,
                                    until=until, limit=LIMIT), service.actions())

        Operation(self, load).success(self._show).failure(self._failed).run()

    def _show(self, result: tuple[Entries, list[str]]) -> None:
        entries, actions = result
        self.entries = entries
        current = self.action_box.currentText()
        self.action_box.blockSignals(True)
        self.action_box.clear()
        self.action_box.addItems(["", *actions])
        self.action_box.setCurrentText(current)
        self.action_box.blockSignals(False)
        self.model.setRowCount(0)
        for entry in entries.entries:
            self.model.appendRow([
                QStandardItem(str(entry.seq)),
                QStandardItem(entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
                QStandardItem(entry.officer), QStandardItem(entry.action),
                QStandardItem(entry.target)])
        self.table.resizeColumnsToContents()
        self.total_label.setText(self.tr("{0} entries match; the newest {1} are shown.").format(
            entries.total, len(entries.entries)))

    def verify(self) -> None:
        service = self._service()
        Operation(self, lambda _p: service.verify()).success(self._verified).failure(
            self._failed).run()

    def _verified(self, result: Verification) -> None:
        if result.ok:
            self.verify_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.verify_label.setText(
                self.tr("Chain intact: {0} entries").format(result.entries))
        else:
            self.verify_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
            self.verify_label.setText(
                self.tr("Chain broken at entry {0}: it was changed or deleted by hand").format(
                    result.first_bad))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from unionstation.ui.dialogs import report_error

        report_error(self.context.dialogs, self.tr("Audit trail"), exc,
                     self.context.home.log_file)
