"""Reading a spreadsheet an officer hands us, safely: .xlsx, .xls (python-calamine) and .csv.

Files come from anywhere, so the size of the file, the inflated size of every zip entry
(a decompression bomb declares small sizes and inflates to gigabytes), entity
declarations (an entity bomb) and every cell reference of every sheet (one cell at
XFD1048576 makes a dense range of 17 billion cells) are checked, streaming, before
anything is parsed; the parse itself then runs in a child process with an address-space
and a time limit (exchange/sandbox.py), so no file can take the app down. A roster is
read as a stream (`iter_rows`): the child hands its rows over a chunk at a time.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook

from unionstation.exchange.sandbox import SandboxRefused, run_limited, stream_limited
from unionstation.services.errors import UserError

Cell = str | int | float | bool | date | datetime | time | timedelta | None
Row = list[Cell]

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_INFLATED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200
ROWS_CHUNK = 2_000  # rows handed over at a time when a sheet is read as a stream
_CHUNK = 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CSV_SUFFIXES = (".csv", ".txt")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", *CSV_SUFFIXES)


class UnreadableFile(UserError):
    """Not a spreadsheet we can read, or one too big or too strange to read safely."""


_ENTITY = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_TAIL = 256  # bytes kept between chunks, so a reference split by a chunk is still seen


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _letters(column: int) -> str:
    text = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


@lru_cache(maxsize=4)
def _far_refs(max_rows: int, max_columns: int) -> tuple[re.Pattern[bytes], ...]:
    """Cell and row references that may lie past the limits: a row number with fewer
    digits than the limit's, a column with fewer letters, is within them, so an ordinary
    sheet's references are not looked at one by one. (Cell: column, row; row: row.)"""
    digits, letters = len(str(max_rows)), len(_letters(max_columns))
    cell = rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{%d,3})([0-9]{%d,7})\""
    return (re.compile(cell % (1, digits)), re.compile(cell % (letters, 1)),
            re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"([0-9]{%d,7})\"" % digits),
            # What each of the three needs in the text, found 15 times as fast (it starts
            # with a literal): a chunk without it is not searched by them.
            re.compile(rb"r=\"(?:[A-Z]{%d}|[A-Z]{0,%d}[0-9]{%d})" % (letters, letters - 1, digits)))


class _PartScan:
    """One XML part, fed in chunks: entity declarations refused; in a sheet, the furthest
    row and column any cell names, refused past the limits before calamine sees it."""

    def __init__(self, path: Path, sheet: bool) -> None:
        self.path, self.sheet, self.tail = path, sheet, b""

    def feed(self, chunk: bytes) -> None:
        data = self.tail + chunk
        if _ENTITY.search(data):
            raise UnreadableFile(f"文件“{self.path.name}”里有实体声明(可用来撑爆内存的写法),"
                                 "不像 Excel 保存的文件,已拒绝读取。")
        far_down, far_right, rows, far = _far_refs(MAX_ROWS, MAX_COLUMNS)
        if self.sheet and far.search(data):
            for cells in (far_down, far_right):
                for match in cells.finditer(data):
                    self._check(int(match[2]), _column_number(match[1]))
            for match in rows.finditer(data):
                self._check(int(match[1]), 1)
        self.tail = data[-_TAIL:]

    def _check(self, row: int, column: int) -> None:
        if row > MAX_ROWS:
            raise _too_many_rows(row)
        if column > MAX_COLUMNS:
            raise UnreadableFile(f"工作表在第 {column} 列有内容,超过 {MAX_COLUMNS} 列的上限。")


@dataclass(frozen=True)
class Workbook:
    path: Path
    sheet_names: list[str]


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB"


def _check_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFile(f"无法打开文件“{path.name}”:{exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            f"文件“{path.name}”有 {_mb(size)},超过了 {_mb(MAX_FILE_BYTES)} 的上限;"
            "请把花名册分成几个文件分别导入。")
    if size == 0:
        raise UnreadableFile(f"文件“{path.name}”是空的。")
    return size


def _check_zip(path: Path) -> None:
    """Inflate every entry, counting bytes, and stop at the limit: sizes in the zip may lie."""
    total = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.file_size > MAX_INFLATED_BYTES:
                    raise _too_big(path)
                name = info.filename.lower()
                scan = (_PartScan(path, name.startswith("xl/worksheets/"))
                        if name.endswith((".xml", ".rels", ".vml")) else None)
                with archive.open(info) as entry:
                    while chunk := entry.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_INFLATED_BYTES:
                            raise _too_big(path)
                        if scan is not None:
                            scan.feed(chunk)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError,
            EOFError, RuntimeError) as exc:
        raise UnreadableFile(f"文件“{path.name}”已损坏或不是 Excel 文件,无法读取。") from exc


