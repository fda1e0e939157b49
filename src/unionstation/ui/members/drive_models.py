"""A table model fed rows by its view (it never queries), with one function per column.

Used by the drive's running list, the list of drives and the unions table; with the phone
check the drive row and the union dialog share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from unionstation.domain.phone import InvalidPhone, normalize_phone

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

MUTED = QColor("#888888")


def phone_problem(text: str) -> str:
    """Why a typed phone number is wrong, or "" (also for an empty field)."""
    if not text.strip():
        return ""
    try:
        normalize_phone(text)
    except InvalidPhone as exc:
        return str(exc)
    return ""


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    numeric: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None,
                 muted: Callable[[T], bool] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._muted = muted

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row(self, index: int) -> T:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(row):
            return QBrush(MUTED)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole
                and orientation == Qt.Orientation.Horizontal):
            return self._columns[section].title
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None
