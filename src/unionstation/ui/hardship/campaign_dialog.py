"""A new campaign: name, kind, year, budget, funding and the standard amount per category."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.hardship import CampaignKind, FundingSource, HardshipCategory
from unionstation.services.errors import UserError
from unionstation.services.hardship.campaigns import CampaignDraft, CampaignSummary
from unionstation.ui.style import error_label


class CampaignDialog(QDialog):
    def __init__(self, year: int, save: Callable[[CampaignDraft], CampaignSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        self._save = save
        self.saved: CampaignSummary | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("campaignName")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("campaignKind")
        for code, label in CampaignKind.choices():
            self.kind_combo.addItem(label, code)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("campaignYear")
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(year)
        self.budget_edit = QLineEdit(self)
        self.budget_edit.setObjectName("campaignBudget")
        self.funding_combo = QComboBox(self)
        self.funding_combo.setObjectName("campaignFunding")
        for code, label in FundingSource.choices():
            self.funding_combo.addItem(label, code)
        self.standard_edits: dict[HardshipCategory, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Year"), self.year_spin)
        form.addRow(self.tr("Budget (yuan)"), self.budget_edit)
        form.addRow(self.tr("Funding source"), self.funding_combo)
        for category in HardshipCategory:
            edit = QLineEdit(self)
            edit.setObjectName(f"standard-{category.value}")
            self.standard_edits[category] = edit
            form.addRow(self.tr("Standard: {0}").format(category.label), edit)
        self.error = error_label(self, "campaignError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def draft(self) -> CampaignDraft:
        standards: dict[HardshipCategory, object] = {
            c: e.text() for c, e in self.standard_edits.items() if e.text().strip()}
        return CampaignDraft(self.name_edit.text(), CampaignKind(self.kind_combo.currentData()),
                             self.year_spin.value(), self.budget_edit.text(),
                             standards,  # type: ignore[arg-type]
                             FundingSource(self.funding_combo.currentData()))

    def accept(self) -> None:
        try:
            self.saved = self._save(self.draft())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
