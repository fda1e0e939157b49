"""The import report: a copy of the roster's rows with two columns added, result and reason.

ID numbers and phones are masked unless an unmasked report was chosen (and audited): the
report is a file that travels, and the officer's own sheet already holds the whole numbers.

Rejected rows are red, rows with warnings yellow, so an officer fixes the sheet where it
is and imports it again. Written with openpyxl's write-only mode, to a temporary name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from unionstation.domain.idnumber import masked
from unionstation.domain.phone import masked_phone
from unionstation.domain.text import FORMULA_STARTS
from unionstation.exchange.files import atomic_file
from unionstation.exchange.roster_rows import RowOutcome
from unionstation.exchange.spreadsheet import Cell, Row, cell_text
from unionstation.services.member_import import IMPORTED, REJECTED, SKIPPED, UPDATED

if TYPE_CHECKING:
    from unionstation.exchange.roster_import import ImportSummary
    from unionstation.exchange.roster_sheet import RosterSheet

RED = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
YELLOW = PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C")
BOLD = Font(bold=True)

_DONE = {IMPORTED: "已导入", UPDATED: "已更新", SKIPPED: "已跳过", REJECTED: "未导入"}
_TRIAL = {IMPORTED: "可导入", UPDATED: "可更新", SKIPPED: "将跳过", REJECTED: "未导入"}
BLOCKED_REASON = "其他行有错误,按“全部无误才导入”的要求,本次没有写入任何数据。"


def result_text(outcome: RowOutcome, summary: ImportSummary) -> tuple[str, str]:
    """(result, reason) for one row, in the officer's words."""
    return row_result(outcome, blocked=summary.blocked, dry_run=summary.dry_run)


def row_result(outcome: RowOutcome, *, blocked: bool, dry_run: bool) -> tuple[str, str]:
    """(result, reason) for one row of an import that was `blocked` (all-or-nothing and a
    bad row: nothing written) or a `dry_run`."""
    problems = [f"{p.field}:{p.reason}" for p in (*outcome.errors, *outcome.warnings)]
    if outcome.result == IMPORTED and outcome.note:
        problems.insert(0, f"会员证号{outcome.note}")
    elif outcome.note and outcome.result != REJECTED:
        problems.insert(0, outcome.note)
    reason = ";".join(problems)
    if outcome.result != REJECTED and blocked:
        return "未导入", BLOCKED_REASON
    words = _TRIAL if dry_run else _DONE
    return words.get(outcome.result, ""), reason


def _cell(sheet: WriteOnlyWorksheet, value: Cell, fill: PatternFill | None) -> Any:
    formula_like = isinstance(value, str) and value.startswith(FORMULA_STARTS)
    if value is None or (fill is None and not formula_like):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if formula_like:
        cell.data_type = "s"  # text that looks like a formula stays text
        cell.quotePrefix = True
    if fill is not None:
        cell.fill = fill
    return cell


def _masker(fields: Sequence[str | None], unmasked: bool) -> Callable[[list[Any]], list[Any]]:
    hide = {} if unmasked else {
        index: (masked if key == "id_number" else masked_phone)
        for index, key in enumerate(fields) if key in ("id_number", "phone")}

    def mask(values: list[Any]) -> list[Any]:
        for index, hider in hide.items():
            if index < len(values) and values[index] not in (None, ""):
                values[index] = hider(cell_text(values[index]))
        return values

    return mask


def write_report(path: Path, roster: RosterSheet, summary: ImportSummary,
                 fields: Sequence[str | None] | None = None, *, unmasked: bool = False) -> None:
    """The whole report at once, from a summary holding every row's outcome."""
    with ReportWriter(path, roster, fields, unmasked=unmasked, dry_run=summary.dry_run,
                      ) as report:
        report.blocked = summary.blocked
        report.add({o.row: o for o in summary.outcomes}, roster.height)


class ReportWriter:
    """The report written as the import goes: `add` appends the roster's rows up to a row
    number with the outcomes of those rows, and the file is saved (atomically) on leaving.
    The rows come from `rows` (the sheet's numbered rows, read as a stream by default).
    openpyxl's write-only sheet keeps the rows in a temporary file, not in memory.
    `blocked` is set when an all-or-nothing import turns out to write nothing: rows
    reported from then on say so (`ImportSummary.blocked` decides the file's final
    word: the importer writes the report again when rows were reported before)."""

    def __init__(self, path: Path, roster: RosterSheet, fields: Sequence[str | None] | None,
                 *, unmasked: bool, dry_run: bool,
                 rows: Iterator[tuple[int, Row]] | None = None) -> None:
        self.path = path
        self.blocked = False
        self._roster = roster
        self._dry_run = dry_run
        self._book = Workbook(write_only=True)
        self._mask = _masker(fields if fields is not None else roster.header.fields, unmasked)
        self._sheet = self._book.create_sheet(roster.sheet[:31] or "导入结果")
        self._rows = rows if rows is not None else roster.numbered_rows()
        self._next: tuple[int, Row] | None = None  # a row read, not yet written

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            with atomic_file(self.path) as handle:
                self._book.save(handle)

    def add(self, outcomes: dict[int, RowOutcome], through: int) -> None:
        """The roster's rows after those written, through row number `through`."""
        while True:
            if self._next is None:
                self._next = next(self._rows, None)
                if self._next is None:
                    return
            number, cells = self._next
            if number > through:
                return
            self._next = None
            self.row(number, cells, outcomes.get(number))

    def row(self, number: int, cells: Row, outcome: RowOutcome | None) -> None:
        """One row of the roster, with its outcome if it has one."""
        sheet, header_row = self._sheet, self._roster.header.row
        values: list[Any] = list(cells)
        fill: PatternFill | None = None
        if number == header_row:
            values += ["导入结果", "原因"]
            sheet.append([_header(sheet, v) for v in values])
            return
        if number > header_row:
            values = self._mask(values)
        if outcome is not None:
            values += row_result(outcome, blocked=self.blocked, dry_run=self._dry_run)
            if outcome.result == REJECTED:
                fill = RED
            elif outcome.warnings:
                fill = YELLOW
        sheet.append([_cell(sheet, v, fill) for v in values])


def _header(sheet: WriteOnlyWorksheet, value: Cell) -> Any:
    cell = WriteOnlyCell(sheet, value=value)
    cell.font = BOLD
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    return cell


def rewrite_blocked(path: Path, sheet: RosterSheet, fields: Sequence[str | None],
                    summary: ImportSummary, *, unmasked: bool) -> None:
    """The report again, once an all-or-nothing import turned out blocked after rows had
    been reported as written: every row not imported, the bad ones with their reasons
    (`summary.outcomes` keeps every row with a problem)."""
    kept = {o.row: o for o in summary.outcomes}
    with closing(sheet.numbered_rows()) as rows, ReportWriter(
            path, sheet, fields, unmasked=unmasked, dry_run=False, rows=iter(())) as report:
        report.blocked = True
        for number, cells in rows:
            outcome = (kept.get(number) or RowOutcome(number)
                       if sheet.is_data(number, cells) else None)
            report.row(number, cells, outcome)
