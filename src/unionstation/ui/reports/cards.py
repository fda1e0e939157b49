"""A figure card: what is counted, this year's figure, last year's and the change."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from unionstation.ui.style import MUTED_STYLE

CARD_STYLE = ("QFrame#figureCard { background: #f6f8fb; border: 1px solid #d5dde8; "
              "border-radius: 6px; }")
VALUE_STYLE = "font-size: 26px; font-weight: bold; color: #1f3b63;"
UP_STYLE, DOWN_STYLE = "color: #1b7a34;", "color: #b00020;"


def number_text(value: int | Decimal) -> str:
    return f"{value:,.2f}" if isinstance(value, Decimal) else f"{value:,}"


class FigureCard(QFrame):
    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setProperty("figure", key)
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel(title, self)
        self.title.setStyleSheet(MUTED_STYLE + " font-size: 13px;")
        self.value = QLabel("—", self)
        self.value.setObjectName(f"value-{key}")
        self.value.setStyleSheet(VALUE_STYLE)
        self.previous = QLabel("", self)
        self.previous.setObjectName(f"previous-{key}")
        self.previous.setStyleSheet("font-size: 12px;")
        self.note = QLabel("", self)
        self.note.setObjectName(f"note-{key}")
        self.note.setStyleSheet(MUTED_STYLE + " font-size: 12px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.previous, self.note):
            layout.addWidget(label)

    def show_figure(self, value: int | Decimal, previous: int | Decimal,
                    note: str = "") -> None:
        self.value.setText(number_text(value))
        change = value - previous
        sign = "+" if change > 0 else ""
        self.previous.setText(self.tr("Last year {0}, change {1}").format(
            number_text(previous), sign + number_text(change)))
        self.previous.setStyleSheet("font-size: 12px; " + (
            UP_STYLE if change > 0 else DOWN_STYLE if change < 0 else MUTED_STYLE))
        self.note.setText(note)
        self.note.setVisible(bool(note))
