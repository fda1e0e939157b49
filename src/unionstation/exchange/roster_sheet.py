"""A roster's sheet as the import sees it: the header found in its first rows, the rest
read again, as a stream, when rows are checked or imported, so that a 50,000-row roster is
never held whole (the parse runs in the sandbox, which hands the rows over a chunk at a
time; exchange/spreadsheet.py).

    sheet = load_roster(path)              # the file checked, the first rows, the header
    for number, cells in sheet.data_rows(): ...
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

from unionstation.domain.text import strip_all_spaces
from unionstation.exchange import spreadsheet
from unionstation.exchange.roster_columns import HeaderGuess, find_header, header_at
from unionstation.exchange.roster_rows import RowOutcome, RowReader, is_total_row
from unionstation.exchange.sandbox import SandboxRefused, stream_limited
from unionstation.exchange.spreadsheet import (
    Row,
    UnreadableFile,
    cell_text,
    is_blank,
    iter_rows,
    raw_chunks,
    read_head,
)
from unionstation.services.errors import UserError
from unionstation.services.gc_pause import cyclic_gc_paused

HEAD_ROWS = 1_000  # rows kept from loading: the header, the preview; a small roster whole


# A row from row 1 with, when it is a data row, its outcome.
Checked = tuple[int, Row, RowOutcome | None]


@dataclass(frozen=True)
class ReaderSpec:
    """What a RowReader is made of: sent to the sandbox, which checks the rows there."""

    headers: list[str]
    fields: list[str | None]
    unions: dict[str, tuple[UUID, bool]]
    default_union: UUID | None
    today: date

    def reader(self) -> RowReader:
        return RowReader(self.headers, self.fields, self.unions, self.default_union,
                         self.today)


class NoHeader(UserError):
    """No row among the first ten names the roster's columns."""


def _stamp(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError as exc:
        raise UnreadableFile(f"无法打开文件“{path.name}”:{exc.strerror or exc}") from exc
    return (status.st_size, status.st_mtime_ns)


@dataclass
class RosterSheet:
    """`head` holds the sheet's first rows (every row when `complete`); `height` is the
    number of rows from row 1. `stamp` is the file's size and time when it was read: the
    rows are read again from the file only if it has not changed since."""

    path: Path
    sheet_names: list[str]
    sheet: str
    head: list[Row]
    header: HeaderGuess
    complete: bool = True
    height: int = 0
    stamp: tuple[int, int] = (0, 0)

    def numbered_rows(self) -> Generator[tuple[int, Row], None, None]:
        """(sheet row number, cells) of every row from row 1, read as they are taken."""
        if self.complete:
            yield from enumerate(self.head, 1)
            return
        self._unchanged()
        number = 0
        with closing(iter_rows(self.path, self.sheet, scanned=True)) as chunks:
            for chunk in chunks:
                for row in chunk:
                    number += 1
                    yield number, row

    def is_data(self, number: int, cells: Row) -> bool:
        """A row below the header that is neither empty nor a total."""
        return number > self.header.row and not is_blank(cells) and not is_total_row(cells)

    def data_rows(self, limit: int | None = None) -> Generator[tuple[int, Row], None, None]:
        """(sheet row number, cells) below the header, without empty and total rows; only
        the first `limit` if given (from the rows kept, when they hold as many)."""
        if limit is not None:
            kept = [(n, cells) for n, cells in enumerate(self.head, 1) if self.is_data(n, cells)]
            if len(kept) >= limit or self.complete:
                yield from kept[:limit]
                return
        found = 0
        with closing(self.numbered_rows()) as rows:
            for number, cells in rows:
                if not self.is_data(number, cells):
                    continue
                yield number, cells
                found += 1
                if found == limit:
                    return

    def checked_rows(self, spec: ReaderSpec) -> Generator[Checked, None, None]:
        """Every row from row 1, each data row with its outcome. A roster read as a stream
        is checked in the sandbox, a chunk ahead of the caller: on two cores the rows are
        checked while the caller writes those before."""
        if self.complete:
            reader = spec.reader()
            for number, cells in enumerate(self.head, 1):
                yield number, cells, (reader.read(number, cells)
                                      if self.is_data(number, cells) else None)
            return
        self._unchanged()
        chunks = stream_limited(_checked_chunks, self.path, self.sheet, self.header.row, spec,
                                spreadsheet.ROWS_CHUNK, name=self.path.name)
        try:
            with closing(chunks):
                for chunk in chunks:
                    yield from chunk
        except SandboxRefused as exc:
            raise UnreadableFile(str(exc)) from exc

    def column_texts(self, index: int) -> set[str]:
        """The texts of one column below the header, spaces dropped, in capitals."""
        texts: set[str] = set()
        if self.complete:
            rows: Iterator[tuple[int, Row]] = enumerate(self.head, 1)
        else:
            self._unchanged()
            rows = self._numbered_column(index)
            index = 0
        for number, cells in rows:
            if number > self.header.row and index < len(cells):
                texts.add(strip_all_spaces(cell_text(cells[index])).upper())
        return texts - {""}

    def _numbered_column(self, index: int) -> Iterator[tuple[int, Row]]:
        number = 0
        for chunk in iter_rows(self.path, self.sheet, columns=[index], scanned=True):
            for row in chunk:
                number += 1
                yield number, row

    def data_estimate(self) -> int:
        """How many data rows there may be (for progress: empty rows are not known yet)."""
        return max(self.height - self.header.row, 0)

    def with_header_row(self, row_number: int) -> RosterSheet:
        return RosterSheet(self.path, self.sheet_names, self.sheet, self.head,
                           header_at(self.head, row_number), self.complete, self.height,
                           self.stamp)

    def _unchanged(self) -> None:
        if _stamp(self.path) != self.stamp:
            raise UnreadableFile(f"文件“{self.path.name}”在读取之后被修改过,"
                                 "请重新选择文件后再导入。")


def load_roster(path: Path, sheet: str | None = None,
                header_row: int | None = None) -> RosterSheet:
    """Check the file, read its first rows and find the header (or take `header_row`)."""
    path = Path(path)
    stamp = _stamp(path)
    head = read_head(path, sheet, max(HEAD_ROWS, header_row or 0))
    name = head.sheet
    if header_row is not None:
        header = header_at(head.rows, header_row)
    else:
        guess = find_header(head.rows)
        if guess is None:
            raise NoHeader(f"在工作表“{name}”的前10行里没有找到表头(如“姓名”“身份证号”),"
                           "请检查是否选对了工作表。")
        header = guess
    return RosterSheet(path, head.book.sheet_names, name, head.rows, header, head.complete,
                       head.height, stamp)


FIRST_CHUNK = 250  # rows in the first chunk handed over: the caller starts on them sooner


def _checked_chunks(path: Path, sheet: str, header_row: int, spec: ReaderSpec,
                    size: int) -> Iterator[list[Checked]]:
    """Run in the sandbox: the rows, each data row with its outcome, in chunks growing from
    FIRST_CHUNK to `size` (the caller writes the first while the next are checked). The
    collector of cycles is paused: the rows make none, and it would walk them all again
    and again (a fifth of the time)."""
    reader = spec.reader()
    number = 0
    target = min(FIRST_CHUNK, size)
    checked: list[Checked] = []
    with cyclic_gc_paused():
        for chunk in raw_chunks(path, sheet, size):
            for cells in chunk:
                number += 1
                data = number > header_row and not is_blank(cells) and not is_total_row(cells)
                checked.append((number, cells, reader.read(number, cells) if data else None))
                if len(checked) == target:
                    yield checked
                    checked, target = [], min(4 * target, size)
        if checked:
            yield checked
