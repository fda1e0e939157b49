"""The ledger (台账) writer every area shares: members now, assets and hardship files later.

    write_ledger(path, LedgerSpec("会员台账", station, today, columns), rows,
                 total=n, progress=report, cancelled=lambda: flag.is_set())

A title row and a date line, one header row (frozen, with an autofilter), then one row per
tuple of `rows`, which is read once as it comes: the workbook streams (XlsxWriter's
constant-memory mode), so 50,000 rows need no more memory than 50. Each cell is written by
its column's kind, never guessed from the value: ID numbers and other codes stay text
(a number would lose digits past the 15th), dates are real dates, and text that Excel
would read as a formula is marked as text (its quote prefix, the apostrophe) and never
written as one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from unionstation.exchange.files import atomic_file

ColumnKind = Literal["text", "date", "number", "money", "bool"]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Excel would start a formula (or a DDE call) at any of these first characters.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
TITLE_ROW, DATE_ROW, HEADER_ROW = 0, 1, 2
FIRST_DATA_ROW = HEADER_ROW + 1
PROGRESS_EVERY = 500
MAX_WIDTH = 50.0
_YES, _NO = "是", "否"


class ExportCancelled(Exception):
    """The officer stopped the export; no file was written."""


@dataclass(frozen=True)
class Column:
    """One column: its Chinese header, what its cells hold, and a width in characters
    (None: fitted to the header and the longest value written)."""

    header: str
    kind: ColumnKind = "text"
    width: float | None = None


@dataclass(frozen=True)
class LedgerSpec:
    title: str
    station: str
    made_on: date
    columns: Sequence[Column]
    sheet_name: str = "台账"


def formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def display_width(text: str) -> float:
    """Columns of Excel's default font: a CJK character is two, ASCII one (UTF-8 length
    is 3 for the former and 1 for the latter, so this costs one C call)."""
    return (len(text.encode("utf-8")) + len(text)) / 2


class _Cells:
    """The formats of one workbook and a writer per column kind."""

    def __init__(self, book: Any, sheet: Worksheet) -> None:
        self.sheet = sheet
        base = {"border": 1, "valign": "vcenter", "font_size": 10}
        self.text = book.add_format({**base, "num_format": "@"})
        self.quoted = book.add_format({**base, "num_format": "@", "quote_prefix": True})
        self.date = book.add_format({**base, "num_format": "yyyy-mm-dd", "align": "center"})
        self.number = book.add_format({**base, "num_format": "0"})
        self.money = book.add_format({**base, "num_format": "#,##0.00"})
        self.bool = book.add_format({**base, "align": "center"})
        self.blank = book.add_format(base)
        self.header = book.add_format({**base, "bold": True, "text_wrap": True,
                                       "align": "center", "bg_color": "#DDEBF7"})
        self.title = book.add_format({"bold": True, "font_size": 16, "align": "center",
                                      "valign": "vcenter"})
        self.subtitle = book.add_format({"font_size": 10, "align": "right"})
        self.column_text = book.add_format({"num_format": "@"})

    def write_text(self, row: int, col: int, value: object) -> None:
        text = value if isinstance(value, str) else str(value)
        if text.startswith("<r>") and text.endswith("</r>"):
            # Constant-memory mode copies such a string into the XML unescaped, as if it
            # were rich text: split it into plain fragments, which are escaped.
            self.sheet.write_rich_string(row, col, text[0], text[1], text[2:], self.quoted)
        elif formula_like(text):
            self.sheet.write_string(row, col, text, self.quoted)
        else:
            self.sheet.write_string(row, col, text, self.text)

    def write_date(self, row: int, col: int, value: object) -> None:
        if isinstance(value, date | datetime):
            self.sheet.write_datetime(row, col, value, self.date)
        else:
            self.write_text(row, col, value)

    def write_number(self, row: int, col: int, value: object) -> None:
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            self.sheet.write_number(row, col, value, self.number)
        else:
            self.write_text(row, col, value)

    def write_money(self, row: int, col: int, value: object) -> None:
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            self.sheet.write_number(row, col, value, self.money)
        else:
            self.write_text(row, col, value)

    def write_bool(self, row: int, col: int, value: object) -> None:
        self.sheet.write_string(row, col, _YES if value else _NO, self.bool)

    def writers(self, columns: Sequence[Column]) -> list[Callable[[int, int, object], None]]:
        table: dict[ColumnKind, Callable[[int, int, object], None]] = {
            "text": self.write_text, "date": self.write_date, "number": self.write_number,
            "money": self.write_money, "bool": self.write_bool,
        }
        return [table[column.kind] for column in columns]


_FIXED_WIDTHS: dict[ColumnKind, float] = {"date": 11.5, "bool": 6.0, "money": 12.0}


def _header_width(column: Column) -> float:
    return display_width(column.header) + 2.5  # room for the autofilter's arrow


def write_ledger(
    path: Path, spec: LedgerSpec, rows: Iterable[Sequence[object]], *,
    total: int | None = None, progress: Progress | None = None,
    cancelled: Cancelled | None = None, before_commit: Callable[[int], None] | None = None,
) -> int:
    """Write the ledger to `path` atomically and return the number of rows written.

    `progress(done, total)` is called every few hundred rows; `cancelled()` is asked as
    often and, once true, stops the export with ExportCancelled and no file. A None cell
    is left empty. `before_commit(rows)` runs when the workbook is complete but not yet
    in place (an audit entry, say): if it raises, no file is left either.
    """
    columns = list(spec.columns)
    if not columns:
        raise ValueError("a ledger needs at least one column")
    last_col = len(columns) - 1
    expected = total or 0
    with atomic_file(Path(path)) as handle:
        book = xlsxwriter.Workbook(handle, {
            "constant_memory": True, "strings_to_numbers": False,
            "strings_to_formulas": False, "strings_to_urls": False,
        })
        try:
            sheet = book.add_worksheet(spec.sheet_name)
            cells = _Cells(book, sheet)
            _write_top(sheet, cells, spec, columns)
            writers = cells.writers(columns)
            fitted = [c.width is None and c.kind in ("text", "number") for c in columns]
            widths = [_header_width(c) for c in columns]
            row_at = FIRST_DATA_ROW
            written = 0
            for values in rows:
                if written % PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ExportCancelled()
                    if progress is not None and written:
                        progress(written, max(expected, written))
                for col, value in enumerate(values):
                    if value is None or value == "":
                        sheet.write_blank(row_at, col, None, cells.blank)  # its border
                        continue
                    writers[col](row_at, col, value)
                    if fitted[col]:
                        width = widths[col]
                        text = value if isinstance(value, str) else str(value)
                        if len(text) * 2 > width:
                            widths[col] = max(width, display_width(text))
                row_at += 1
                written += 1
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            _finish(sheet, cells, columns, widths, max(row_at - 1, HEADER_ROW), last_col)
        except BaseException:
            # Closing removes the rows XlsxWriter spooled to a temporary file (personal
            # data); what it writes goes to our temporary file, which is removed too.
            with suppress(Exception):
                book.close()
            raise
        book.close()
        if progress is not None:
            progress(written, max(expected, written))
        if before_commit is not None:
            before_commit(written)
    return written


def _write_top(sheet: Worksheet, cells: _Cells, spec: LedgerSpec,
               columns: Sequence[Column]) -> None:
    last_col = len(columns) - 1
    sheet.set_row(TITLE_ROW, 30)
    title = f"{spec.station}{spec.title}"
    made = f"制表单位:{spec.station}    制表日期:{spec.made_on:%Y年%m月%d日}"
    if last_col:
        sheet.merge_range(TITLE_ROW, 0, TITLE_ROW, last_col, title, cells.title)
        sheet.merge_range(DATE_ROW, 0, DATE_ROW, last_col, made, cells.subtitle)
    else:
        sheet.write_string(TITLE_ROW, 0, title, cells.title)
        sheet.write_string(DATE_ROW, 0, made, cells.subtitle)
    sheet.set_row(HEADER_ROW, 22)
    for col, column in enumerate(columns):
        sheet.write_string(HEADER_ROW, col, column.header, cells.header)
    sheet.freeze_panes(FIRST_DATA_ROW, 0)
    sheet.repeat_rows(HEADER_ROW)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.set_footer("&C第 &P 页,共 &N 页")


def _finish(sheet: Worksheet, cells: _Cells, columns: Sequence[Column], widths: list[float],
            last_row: int, last_col: int) -> None:
    """Widths and the autofilter, which the streamed rows decide (written at close)."""
    for col, column in enumerate(columns):
        width = column.width or _FIXED_WIDTHS.get(column.kind) or min(widths[col] + 1,
                                                                      MAX_WIDTH)
        width = max(width, _header_width(column))
        sheet.set_column(col, col, width, cells.column_text if column.kind == "text" else None)
    sheet.autofilter(HEADER_ROW, 0, last_row, last_col)
