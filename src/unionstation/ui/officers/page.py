"""The officers page (admin): add, disable, reset a password; anyone changes their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from unionstation.domain.permissions import Action
from unionstation.services.officers import OfficerInfo, OfficerService
from unionstation.ui.officers.dialogs import PasswordDialog
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import title_label
from unionstation.ui.tables import read_only_table


class OfficersPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-officers")
        self.context = context
        self.officers: list[OfficerInfo] = []
        self.dialog: PasswordDialog | None = None
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table = read_only_table(self, self.model, "officerTable", 1, single=True)
        self.add_button = QPushButton(self.tr("Add officer…"), self)
        self.add_button.setObjectName("addOfficer")
        self.disable_button = QPushButton(self.tr("Disable"), self)
        self.disable_button.setObjectName("disableOfficer")
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.reset_button.setObjectName("resetPassword")
        self.own_button = QPushButton(self.tr("Change my password…"), self)
        self.own_button.setObjectName("ownPassword")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.own_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title_label(self, self.tr("Officers")))
        self.only_admin = QLabel(self.tr("Only an administrator adds officers, disables them "
                                         "or resets their passwords. Your own password you "
                                         "change here."), self)
        self.only_admin.setObjectName("onlyAdmin")
        self.only_admin.setWordWrap(True)
        self.only_admin.hide()
        layout.addWidget(self.only_admin)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.ask_add)
        self.disable_button.clicked.connect(self.disable_selected)
        self.reset_button.clicked.connect(self.ask_reset)
        self.own_button.clicked.connect(self.ask_own)
        self._may: Callable[[Action], bool] = lambda _a: True

    def _service(self) -> OfficerService:
        runtime = self.context.runtime
        return OfficerService(runtime.context, runtime.home, runtime.key)

    def apply_permissions(self, may: Callable[[Action], bool]) -> None:
        self._may = may
        manage = may(Action.OFFICER_MANAGE)
        for button in (self.add_button, self.disable_button, self.reset_button):
            button.setEnabled(manage)
        self.table.setVisible(manage)
        self.only_admin.setVisible(not manage)
        if manage:
            self.refresh()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)  # type: ignore[arg-type]
        if self._may(Action.OFFICER_MANAGE):
            self.refresh()

    def refresh(self) -> None:
        service = self._service()
        Operation(self, lambda _p: service.list()).success(self._show).failure(
            self._failed).run()

    def _show(self, officers: list[OfficerInfo]) -> None:
        self.officers = officers
        self.model.setRowCount(0)
        for officer in officers:
            state = self.tr("Disabled") if officer.disabled else self.tr("Active")
            self.model.appendRow([QStandardItem(officer.login), QStandardItem(officer.name),
                                  QStandardItem(officer.role.label), QStandardItem(state)])
        self.table.resizeColumnsToContents()

    def selected(self) -> OfficerInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.officers[rows[0].row()] if rows else None

    def select(self, login: str) -> None:
        for row, officer in enumerate(self.officers):
            if officer.login == login:
                self.table.selectRow(row)

    def _failed(self, exc: BaseException) -> None:
        from unionstation.ui.dialogs import report_error

        report_error(self.context.dialogs, self.tr("Officers"), exc,
                     self.context.home.log_file)

    def _run(self, work: Callable[[], object], done: str) -> None:
        def finished(_result: object) -> None:
            self.context.dialogs.inform(self.tr("Officers"), done)
            self.refresh()

        Operation(self, lambda _p: work()).success(finished).failure(self._failed).run()

    def ask_add(self) -> None:
        dialog = PasswordDialog(self.tr("Add officer"), self, with_officer=True)
        dialog.accepted.connect(lambda: self._add(dialog))
        self.dialog = dialog
        dialog.open()

    def _add(self, dialog: PasswordDialog) -> None:
        login, name = dialog.login_edit.text().strip(), dialog.name_edit.text().strip()
        role, password = dialog.role(), dialog.new_edit.text()
        service = self._service()
        self._run(lambda: service.add(login, name, role, password),
                  self.tr("{0} can log in now.").format(login))

    def disable_selected(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        if not self.context.dialogs.confirm(
                self.tr("Disable officer"),
                self.tr("{0} will no longer be able to log in. The audit trail keeps "
                        "their name. Go on?").format(officer.login)):
            return
        service = self._service()
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
        service = self._service()
        self._run(lambda: service.reset_password(login, password),
                  self.tr("{0} has a new password; the old one no longer works.").format(login))

    def ask_own(self) -> None:
        dialog = PasswordDialog(self.tr("Change my password"), self, ask_old=True)
        dialog.accepted.connect(
            lambda: self._own(dialog.old_edit.text(), dialog.new_edit.text()))
        self.dialog = dialog
        dialog.open()

    def _own(self, old: str, new: str) -> None:
        service = self._service()
        self._run(lambda: service.change_own_password(old, new),
                  self.tr("Your password is changed."))
