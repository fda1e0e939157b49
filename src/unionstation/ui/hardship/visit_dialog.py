"""Recording a visit: occasion, officers, cash (with its funding) and goods (with value)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.hardship import FundingSource, MustVisitOccasion, VisitKind
from unionstation.services.errors import UserError
from unionstation.services.hardship.visits import VisitDraft
from unionstation.ui.style import error_label


class VisitDialog(QDialog):
    """Calls `save(draft)` on OK; a refusal shows in the dialog, which stays open."""

    def __init__(self, file_id: UUID, today: date,
                 save: Callable[[VisitDraft], tuple[UUID, UUID | None]],
                 campaigns: list[tuple[UUID, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a visit"))
        self.setMinimumWidth(460)
        self._file_id = file_id
        self._save = save
        self.saved: tuple[UUID, UUID | None] | None = None
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("visitDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("visitKind")
        for code, label in VisitKind.choices():
            self.kind_combo.addItem(label, code)
        self.occasion_combo = QComboBox(self)
        self.occasion_combo.setObjectName("visitOccasion")
        self.occasion_combo.addItem(self.tr("(none)"), None)
        for code, label in MustVisitOccasion.choices():
            self.occasion_combo.addItem(label, code)
        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setObjectName("visitCampaign")
        self.campaign_combo.addItem(self.tr("(none)"), None)
        for campaign_id, name in campaigns:
            self.campaign_combo.addItem(name, campaign_id)
        self.officers_edit = QLineEdit(self)
        self.officers_edit.setObjectName("visitOfficers")
        self.cash_edit = QLineEdit(self)
        self.cash_edit.setObjectName("visitCash")
        self.cash_edit.setPlaceholderText("0.00")
        self.funding_combo = QComboBox(self)
        self.funding_combo.setObjectName("visitFunding")
        for code, label in FundingSource.choices():
            self.funding_combo.addItem(label, code)
        self.goods_edit = QLineEdit(self)
        self.goods_edit.setObjectName("visitGoods")
        self.quantity_spin = QSpinBox(self)
        self.quantity_spin.setObjectName("visitGoodsQuantity")
        self.quantity_spin.setRange(0, 9999)
        self.goods_value_edit = QLineEdit(self)
        self.goods_value_edit.setObjectName("visitGoodsValue")
        self.goods_value_edit.setPlaceholderText("0.00")
        self.signed_box = QCheckBox(self.tr("Signed receipt on file"), self)
        self.signed_box.setObjectName("visitSigned")
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setObjectName("visitNotes")
        self.error = error_label(self, "visitError")

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Must-visit occasion"), self.occasion_combo)
        form.addRow(self.tr("Campaign"), self.campaign_combo)
        form.addRow(self.tr("Officers present"), self.officers_edit)
        form.addRow(self.tr("Cash (yuan)"), self.cash_edit)
        form.addRow(self.tr("Funding source"), self.funding_combo)
        form.addRow(self.tr("Goods"), self.goods_edit)
        form.addRow(self.tr("Quantity"), self.quantity_spin)
        form.addRow(self.tr("Goods value (yuan)"), self.goods_value_edit)
        form.addRow("", self.signed_box)
        form.addRow(self.tr("Notes"), self.notes_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def draft(self) -> VisitDraft:
        picked = self.date_edit.date()
        occasion = self.occasion_combo.currentData()
        campaign = self.campaign_combo.currentData()
        cash = self.cash_edit.text().strip()
        return VisitDraft(
            self._file_id, date(picked.year(), picked.month(), picked.day()),
            VisitKind(self.kind_combo.currentData()),
            MustVisitOccasion(occasion) if occasion else None,
            officers=self.officers_edit.text(), notes=self.notes_edit.text(),
            cash=cash or None,
            funding=FundingSource(self.funding_combo.currentData()) if cash else None,
            goods=self.goods_edit.text(), goods_quantity=self.quantity_spin.value(),
            goods_value=self.goods_value_edit.text() or None,
            campaign_id=campaign if isinstance(campaign, UUID) else None,
            signed=self.signed_box.isChecked())

    def accept(self) -> None:
        try:
            self.saved = self._save(self.draft())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
