"""Importing a hardship roster (困难职工花名册) kept in Excel: the same reading as the member
roster (size and zip checks, the header found among the first rows, total rows skipped),
a row report, a dry run, and a backup before anything is written. Files come in as
temporary (建档待审): a second officer approves them as for any new file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from unionstation.domain.hardship import HardshipCategory, HardshipCause
from unionstation.domain.text import strip_all_spaces
from unionstation.exchange.ledger import Column, LedgerSpec, write_ledger
from unionstation.exchange.roster_rows import is_total_row
from unionstation.exchange.spreadsheet import Row, cell_text, is_blank, read_rows
from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.services.errors import UserError
from unionstation.services.hardship.files import FileDraft, HardshipFileService
from unionstation.services.station import StationService
from unionstation.store.backup import backup_before_import

__all__ = ["HEADERS", "HardshipImportSummary", "import_hardship_roster"]

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "职工姓名", "户主姓名"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证"),
    "category": ("困难类别", "困难类型", "类别"),
    "cause": ("致困原因", "困难原因", "主要致困原因"),
    "household_size": ("家庭人口", "家庭人数", "家庭人口数", "人口"),
    "monthly_income": ("家庭月收入", "家庭月总收入", "月收入", "家庭月收入(元)"),
    "phone": ("联系电话", "电话", "手机号码", "手机"),
    "employer": ("工作单位", "单位"),
    "union": ("所属工会", "基层工会", "工会"),
    "zero_employment": ("零就业家庭", "是否零就业家庭"),
}
REQUIRED = ("name", "id_number", "category", "cause")
_KEYS = {strip_all_spaces(word): key for key, words in HEADERS.items() for word in words}
_SPLIT = re.compile(r"[、,,;;/ ]+")


@dataclass(frozen=True)
class HardshipImportSummary:
    rows: int
    imported: int
    rejected: list[tuple[int, str]]
    dry_run: bool
    backup: Path | None


def _header(rows: list[Row]) -> tuple[int, dict[str, int]]:
    best: tuple[int, dict[str, int]] = (-1, {})
    for index, row in enumerate(rows[:10]):
        found: dict[str, int] = {}
        for column, cell in enumerate(row):
            key = _KEYS.get(strip_all_spaces(cell_text(cell)))
            if key is not None and key not in found:
                found[key] = column
        if len(found) > len(best[1]):
            best = (index, found)
    missing = [HEADERS[k][0] for k in REQUIRED if k not in best[1]]
    if best[0] < 0 or missing:
        raise UserError("没有找到困难职工花名册的表头(前十行中应有:"
                        + "、".join(HEADERS[k][0] for k in REQUIRED) + ");缺少:"
                        + "、".join(missing or ["表头"]))
    return best


def _draft(cells: dict[str, str]) -> FileDraft:
    category = HardshipCategory.from_label(cells.get("category", ""))
    if category is None:
        raise UserError(f"困难类别“{cells.get('category', '')}”不认识,"
                        "应为 深度困难、相对困难 或 意外致困")
    causes = []
    for word in _SPLIT.split(cells.get("cause", "")):
        if word:
            cause = HardshipCause.from_label(word)
            if cause is None:
                raise UserError(f"致困原因“{word}”不认识")
            causes.append(cause)
    if not causes:
        raise UserError("致困原因不能为空")
    size_text = cells.get("household_size", "") or "1"
    if not size_text.isdigit():
        raise UserError(f"家庭人口“{size_text}”应为整数")
    return FileDraft(
        name=cells.get("name", ""), id_number=cells.get("id_number", ""), category=category,
        main_cause=causes[0], secondary_causes=tuple(causes[1:]),
        phone=cells.get("phone", ""), employer=cells.get("employer", ""),
        union_name=cells.get("union", ""), household_size=int(size_text),
        monthly_income=cells.get("monthly_income", "") or "0",
        zero_employment=cells.get("zero_employment", "") in ("是", "Y", "y", "1", "√"))


def import_hardship_roster(context: ServiceContext, home: StationHome, path: Path, *,
                           sheet: str | None = None, dry_run: bool = False,
                           report: Path | None = None) -> HardshipImportSummary:
    rows = read_rows(Path(path), sheet)
    header_row, columns = _header(rows)
    drafts: list[tuple[int, FileDraft]] = []
    rejected: list[tuple[int, str]] = []
    for index in range(header_row + 1, len(rows)):
        cells = rows[index]
        if is_blank(cells) or is_total_row(cells):
            continue
        texts = {key: cell_text(cells[col]).strip() if col < len(cells) else ""
                 for key, col in columns.items()}
        try:
            drafts.append((index + 1, _draft(texts)))
        except UserError as exc:
            rejected.append((index + 1, str(exc)))
    read = len(drafts) + len(rejected)
    backup = None if dry_run or not drafts else backup_before_import(home)
    outcomes = HardshipFileService(context).open_many(drafts, dry_run=dry_run)
    rejected += [(row, why) for row, made, why in outcomes if made is None]
    rejected.sort()
    imported = sum(1 for _, made, _ in outcomes if made is not None)
    summary = HardshipImportSummary(read, imported, rejected, dry_run, backup)
    if report is not None:
        _report(context, report, outcomes, rejected)
    return summary


def _report(context: ServiceContext, path: Path,
            outcomes: Sequence[tuple[int, object, str]], rejected: list[tuple[int, str]]) -> None:
    lines = sorted([(row, "导入", "") for row, made, _ in outcomes if made is not None]
                   + [(row, "未导入", why) for row, why in rejected])
    spec = LedgerSpec("困难职工花名册导入报告", StationService(context).require().name,
                      context.today(), (Column("行号", "number"), Column("结果"),
                                        Column("说明", width=60)), sheet_name="导入报告")
    write_ledger(path, spec, lines)