def _too_big(path: Path) -> UnreadableFile:
    return UnreadableFile(
        f"文件“{path.name}”解压后超过 {_mb(MAX_INFLATED_BYTES)},不像一份花名册,已拒绝读取。")


def _kind(path: Path, scan: bool = True) -> str:
    _check_size(path)
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(_ZIP_MAGIC):
        if scan:
            _check_zip(path)
        return "excel"
    if head.startswith(_OLE_MAGIC):
        return "excel"
    if path.suffix.lower() in CSV_SUFFIXES:
        return "csv"
    raise UnreadableFile(f"文件“{path.name}”不是 Excel 或 CSV 文件,无法读取。")


@dataclass(frozen=True)
class SheetHead:
    """A sheet's first rows, read without holding the rest: `complete` when there is no
    more (the rows are then the whole sheet); `height`, the sheet's rows from row 1."""

    book: Workbook
    sheet: str
    rows: list[Row]
    complete: bool
    height: int


def read_head(path: Path, sheet: str | None, count: int) -> SheetHead:
    """Check the file; the sheet's (the first by default) first `count` rows, padded to the
    sheet's width, and its sheet names."""
    if _kind(path) == "csv":
        rows: list[Row] = []
        with closing(_csv_chunks(path, None)) as chunks:
            for chunk in chunks:
                rows += chunk
                if len(rows) > count:
                    break
        height = (len(rows) if len(rows) <= count
                  else sum(1 for _ in _csv_records(path, _csv_encoding(path))))
        return SheetHead(Workbook(path, [path.stem]), path.stem, rows[:count],
                         len(rows) <= count, height)
    names, name, rows, height = _limited(_excel_head, path, sheet, count)
    return SheetHead(Workbook(path, names), name, rows, height <= count, height)


def iter_rows(path: Path, sheet: str | None = None, *, columns: Sequence[int] | None = None,
              scanned: bool = False) -> Generator[list[Row], None, None]:
    """The sheet's rows from row 1 (each padded to one width), ROWS_CHUNK at a time, read
    as they are taken: an Excel sheet is parsed in the sandbox, which hands the rows over
    chunk by chunk. Only the cells of `columns` if given. `scanned`: the file was checked
    by an earlier read and has not changed since (the caller compared it), so its zip
    entries are not inflated and scanned again."""
    kind = _kind(path, scan=not scanned)
    if kind == "csv":
        yield from _csv_chunks(path, columns)
        return
    try:
        yield from stream_limited(_excel_chunks, path, sheet, columns, ROWS_CHUNK,
                                  name=path.name)
    except SandboxRefused as exc:
        raise UnreadableFile(str(exc)) from exc


def raw_chunks(path: Path, sheet: str | None, size: int) -> Iterator[list[Row]]:
    """The sheet's rows, `size` at a time, parsed in this process: for code that runs in
    the sandbox itself (the file was checked when it was loaded)."""
    if _kind(path, scan=False) == "csv":
        return _csv_chunks(path, None)
    return _excel_chunks(path, sheet, None, size)


def read_rows(path: Path, sheet: str | None = None) -> list[Row]:
    """All rows of the sheet (the first by default) from row 1, each padded to one width."""
    rows: list[Row] = []
    for chunk in iter_rows(path, sheet):
        rows += chunk
    return rows


def _too_many_rows(count: int) -> UnreadableFile:
    return UnreadableFile(
        f"工作表有 {count} 行,超过 {MAX_ROWS} 行的上限;请分成几个文件分别导入。")


def _too_wide(width: int) -> UnreadableFile:
    return UnreadableFile(f"工作表有 {width} 列,超过 {MAX_COLUMNS} 列的上限。")


def _limited(target: Any, path: Path, *args: Any) -> Any:
    """Run an Excel parse in the sandbox; its refusals are UnreadableFile."""
    try:
        return run_limited(target, path, *args, name=path.name)
    except SandboxRefused as exc:
        raise UnreadableFile(str(exc)) from exc


def _broken(path: Path) -> UnreadableFile:
    return UnreadableFile(f"文件“{path.name}”已损坏或不是 Excel 文件,无法读取。")


def _excel_sheet(book: CalamineWorkbook, path: Path, sheet: str | None) -> CalamineSheet:
    if sheet is None:
        data = book.get_sheet_by_index(0)
    elif sheet in book.sheet_names:
        data = book.get_sheet_by_name(sheet)
    else:
        raise UnreadableFile(f"文件“{path.name}”里没有名为“{sheet}”的工作表。")
    if data.height > MAX_ROWS:
        raise _too_many_rows(data.height)
    if data.width > MAX_COLUMNS:
        raise _too_wide(data.width)
    return data


def _excel_head(path: Path, sheet: str | None, count: int,
                ) -> tuple[list[str], str, list[Row], int]:
    """(sheet names, the sheet's name, its first `count` rows, its height)."""
    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            names = list(book.sheet_names)
            if not names:
                raise UnreadableFile(f"文件“{path.name}”里没有工作表。")
            data = _excel_sheet(book, path, sheet)
            rows = _wide_checked(data.to_python(skip_empty_area=False, nrows=count + 1))
            end = data.end
    except (CalamineError, OSError, ValueError) as exc:
        raise _broken(path) from exc
    height = len(rows) if len(rows) <= count else max(end[0] + 1 if end else 0, len(rows))
    if height > MAX_ROWS:
        raise _too_many_rows(height)
    return (names, sheet if sheet is not None else names[0],
            [list(row) for row in rows[:count]], height)


def _excel_chunks(path: Path, sheet: str | None, columns: Sequence[int] | None,
                  size: int) -> Iterator[list[Row]]:
    """Run in the sandbox: the sheet's rows, `size` at a time."""
    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            rows = _wide_checked(_excel_sheet(book, path, sheet).to_python(
                skip_empty_area=False))
    except (CalamineError, OSError, ValueError) as exc:
        raise _broken(path) from exc
    for start in range(0, len(rows), size):
        yield _picked(rows[start:start + size], columns)


def _wide_checked(rows: list[Any]) -> list[Any]:
    """Rows from the sheet's first row and column: a sheet whose cells start far right is
    as wide, far down as high."""
    if len(rows) > MAX_ROWS:
        raise _too_many_rows(len(rows))
    if rows and len(rows[0]) > MAX_COLUMNS:
        raise _too_wide(len(rows[0]))
    return rows


def _picked(rows: Sequence[Sequence[Cell]], columns: Sequence[int] | None) -> list[Row]:
    if columns is None:
        return [list(row) for row in rows]
    return [[row[i] if i < len(row) else "" for i in columns] for row in rows]


def _csv_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) if it decodes, else GBK (GB18030, its superset), found
    reading the file a chunk at a time; a file with a NUL character in it is refused."""
    with path.open("rb") as handle:
        if handle.read(3) == b"\xef\xbb\xbf":
            return "utf-8-sig"
    for encoding in ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    if "\x00" in decoder.decode(chunk):
                        raise UnreadableFile(
                            f"文件“{path.name}”不是文本格式的 CSV 文件,无法读取。")
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise UnreadableFile("CSV 文件的编码既不是 UTF-8 也不是 GBK,无法读取。")


def _csv_records(path: Path, encoding: str) -> Iterator[list[str]]:
    errors = "replace" if encoding == "utf-8-sig" else "strict"
    with path.open(encoding=encoding, errors=errors, newline="") as handle:
        sample = handle.read(4096)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",\t;")
        except csv.Error:
            dialect = csv.excel
        handle.seek(0)
        for count, record in enumerate(csv.reader(handle, dialect), 1):
            if count > MAX_ROWS:
                raise _too_many_rows(count)
            yield record


def _csv_chunks(path: Path, columns: Sequence[int] | None) -> Generator[list[Row], None, None]:
    """A CSV file's rows, ROWS_CHUNK at a time, padded to the widest (read twice: once to
    measure, once to hand over)."""
    encoding = _csv_encoding(path)
    width = max((len(record) for record in _csv_records(path, encoding)), default=0)
    if width > MAX_COLUMNS:
        raise _too_wide(width)
    chunk: list[Row] = []
    for record in _csv_records(path, encoding):
        row: Row = list(record)
        row.extend([""] * (width - len(row)))
        chunk.append(row)
        if len(chunk) == ROWS_CHUNK:
            yield _picked(chunk, columns)
            chunk = []
    if chunk:
        yield _picked(chunk, columns)


def cell_text(value: Cell) -> str:
    """A cell as an officer sees it: integral numbers without '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def is_blank(row: Sequence[Cell]) -> bool:
    return all(cell_text(v).strip() == "" for v in row)
