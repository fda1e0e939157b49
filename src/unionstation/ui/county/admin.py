"""The county's officers page (admin) and audit page (admin and auditor)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionstation.county.access import COUNTY_ROLES
from unionstation.county.audit import CountyAuditFilter
from unionstation.county.officers import CountyOfficerInfo, CountyOfficers
from unionstation.domain.permissions import Action, Role
from unionstation.services.audit import AuditPage, Verification
from unionstation.ui.county.context import CountyContext
from unionstation.ui.officers.dialogs import PasswordDialog
from unionstation.ui.style import ERROR_STYLE, title_label
from unionstation.ui.tables import read_only_table

AUDIT_SHOWN = 500


def _rows(table: QTableView, model: QStandardItemModel, rows: list[list[str]],
          stretch: int) -> None:
    model.setRowCount(0)
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class CountyOfficersPage(QWidget):
    def __init__(self, context: CountyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-county-officers")
        self.context = context
        self.officers: list[CountyOfficerInfo] = []
        self.dialog: PasswordDialog | None = None
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table = read_only_table(self, self.model, "countyOfficerTable", 1, single=True)
        self.add_button = QPushButton(self.tr("Add officer…"), self)
        self.add_button.setObjectName("addCountyOfficer")
        self.disable_button = QPushButton(self.tr("Disable"), self)
        self.disable_button.setObjectName("disableCountyOfficer")
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.reset_button.setObjectName("resetCountyPassword")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self, self.tr("County officers")))
        layout.addWidget(QLabel(self.tr(
            "Roles: an administrator does everything; an officer reads and imports batches; "
            "an auditor reads and checks the audit trail."), self))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.ask_add)
        self.disable_button.clicked.connect(self.disable_selected)
        self.reset_button.clicked.connect(self.ask_reset)

    def service(self) -> CountyOfficers:
        return CountyOfficers(self.context.county, self.context.county.home)

    def apply_permissions(self, may: Callable[[Action], bool]) -> None:
        for button in (self.add_button, self.disable_button, self.reset_button):
            button.setVisible(may(Action.OFFICER_MANAGE))

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    def refresh(self) -> None:
        service = self.service()
        self.context.run(self, lambda _p: service.list(), self._show)

    def _show(self, officers: list[CountyOfficerInfo]) -> None:
        self.officers = officers
        _rows(self.table, self.model, [
            [o.login, o.name, o.role.label,
             self.tr("disabled") if o.disabled else self.tr("active")] for o in officers], 1)

    def selected(self) -> CountyOfficerInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.officers[rows[0].row()] if rows else None

    def _run(self, work: Callable[[], object], done: str) -> None:
        def finished(_result: object) -> None:
            self.context.dialogs.inform(self.tr("County officers"), done)
            self.refresh()

        self.context.run(self, lambda _p: work(), finished)

    def ask_add(self) -> None:
        dialog = PasswordDialog(self.tr("Add county officer"), self, with_officer=True,
                                roles=COUNTY_ROLES, first_role=Role.OFFICER)
        dialog.accepted.connect(lambda: self._add(dialog))
        self.dialog = dialog
        dialog.open()

    def _add(self, dialog: PasswordDialog) -> None:
        login, name = dialog.login_edit.text().strip(), dialog.name_edit.text().strip()
        role, password = dialog.role(), dialog.new_edit.text()
        service = self.service()
        self._run(lambda: service.add(login, name, role, password),
                  self.tr("{0} can log in now.").format(login))

    def disable_selected(self) -> None:
        officer = self.selected()
        if officer is None or not self.context.dialogs.confirm(
                self.tr("Disable officer"),
                self.tr("{0} will no longer be able to log in. The audit trail keeps "
                        "their name. Go on?").format(officer.login)):
            return
        service = self.service()
        self._run(lambda: service.disable(officer.login),
                  self.tr("{0} is disabled.").format(officer.login))

    def ask_reset(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        dialog = PasswordDialog(self.tr("New password for {0}").format(officer.login), self)
        dialog.accepted.connect(lambda: self._reset(officer.login, dialog.new_edit.text()))
        self.dialog = dialog
        dialog.open()

    def _reset(self, login: str, password: str) -> None:
        service = self.service()
        self._run(lambda: service.reset_password(login, password),
                  self.tr("{0} has a new password; the old one no longer works.").format(login))


class CountyAuditPage(QWidget):
    def __init__(self, context: CountyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-county-audit")
        self.context = context
        self.entries: AuditPage | None = None
        self.officer_edit = QLineEdit(self)
        self.officer_edit.setObjectName("countyAuditOfficer")
        self.officer_edit.setPlaceholderText(self.tr("any officer"))
        self.action_edit = QLineEdit(self)
        self.action_edit.setObjectName("countyAuditAction")
        self.action_edit.setPlaceholderText(self.tr("any action (or a prefix ending in .)"))
        self.filter_button = QPushButton(self.tr("Show"), self)
        self.verify_button = QPushButton(self.tr("Verify the chain"), self)
        self.verify_button.setObjectName("verifyCountyAudit")
        self.result = QLabel(self)
        self.result.setObjectName("countyAuditResult")
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("No."), self.tr("Time"),
                                              self.tr("Officer"), self.tr("Action"),
                                              self.tr("Target")])
        self.table = read_only_table(self, self.model, "countyAuditTable", 4)
        filters = QHBoxLayout()
        for widget in (self.officer_edit, self.action_edit, self.filter_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self, self.tr("County audit trail")))
        layout.addLayout(filters)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        self.filter_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    def refresh(self) -> None:
        county = self.context.county
        wanted = CountyAuditFilter(self.officer_edit.text().strip() or None,
                                   self.action_edit.text().strip() or None, AUDIT_SHOWN)
        self.context.run(self, lambda _p: county.audit_entries(wanted), self._show)

    def _show(self, entries: AuditPage) -> None:
        self.entries = entries
        _rows(self.table, self.model, [
            [str(e.seq), f"{e.at.astimezone():%Y-%m-%d %H:%M:%S}", e.officer, e.action,
             e.target] for e in entries.entries], 4)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("{0} entries").format(entries.total))

    def verify(self) -> None:
        county = self.context.county
        self.context.run(self, lambda _p: county.verify_audit(), self._verified)

    def _verified(self, result: Verification) -> None:
        if result.ok:
            self.result.setStyleSheet("")
            self.result.setText(self.tr("The chain is whole: {0} entries.").format(
                result.entries))
        else:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(self.tr("The chain is broken from entry {0}: it was edited "
                                        "or deleted by hand.").format(result.first_bad))
