"""What the Homes tabs share: a table model over plain tuples, errors shown to the officer,
and the PDF save question."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from unionstation.services.errors import UserError
from unionstation.ui.dialogs import report_error, with_suffix
from unionstation.ui.page_context import PageContext

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of display tuples; `keys` holds what each row stands for (an id, a tag)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[object, ...]] = []
        self.keys: list[Any] = []
        self.colours: dict[int, str] = {}

    def set_rows(self, rows: Sequence[tuple[object, ...]], keys: Sequence[Any],
                 colours: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.keys, self.colours = list(rows), list(keys), colours or {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.colours:
            from PySide6.QtGui import QColor

            return QColor(self.colours[index.row()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


Page = tuple[list[tuple[object, ...]], list[Any], dict[int, str]]
"""A page of rows: the cells, the keys, and colours by row number within the page."""


class PagedRowsModel(RowsModel):
    """Rows read a page at a time as the table scrolls (`canFetchMore`/`fetchMore`): a
    register of 20,000 assets paints after reading the first page."""

    PAGE = 100

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self.total = 0
        self._loader: Callable[[int, int], Page] | None = None

    def set_source(self, total: int, loader: Callable[[int, int], Page]) -> None:
        self.total, self._loader = total, loader
        rows, keys, colours = loader(0, self.PAGE) if total else ([], [], {})
        self.set_rows(rows, keys, colours)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self._loader is None or parent.isValid():
            return
        start = len(self.rows)
        rows, keys, colours = self._loader(start, self.PAGE)
        if not rows:
            self.total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows += rows
        self.keys += keys
        self.colours.update({start + n: colour for n, colour in colours.items()})
        self.endInsertRows()


def table(parent: QWidget, model: RowsModel, name: str,
          widths: Sequence[int] = ()) -> QTableView:
    """A read-only table with fixed column widths (no measuring: 20,000 rows paint at once)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for number, width in enumerate(widths):
        header.resizeSection(number, width)
    return view


def selected_keys(view: QTableView, model: RowsModel) -> list[Any]:
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [model.keys[row] for row in rows if row < len(model.keys)]


def attempt(context: PageContext, title: str, work: Callable[[], T]) -> T | None:
    """Run `work`; an officer's error (or a bug) is shown, and None returned."""
    try:
        return work()
    except UserError as exc:
        report_error(context.dialogs, title, exc, context.home.log_file)
    except Exception as exc:  # a bug: logged whole by report_error
        report_error(context.dialogs, title, exc, context.home.log_file)
    return None


def ask_pdf(context: PageContext, title: str, suggested: str) -> Path | None:
    path = context.dialogs.save_file(title, "PDF (*.pdf)", suggested)
    return with_suffix(path, ".pdf") if path else None
