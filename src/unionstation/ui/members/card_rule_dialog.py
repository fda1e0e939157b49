"""The membership card number rule (会员证号规则): a prefix and the running number's width."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionstation.services.card_numbers import CardNumberRule, CardNumberService
from unionstation.services.card_rule import CardRulePreview
from unionstation.services.errors import UserError
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import error_label


class CardRuleDialog(QDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.division_code = context.station.division_code
        self._service = CardNumberService(context.services, self.division_code)
        self._preview = CardRulePreview(context.services)
        self.saved: CardNumberRule | None = None
        self.setWindowTitle(self.tr("Card number rule"))
        self.setMinimumWidth(460)
        rule = self._service.rule()
        intro = QLabel(self.tr("A card number is the prefix followed by a running number. "
                               "Numbers already given out do not change."), self)
        intro.setWordWrap(True)
        self.prefix_edit = QLineEdit(rule.prefix, self)
        self.prefix_edit.setObjectName("cardPrefix")
        self.prefix_edit.setPlaceholderText(self.division_code)
        self.default_button = QPushButton(self.tr("Division code"), self)
        self.default_button.setToolTip(self.tr("Use the station's division code as the prefix"))
        self.default_button.clicked.connect(
            lambda: self.prefix_edit.setText(self.division_code))
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix_edit, 1)
        prefix_row.addWidget(self.default_button)
        self.digits_spin = QSpinBox(self)
        self.digits_spin.setObjectName("cardDigits")
        self.digits_spin.setRange(3, 10)
        self.digits_spin.setValue(rule.digits)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("cardPreview")
        self.preview_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.error_label = error_label(self, "cardRuleError")

        form = QFormLayout()
        form.addRow(self.tr("Prefix"), prefix_row)
        form.addRow(self.tr("Digits of the running number"), self.digits_spin)
        form.addRow(self.tr("Next card number"), self.preview_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.prefix_edit.textChanged.connect(self._update)
        self.digits_spin.valueChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.error_label.clear()
        prefix = self.prefix_edit.text() or self.division_code
        self.preview_label.setText(self._preview.preview(prefix, self.digits_spin.value()))

    def try_save(self) -> None:
        prefix = self.prefix_edit.text().strip() or self.division_code
        try:
            self.saved = self._service.set_rule(prefix, self.digits_spin.value())
        except UserError as exc:
            self.error_label.setText(str(exc))
            return
        self.accept()
