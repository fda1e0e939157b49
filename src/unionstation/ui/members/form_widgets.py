"""Small editors the member form is built from: code lists, optional dates and years."""

from __future__ import annotations

from datetime import date
from typing import Generic, TypeVar
from uuid import UUID

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QSpinBox, QWidget

from unionstation.domain.codes import LabeledEnum
from unionstation.ui.style import ERROR_STYLE, INVALID_STYLE

E = TypeVar("E", bound=LabeledEnum)

DATE_FORMAT = "yyyy-MM-dd"
_NO_DATE = QDate(1900, 1, 1)


class EnumCombo(QComboBox, Generic[E]):
    """A national code list; the first entry means "not filled in" when `blank` is given."""

    def __init__(self, enum: type[E], blank: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[E | None] = []
        if blank is not None:
            self.addItem(blank)
            self._values.append(None)
        for member in enum:
            self.addItem(member.label)
            self._values.append(member)
        self.setMaxVisibleItems(20)

    def value(self) -> E | None:
        index = self.currentIndex()
        return self._values[index] if index >= 0 else None

    def set_value(self, value: E | None) -> None:
        self.setCurrentIndex(self._values.index(value) if value in self._values else 0)


class UnionCombo(QComboBox):
    """The station's grassroots unions, by id, in pinyin order.

    A new record starts with none chosen (the first union in the list is first only by
    its name, and filing members there silently is worse than asking); the union used last
    in this session is offered at the top.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Choose the grassroots union"))
        self.setMaxVisibleItems(20)

    def set_unions(self, unions: list[tuple[UUID, str]], current: UUID | None,
                   last_used: UUID | None = None) -> None:
        self.clear()
        first = [u for u in unions if u[0] == last_used]
        for union_id, name in first + [u for u in unions if u[0] != last_used]:
            self.addItem(name, str(union_id))
        if first:
            self.setItemData(0, self.tr("Used last"), Qt.ItemDataRole.ToolTipRole)
            self.insertSeparator(1)
        index = self.findData(str(current)) if current is not None else -1
        self.setCurrentIndex(index)

    def union_id(self) -> UUID | None:
        data = self.currentData()
        return UUID(data) if data else None


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_DATE)
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: the earliest date stands for "not given"."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(empty_text)

    def value(self) -> date | None:
        current = self.date()
        return None if current == self.minimumDate() else pydate(current)

    def set_value(self, value: date | None) -> None:
        self.setDate(qdate(value) if value is not None else self.minimumDate())


class YearSpin(QSpinBox):
    """A year, or nothing (shown as `empty_text`)."""

    EMPTY = 1949

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(self.EMPTY, date.today().year)
        self.setSpecialValueText(empty_text)

    def value_or_none(self) -> int | None:
        return None if self.value() == self.EMPTY else self.value()

    def set_value(self, year: int | None) -> None:
        self.setValue(year if year is not None else self.EMPTY)


def error_label(parent: QWidget, name: str) -> QLabel:
    """The red line under a field that says what is wrong with it."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setStyleSheet(INVALID_STYLE if invalid else "")
