"""First run: create the station (name, division code, county) and its first
administrator, whose password is typed twice: no station has a default password."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.regions import InvalidDivisionCode, parse_division_code
from unionstation.services.officers import MIN_PASSWORD
from unionstation.ui.style import error_label

if TYPE_CHECKING:
    from unionstation.paths import StationHome
    from unionstation.ui.dialogs import DialogService


@dataclass(frozen=True)
class StationForm:
    name: str
    division_code: str
    county_name: str
    officer: str
    password: str = ""


class FirstRunDialog(QDialog):
    """`convert`: a station made by an earlier version, whose data stays; only the first
    administrator is asked for, and the database is encrypted under their password.

    `restore_requested`: the officer would rather restore a backup made elsewhere.

    `rebuild_requested()`: the officer chose to rebuild a lost laptop's station from the
    county's re-base file instead; the caller picks the file and the code (set_rebuild),
    and the station's name, code and records then come from the county."""

    restore_requested = Signal()
    rebuild_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, convert: bool = False) -> None:
        super().__init__(parent)
        self.convert = convert
        self.setWindowTitle(self.tr("Protect this station") if convert
                            else self.tr("Set up this station"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr("This data folder has no station yet. Enter the township or street "
                    "federation that will use it."),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("stationName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Xihu Street Federation of Trade Unions"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("divisionCode")
        self.code_edit.setPlaceholderText(self.tr("9 or 12 digits, e.g. 330106001"))
        self.county_edit = QLineEdit(self)
        self.county_edit.setObjectName("countyName")
        self.officer_edit = QLineEdit(self)
        self.officer_edit.setObjectName("officerName")
        self.officer_edit.setPlaceholderText(self.tr("your login, e.g. wang or 王干事"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("adminPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("adminPasswordAgain")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label(self, "errorLabel")

        form = QFormLayout()
        if convert:
            intro.setText(self.tr(
                "From now on the station's data is encrypted and every officer logs in. "
                "Create the first administrator: the database is then converted into an "
                "encrypted file, checked, and the plain file deleted. A copy left on an SSD, "
                "a USB stick or in a cloud folder may survive a deletion: remove those "
                "copies too."))
        else:
            form.addRow(self.tr("Station name"), self.name_edit)
            form.addRow(self.tr("Division code"), self.code_edit)
            form.addRow(self.tr("County federation"), self.county_edit)
        form.addRow(self.tr("Your login (administrator)"), self.officer_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Password again"), self.again_edit)

        self.form = form
        self.rebuild: tuple[Path, str] | None = None
        self.rebuild_label = QLabel(self)
        self.rebuild_label.setObjectName("rebuildLabel")
        self.rebuild_label.setWordWrap(True)
        self.rebuild_label.hide()
        self.rebuild_button = QPushButton(self.tr("Rebuild from the county (re-base file)…"),
                                          self)
        self.rebuild_button.setObjectName("rebuildFromCounty")
        self.rebuild_button.setToolTip(self.tr(
            "A lost laptop: the county gives a re-base file and reads a code by phone; the "
            "station and its records come back from the county."))
        self.rebuild_button.clicked.connect(self.rebuild_requested)
        self.rebuild_button.setVisible(not convert)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.setToolTip(self.tr(
            "A backup of this station taken on another computer, with the file "
            "unionstation.keys beside it"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.setVisible(not convert)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.rebuild_label)
        layout.addWidget(self.rebuild_button)
        layout.addWidget(self.error_label)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.buttons)

        for edit in (self.name_edit, self.code_edit, self.officer_edit, self.password_edit,
                     self.again_edit):
            edit.textChanged.connect(self._validate)
        self._validate()

    def problem(self) -> str:
        """What stops the form from being accepted, or "" when it can be."""
        if self.convert or self.rebuild is not None:
            return self._admin_problem()
        if not self.name_edit.text().strip():
            return self.tr("Enter the station's full name.")
        code = self.code_edit.text().strip()
        if not code:
            return self.tr("Enter the administrative division code.")
        try:
            parse_division_code(code)
        except InvalidDivisionCode as exc:
            return str(exc)
        return self._admin_problem()

    def _admin_problem(self) -> str:
        if not self.officer_edit.text().strip():
            return self.tr("Enter your login; it signs every change you make.")
        if len(self.password_edit.text()) < MIN_PASSWORD:
            return self.tr("Choose a password of at least {0} characters.").format(
                MIN_PASSWORD)
        if self.password_edit.text() != self.again_edit.text():
            return self.tr("The two passwords differ.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        touched = bool(self.name_edit.text() or self.code_edit.text()
                       or self.password_edit.text())
        self.error_label.setText(problem if touched else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def values(self) -> StationForm:
        return StationForm(
            name=self.name_edit.text().strip(),
            division_code="" if self.convert or self.rebuild is not None
            else parse_division_code(self.code_edit.text()),
            county_name=self.county_edit.text().strip(),
            officer=self.officer_edit.text().strip(),
            password=self.password_edit.text(),
        )

    def set_rebuild(self, path: Path, code: str) -> None:
        """Rebuild from `path` with `code`: only the first administrator is asked for."""
        self.rebuild = (path, code)
        for edit in (self.name_edit, self.code_edit, self.county_edit):
            self.form.setRowVisible(edit, False)
        self.rebuild_label.setText(self.tr(
            "Rebuilding from {0}: the station's name, code and records come from the county. "
            "Create the first administrator of this laptop. Afterwards, save the station key "
            "file on the Reporting page and give it to the county to register, reading them "
            "its fingerprint by phone; reporting then goes on.").format(path.name))
        self.rebuild_label.show()
        self._validate()

    def choose_rebuild(self, dialogs: DialogService) -> None:
        """The re-base file and its code, asked through the dialog service."""
        from unionstation.ui.rebuild import choose_rebuild

        choose_rebuild(dialogs, self)

    def station_work(self, home: StationHome, create: Callable[[Any], Any],
                     ) -> Callable[[Any], Any]:
        """What the worker runs when the form is accepted: `create`, or the rebuild."""
        if self.rebuild is None:
            return create
        from unionstation.ui.rebuild import rebuild_work

        return rebuild_work(home, self.rebuild, self.values())
