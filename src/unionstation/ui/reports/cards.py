"""A figure card: what is counted, this year's figure, last year's and the change."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

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


def _total(values: dict[str, Any]) -> int | Decimal:
    numbers = [Decimal(v) if isinstance(v, str) else int(v) for v in values.values()]
    return sum(numbers, start=Decimal(0) if any(isinstance(v, Decimal) for v in numbers)
               else 0)


class FigureCards(QWidget):
    """The report's main figures as cards, each beside last year's (the station's page and
    the county's show the same ones); `cards` by key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, FigureCard] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for index, (key, title) in enumerate((
                ("active", self.tr("Active members")), ("joined", self.tr("New members")),
                ("unions", self.tr("Grassroots unions")), ("new_unions", self.tr("New unions")),
                ("venues", self.tr("Venues")), ("files", self.tr("Hardship files")),
                ("visits", self.tr("Visits")), ("paid", self.tr("Money paid (yuan)")))):
            card = FigureCard(key, title, self)
            self.cards[key] = card
            grid.addWidget(card, index // 4, index % 4)

    def _plan_note(self, report: dict[str, Any], name: str) -> str:
        plan = report["plan"].get(name)
        return "" if plan is None else self.tr("Plan {0}, {1}% done").format(
            plan["plan"], plan["percent"] or "—")

    def show_report(self, report: dict[str, Any]) -> None:
        before = report["previous_year"]
        members, unions = report["members"], report["unions"]
        venues, hardship = report["venues"], report["hardship"]
        cards = self.cards
        cards["active"].show_figure(members["active"], before["members"]["active"])
        cards["joined"].show_figure(members["joined"], before["members"]["joined"],
                                    self._plan_note(report, "new_members"))
        cards["unions"].show_figure(unions["total"], before["unions"]["total"])
        cards["new_unions"].show_figure(unions["new"], before["unions"]["new"],
                                        self._plan_note(report, "new_unions"))
        cards["venues"].show_figure(_total(venues["by_kind"]),
                                    _total(before["venues"]["by_kind"]),
                                    self._plan_note(report, "homes"))
        cards["files"].show_figure(_total(hardship["files"]),
                                   _total(before["hardship"]["files"]))
        cards["visits"].show_figure(hardship["visits"], before["hardship"]["visits"])
        cards["paid"].show_figure(Decimal(hardship["paid_total"]),
                                  Decimal(before["hardship"]["paid_total"]))
