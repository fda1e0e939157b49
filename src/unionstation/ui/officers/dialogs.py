"""The officer dialogs: a new officer, and a new password (reset or one's own)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.permissions import Role
from unionstation.services.officers import MIN_PASSWORD
from unionstation.ui.style import error_label


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(QDialog):
    """A new password typed twice; with `ask_old`, the current one too."""

    def __init__(self, title: str, parent: QWidget | None = None, *, ask_old: bool = False,
                 with_officer: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("loginEdit")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.role_box = QComboBox(self)
        self.role_box.setObjectName("roleBox")
        for role in Role:
            self.role_box.addItem(f"{role.label}({role.value})", role.value)
        if with_officer:
            self.form.addRow(self.tr("Login"), self.login_edit)
            self.form.addRow(self.tr("Name"), self.name_edit)
            self.form.addRow(self.tr("Role"), self.role_box)
            self.role_box.setCurrentIndex(self.role_box.findData(Role.CLERK.value))
        self.old_edit = _password_edit(self, "oldPassword")
        if ask_old:
            self.form.addRow(self.tr("Current password"), self.old_edit)
        self.new_edit = _password_edit(self, "newPassword")
        self.again_edit = _password_edit(self, "againPassword")
        self.form.addRow(self.tr("New password"), self.new_edit)
        self.form.addRow(self.tr("Again"), self.again_edit)
        self._ask_old = ask_old
        self._with_officer = with_officer
        self.error_label = error_label(self, "errorLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        if self._with_officer and not self.login_edit.text().strip():
            return self.tr("Enter the officer's login.")
        if self._ask_old and not self.old_edit.text():
            return self.tr("Enter your current password.")
        if len(self.new_edit.text()) < MIN_PASSWORD:
            return self.tr("The password needs at least {0} characters.").format(MIN_PASSWORD)
        if self.new_edit.text() != self.again_edit.text():
            return self.tr("The two passwords differ.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem)
        if not problem:
            self.accept()

    def role(self) -> Role:
        return Role(self.role_box.currentData())
