"""Adding or editing a grassroots union: every field, the credit code checked as typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.codes import UnionKind
from unionstation.domain.credit_code import InvalidCreditCode, parse_union_credit_code
from unionstation.services.errors import UserError
from unionstation.services.unions import UnionDraft, UnionSummary
from unionstation.ui.members.drive_models import phone_problem
from unionstation.ui.style import ERROR_STYLE

NO_DATE = QDate(1900, 1, 1)


class UnionDialog(QDialog):
    """Calls `save(draft)` on OK; a refusal is shown in the dialog, which stays open."""

    def __init__(self, save: Callable[[UnionDraft], UnionSummary],
                 union: UnionSummary | None = None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: UnionSummary | None = None
        self.setWindowTitle(self.tr("Edit grassroots union") if union
                            else self.tr("New grassroots union"))
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("unionName")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("unionKind")
        for kind in UnionKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("creditCode")
        self.code_edit.setPlaceholderText(self.tr("18 characters, may be left empty"))
        self.code_error = self._error("creditCodeError")
        self.chair_edit = QLineEdit(self)
        self.contact_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("unionPhone")
        self.phone_error = self._error("phoneError")
        self.founded_edit = QDateEdit(self)
        self.founded_edit.setObjectName("foundedOn")
        self.founded_edit.setDisplayFormat("yyyy-MM-dd")
        self.founded_edit.setCalendarPopup(True)
        self.founded_edit.setMinimumDate(NO_DATE)
        self.founded_edit.setSpecialValueText(self.tr("not known"))
        if today is not None:
            self.founded_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.address_edit = QLineEdit(self)
        self.error_label = self._error("saveError")

        form = QFormLayout()
        form.addRow(self.tr("Union name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Unified social credit code"), self.code_edit)
        form.addRow("", self.code_error)
        form.addRow(self.tr("Chair"), self.chair_edit)
        form.addRow(self.tr("Contact person"), self.contact_edit)
        form.addRow(self.tr("Contact phone"), self.phone_edit)
        form.addRow("", self.phone_error)
        form.addRow(self.tr("Founded"), self.founded_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if union is not None:
            self.name_edit.setText(union.name)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(union.kind.value))
            self.code_edit.setText(union.credit_code or "")
            self.chair_edit.setText(union.chair)
            self.contact_edit.setText(union.contact)
            self.phone_edit.setText(union.phone)
            self.address_edit.setText(union.address)
            if union.founded_on is not None:
                day = union.founded_on
                self.founded_edit.setDate(QDate(day.year, day.month, day.day))
            else:
                self.founded_edit.setDate(NO_DATE)
        else:
            self.founded_edit.setDate(NO_DATE)
        for edit in (self.name_edit, self.code_edit, self.phone_edit):
            edit.textChanged.connect(self._check)
        self._check()

    def _error(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        return label

    @property
    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _check(self) -> None:
        """The domain's own message under the credit code and phone, while typing."""
        for label in (self.code_error, self.phone_error, self.error_label):
            label.clear()
        ok = bool(self.name_edit.text().strip())
        if self.code_edit.text().strip():
            try:
                parse_union_credit_code(self.code_edit.text())
            except InvalidCreditCode as exc:
                self.code_error.setText(str(exc))
                ok = False
        problem = phone_problem(self.phone_edit.text())
        if problem:
            self.phone_error.setText(problem)
            ok = False
        self.code_error.setVisible(bool(self.code_error.text()))
        self.phone_error.setVisible(bool(self.phone_error.text()))
        self.ok_button.setEnabled(ok)

    def draft(self) -> UnionDraft:
        founded = self.founded_edit.date()
        kind = UnionKind(self.kind_combo.currentData())
        return UnionDraft(
            name=self.name_edit.text(), kind=kind, credit_code=self.code_edit.text(),
            chair=self.chair_edit.text(), contact=self.contact_edit.text(),
            phone=self.phone_edit.text(),
            founded_on=None if founded == NO_DATE
            else date(founded.year(), founded.month(), founded.day()),
            address=self.address_edit.text())

    def try_save(self) -> None:
        try:
            self.saved = self._save(self.draft())
        except UserError as exc:
            self.error_label.setText(str(exc))
            return
        self.accept()
