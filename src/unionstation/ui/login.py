"""The login dialog: at start, and behind the idle lock (the same dialog).

The dialog only asks; the controller checks the password on a worker (Argon2id takes a
few tenths of a second) and answers with `refuse` or by closing it. A lock-out counts
down on the dialog and keeps the button off until it ends.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.ui.style import error_label

DEMO_BANNER_STYLE = ("background: #c8102e; color: white; font-size: 18px; font-weight: bold;"
                     " padding: 8px;")


PAUSE_MS = 200  # no key pressed for this long: the password's key is worked out ahead


class LoginDialog(QDialog):
    """`submitted(login, password)` when the officer presses OK; `paused(login, password)`
    when they stop typing a while (the controller derives the key ahead)."""

    submitted = Signal(str, str)
    paused = Signal(str, str)

    def __init__(self, logins: list[str], parent: QWidget | None = None, *,
                 station: str = "", demo: bool = False, locked_by: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setModal(True)
        self.setMinimumWidth(420)
        self.setWindowTitle(self.tr("Locked") if locked_by else self.tr("Log in"))
        layout = QVBoxLayout(self)
        self.demo_banner: QLabel | None = None
        if demo:
            self.demo_banner = QLabel(
                self.tr("DEMO DATA") + "\n" + self.tr("Officer: demo · Password: demo"), self)
            self.demo_banner.setObjectName("demoBanner")
            self.demo_banner.setStyleSheet(DEMO_BANNER_STYLE)
            self.demo_banner.setWordWrap(True)
            layout.addWidget(self.demo_banner)
        heading = QLabel(station or self.tr("UnionStation"), self)
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout.addWidget(heading)
        if locked_by:
            note = QLabel(self.tr("The window was locked after a while without use. Your "
                                  "unsaved input is kept; log in to go on."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.officer_box = QComboBox(self)
        self.officer_box.setObjectName("officerBox")
        self.officer_box.setEditable(True)
        self.officer_box.addItems(logins)
        self.officer_box.setCurrentText(locked_by or (logins[0] if len(logins) == 1 else ""))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Officer"), self.officer_box)
        form.addRow(self.tr("Password"), self.password_edit)
        layout.addLayout(form)
        self.error_label = error_label(self, "loginError")
        layout.addWidget(self.error_label)
        # Two plain buttons: a QDialogButtonBox costs the first dialog ~16 ms of start-up
        # (bench/startup.py), building Qt's whole enum namespace.
        self.ok_button = QPushButton(self.tr("Log in"), self)
        self.ok_button.setObjectName("loginButton")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self._locked = bool(locked_by)
        if self._locked:  # behind the idle lock there is no way round the dialog
            self.cancel_button.hide()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._seconds = 0
        self.busy = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._paused)
        self.password_edit.textChanged.connect(lambda _text: self._pause.start())
        self.officer_box.currentTextChanged.connect(lambda _text: self._pause.start())
        self.password_edit.setFocus()

    def _paused(self) -> None:
        login, password = self.login(), self.password_edit.text()
        if login and password and not self.busy and self._seconds <= 0:
            self.paused.emit(login, password)

    def login(self) -> str:
        return self.officer_box.currentText().strip()

    def _submit(self) -> None:
        if self.busy or self._seconds > 0:
            return
        login, password = self.login(), self.password_edit.text()
        if not login or not password:
            self.error_label.setText(self.tr("Enter your login and password."))
            return
        self.busy = True
        self._pause.stop()
        self.ok_button.setEnabled(False)
        self.error_label.setText(self.tr("Checking…"))
        self.submitted.emit(login, password)

    def refuse(self, message: str, locked_seconds: int = 0) -> None:
        """The password was not right (or the officer is locked out): say so, try again."""
        self.busy = False
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.error_label.setText(message)
        self._seconds = locked_seconds
        if locked_seconds > 0:
            self._countdown.start()
        self.ok_button.setEnabled(locked_seconds <= 0)

    def _tick(self) -> None:
        self._seconds -= 1
        if self._seconds <= 0:
            self._countdown.stop()
            self.ok_button.setEnabled(True)
            self.error_label.setText(self.tr("You can try again now."))
        else:
            self.error_label.setText(
                self.tr("Locked out after too many wrong passwords: {0} s").format(
                    self._seconds))

    def locked_seconds(self) -> int:
        return self._seconds

    def reject(self) -> None:
        if not self._locked:
            super().reject()

    def succeed(self) -> None:
        self.busy = False
        self._countdown.stop()
        self._locked = False
        self.accept()
