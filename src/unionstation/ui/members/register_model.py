"""The register's table model: the total up front, rows fetched a page at a time.

The model never queries by itself: it is fed by a `MemberSource` (the query service, or a
fake in tests), so it runs without a window. `rowCount` is the whole match count, so the
scroll bar tells the truth, but only the pages the view actually shows are loaded; a few
recent pages are kept and the rest dropped, so 50,000 members cost a few hundred rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from unionstation.services.member_query import MemberFilter, MemberPage, MemberRow
from unionstation.ui.members.cell_text import value_text

PAGE_SIZE = 200
MAX_PAGES = 12
CONTEXT = "MemberTableModel"
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class MemberSource(Protocol):
    def search(self, criteria: MemberFilter, offset: int = 0, limit: int = 100,
               sort: str = "name", descending: bool = False) -> MemberPage: ...

    def rows(self, criteria: MemberFilter, offset: int = 0, limit: int = 100,
             sort: str = "name", descending: bool = False) -> list[MemberRow]: ...

    def count(self, criteria: MemberFilter) -> int: ...


@dataclass(frozen=True)
class Column:
    key: str  # also the service's sort key
    title: object  # source text (QT_TRANSLATE_NOOP), translated in CONTEXT
    shown: bool = True


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("MemberTableModel", "Name")),
    Column("gender", QT_TRANSLATE_NOOP("MemberTableModel", "Gender")),
    Column("id_number", QT_TRANSLATE_NOOP("MemberTableModel", "ID number")),
    Column("birth_date", QT_TRANSLATE_NOOP("MemberTableModel", "Birth date"), False),
    Column("phone", QT_TRANSLATE_NOOP("MemberTableModel", "Phone")),
    Column("union", QT_TRANSLATE_NOOP("MemberTableModel", "Grassroots union")),
    Column("employer", QT_TRANSLATE_NOOP("MemberTableModel", "Employer")),
    Column("job", QT_TRANSLATE_NOOP("MemberTableModel", "Job"), False),
    Column("priority_group", QT_TRANSLATE_NOOP("MemberTableModel", "Priority group"), False),
    Column("migrant_worker", QT_TRANSLATE_NOOP("MemberTableModel", "Migrant worker"), False),
    Column("model_worker_level", QT_TRANSLATE_NOOP("MemberTableModel", "Model worker"), False),
    Column("card_no", QT_TRANSLATE_NOOP("MemberTableModel", "Card number")),
    Column("status", QT_TRANSLATE_NOOP("MemberTableModel", "Status")),
    Column("joined_on", QT_TRANSLATE_NOOP("MemberTableModel", "Joined on")),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)


def column_title(column: Column) -> str:
    return QCoreApplication.translate(CONTEXT, str(column.title))


def cell_text(row: MemberRow, key: str) -> str:
    """What the register shows: labels for codes, 是/否, ISO dates, masked ID numbers."""
    value: object = {
        "id_number": row.id_number_masked,
        "union": row.union_name,
    }.get(key, getattr(row, key, None))
    return value_text(value)


class MemberTableModel(QAbstractTableModel):
    total_known = Signal(int)  # the exact total, once a capped one was counted out

    def __init__(self, source: MemberSource, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._criteria = MemberFilter()
        self._sort = "name"
        self._descending = False
        self._total = 0
        self._capped = False  # more than _total match: counted exactly when scrolled to
        self._pages: dict[int, list[MemberRow]] = {}
        self.fetches = 0  # pages asked of the source, for tests and the bench

    # -- what the register asks --------------------------------------------------------

    @property
    def criteria(self) -> MemberFilter:
        return self._criteria

    @property
    def total(self) -> int:
        return self._total

    @property
    def capped(self) -> bool:
        """The search counted only so far (COUNT_CAP): more than `total` match."""
        return self._capped

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, criteria: MemberFilter, count: bool = True) -> None:
        """Ask for the total and the first page in one read; drop everything else.
        Without `count`, only the first page is read: a full page stands as a capped total
        ("200+") until `fetchMore` counts (the register does, once it has painted)."""
        self.beginResetModel()
        self._criteria = criteria
        self._pages.clear()
        if count:
            page = self._source.search(criteria, 0, self._page_size, self._sort,
                                       self._descending)
            self._total, self._capped, rows = page.total, page.capped, page.rows
        else:
            rows = self._source.rows(criteria, 0, self._page_size, self._sort,
                                     self._descending)
            self._total, self._capped = len(rows), len(rows) >= self._page_size
        self.fetches += 1
        self._pages[0] = rows
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._criteria)

    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def row_at(self, row: int) -> MemberRow | None:
        if not 0 <= row < self._total:
            return None
        number, at = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        return page[at] if at < len(page) else None

    def member_id(self, row: int) -> UUID | None:
        found = self.row_at(row)
        return found.id if found else None

    def loaded_row_of(self, member_id: UUID) -> int | None:
        """The row of a member among the pages already loaded (no query)."""
        for number, rows in self._pages.items():
            for at, found in enumerate(rows):
                if found.id == member_id:
                    return number * self._page_size + at
        return None

    def _load(self, number: int) -> list[MemberRow]:
        rows = self._source.rows(self._criteria, number * self._page_size, self._page_size,
                                 self._sort, self._descending)
        self.fetches += 1
        if len(self._pages) >= MAX_PAGES:
            farthest = max(self._pages, key=lambda kept: abs(kept - number))
            del self._pages[farthest]
        self._pages[number] = rows
        return rows

    # -- Qt's side ---------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._capped

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Scrolled to the end of a capped total: count every match, show every row."""
        if parent.isValid() or not self._capped:
            return
        exact = self._source.count(self._criteria)
        self._capped = False
        if exact > self._total:
            self.beginInsertRows(QModelIndex(), self._total, exact - 1)
            self._total = exact
            self.endInsertRows()
        self.total_known.emit(self._total)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            found = self.row_at(index.row())
            return cell_text(found, COLUMNS[index.column()].key) if found else None
        if role == ID_ROLE:
            return self.member_id(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return column_title(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the service's: a new order drops the loaded pages."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self.beginResetModel()
        self._sort, self._descending = key, descending
        self._pages.clear()
        if self._total:
            self._load(0)
        self.endResetModel()
