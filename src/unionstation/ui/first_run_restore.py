"""The first-run screen's "Restore from a backup": a backup carried from another machine
(with the `unionstation.keys` written beside it) put into this empty data folder.

The backup is picked through the dialog service; an officer's password, or the recovery
code and a new password, open it; the restore runs on the worker (services.backups,
as `unionstation restore FILE [--code]`), and the station then opens as on any login.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.paths import StationHome
from unionstation.services.officers import MIN_PASSWORD
from unionstation.ui.dialogs import DialogService, report_error
from unionstation.ui.operations import Operation, Progress
from unionstation.ui.style import error_label

if TYPE_CHECKING:
    from unionstation.services.login import LoggedIn
    from unionstation.ui.station_open import Opened


@dataclass(frozen=True)
class RestoreAnswer:
    backup: Path
    login: str = ""
    password: str = ""
    code: str = ""
    new_password: str = ""


class RestoreBackupDialog(QDialog):
    """Who opens the backup: an officer's login and password, or the recovery code with a
    new password for the first administrator (or the login given)."""

    submitted = Signal(object)  # RestoreAnswer

    def __init__(self, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup = backup
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("Backup: {0}\nIt opens with the password of an officer of "
                               "the station it came from, or with its recovery code.")
                       .format(backup.name), self)
        intro.setWordWrap(True)
        self.by_password = QRadioButton(self.tr("An officer's password"), self)
        self.by_code = QRadioButton(self.tr("The recovery code"), self)
        self.by_password.setChecked(True)
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("restoreLogin")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("restorePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("restoreCode")
        self.code_edit.setPlaceholderText("ABCD-EFGH-…")
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("restoreNewPassword")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("restoreNewPasswordAgain")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label(self, "restoreError")
        form = QFormLayout()
        form.addRow(self.by_password)
        form.addRow(self.tr("Login"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.by_code)
        form.addRow(self.tr("Recovery code"), self.code_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.again_edit)
        self.ok_button = QPushButton(self.tr("Restore"), self)
        self.ok_button.setObjectName("restoreButton")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._submit)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.by_password.toggled.connect(self._mode)
        self._mode()

    def _mode(self) -> None:
        by_code = self.by_code.isChecked()
        self.password_edit.setEnabled(not by_code)
        for edit in (self.code_edit, self.new_edit, self.again_edit):
            edit.setEnabled(by_code)

    def problem(self) -> str:
        """What stops the answer from being sent, or ""."""
        if self.by_code.isChecked():
            if not self.code_edit.text().strip():
                return self.tr("Enter the recovery code from the sheet in the office safe.")
            if len(self.new_edit.text()) < MIN_PASSWORD:
                return self.tr("Choose a new password of at least {0} characters.").format(
                    MIN_PASSWORD)
            if self.new_edit.text() != self.again_edit.text():
                return self.tr("The two passwords differ.")
            return ""
        if not self.login_edit.text().strip() or not self.password_edit.text():
            return self.tr("Enter your login and password.")
        return ""

    def _submit(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            return
        self.ok_button.setEnabled(False)
        self.error_label.setText(self.tr("Restoring…"))
        by_code = self.by_code.isChecked()
        self.submitted.emit(RestoreAnswer(
            self.backup, login=self.login_edit.text().strip(),
            password="" if by_code else self.password_edit.text(),
            code=self.code_edit.text().strip() if by_code else "",
            new_password=self.new_edit.text() if by_code else ""))

    def refuse(self, message: str) -> None:
        """The password or code did not open the backup (nothing was written)."""
        self.password_edit.clear()
        self.error_label.setText(message)
        self.ok_button.setEnabled(True)


class FirstRunRestore(QObject):
    """`restored((logged, opened))` once the backup is in place and the station open."""

    restored = Signal(object)

    def __init__(self, home: StationHome, parent: QWidget, dialogs: DialogService) -> None:
        super().__init__(parent)
        self.home = home
        self.parent_widget = parent
        self.dialogs = dialogs
        self.dialog: RestoreBackupDialog | None = None

    def start(self) -> None:
        backup = self.dialogs.open_file(
            self.tr("Choose a backup"),
            self.tr("UnionStation backups (unionstation-*.db *.db);;All files (*)"))
        if backup is None:
            return
        dialog = RestoreBackupDialog(backup, self.parent_widget)
        dialog.submitted.connect(self._restore)
        self.dialog = dialog
        dialog.open()

    def _restore(self, answer: RestoreAnswer) -> None:
        home = self.home

        def work(_progress: Progress) -> tuple[LoggedIn, Opened]:
            from unionstation.services.backups import restore_into_empty_folder
            from unionstation.ui.station_open import read_station

            logged = restore_into_empty_folder(
                home, answer.backup, login=answer.login, password=answer.password,
                code=answer.code, new_password=answer.new_password)
            try:
                return logged, read_station(logged)
            except BaseException:
                logged.close()
                raise

        Operation(self.parent_widget, work).success(self._done).failure(self._failed).run()

    def _done(self, result: tuple[LoggedIn, Opened]) -> None:
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.restored.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from unionstation.services.errors import UserError

        if isinstance(exc, UserError) and self.dialog is not None:
            self.dialog.refuse(str(exc))
            return
        if self.dialog is not None:
            self.dialog.refuse("")
        report_error(self.dialogs, self.tr("Restore from a backup"), exc,
                     self.home.log_file)
