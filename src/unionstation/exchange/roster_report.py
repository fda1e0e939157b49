"""The import report: a copy of the roster's rows with two columns added, result and reason.

ID numbers and phones are masked unless an unmasked report was chosen (and audited): the
report is a file that travels, and the officer's own sheet already holds the whole numbers.

Rejected rows are red, rows with warnings yellow, so an officer fixes the sheet where it
is and imports it again. Written with openpyxl's write-only mode, to a temporary name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from unionstation.domain.idnumber import masked
from unionstation.domain.phone import masked_phone
from unionstation.exchange.files import atomic_file
from unionstation.exchange.roster_rows import RowOutcome
from unionstation.exchange.spreadsheet import Cell, cell_text
from unionstation.services.member_import import IMPORTED, REJECTED, SKIPPED, UPDATED

if TYPE_CHECKING:
    from unionstation.exchange.roster_import import ImportSummary, RosterSheet

RED = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
YELLOW = PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C")
BOLD = Font(bold=True)

_DONE = {IMPORTED: "已导入", UPDATED: "已更新", SKIPPED: "已跳过", REJECTED: "未导入"}
_TRIAL = {IMPORTED: "可导入", UPDATED: "可更新", SKIPPED: "将跳过", REJECTED: "未导入"}
BLOCKED_REASON = "其他行有错误,按“全部无误才导入”的要求,本次没有写入任何数据。"


def result_text(outcome: RowOutcome, summary: ImportSummary) -> tuple[str, str]:
    """(result, reason) for one row, in the officer's words."""
    problems = [f"{p.field}:{p.reason}" for p in (*outcome.errors, *outcome.warnings)]
    if outcome.result == IMPORTED and outcome.note:
        problems.insert(0, f"会员证号{outcome.note}")
    elif outcome.note and outcome.result != REJECTED:
        problems.insert(0, outcome.note)
    reason = ";".join(problems)
    if outcome.result != REJECTED and summary.blocked:
        return "未导入", BLOCKED_REASON
    words = _TRIAL if summary.dry_run else _DONE
    return words.get(outcome.result, ""), reason


def _cell(sheet: WriteOnlyWorksheet, value: Cell, fill: PatternFill | None) -> Any:
    if value is None or (fill is None and not (isinstance(value, str)
                                               and value.startswith("="))):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that looks like a formula stays text
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
    book = Workbook(write_only=True)
    mask = _masker(fields if fields is not None else roster.header.fields, unmasked)
    sheet = book.create_sheet(roster.sheet[:31] or "导入结果")
    by_row = {o.row: o for o in summary.outcomes}
    header_row = roster.header.row
    for number, cells in enumerate(roster.rows, 1):
        values: list[Any] = list(cells)
        fill: PatternFill | None = None
        if number == header_row:
            values += ["导入结果", "原因"]
            sheet.append([_header(sheet, v) for v in values])
            continue
        if number > header_row:
            values = mask(values)
        outcome = by_row.get(number)
        if outcome is not None:
            result, reason = result_text(outcome, summary)
            values += [result, reason]
            if outcome.result == REJECTED:
                fill = RED
            elif outcome.warnings:
                fill = YELLOW
        sheet.append([_cell(sheet, v, fill) for v in values])
    with atomic_file(path) as handle:
        book.save(handle)


def _header(sheet: WriteOnlyWorksheet, value: Cell) -> Any:
    cell = WriteOnlyCell(sheet, value=value)
    cell.font = BOLD
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell
