"""Importing a member roster (花名册): read, map, check every row, write the good ones, report.

    sheet = load_roster(path)                       # header found, columns guessed
    summary = RosterImporter(context).run(sheet, options, progress=..., cancelled=...)

Used by the CLI and, through the operation helper, by the import wizard.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from unionstation.exchange.roster_columns import (
    HeaderGuess,
    field_label,
    find_header,
    header_at,
    validate_mapping,
)
from unionstation.exchange.roster_rows import RowOutcome, RowReader, is_total_row
from unionstation.exchange.spreadsheet import (
    Row,
    UnreadableFile,
    is_blank,
    open_workbook,
    read_rows,
)
from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.services.errors import UserError
from unionstation.services.gc_pause import cyclic_gc_paused
from unionstation.services.member_export import MemberExportService
from unionstation.services.member_import import (
    IMPORTED,
    REJECTED,
    SKIPPED,
    UPDATED,
    ImportCancelled,
    ImportEntry,
    MemberImportService,
)
from unionstation.services.unions import UnionService
from unionstation.store.backup import BackupError, backup_before_import

__all__ = ["ImportBackupFailed", "ImportCancelled", "ImportOptions", "ImportSummary", "NoHeader",
           "RosterImporter", "RosterSheet", "WRITING", "load_roster"]

Progress = Callable[[int, int, str], None]
WRITING = "正在写入数据库"  # the progress text once checking is done and writing begins


class NoHeader(UserError):
    """No row among the first ten names the roster's columns."""


class BadMapping(UserError):
    """The column mapping cannot be imported (no name column, a field twice)."""


class ImportBackupFailed(UserError):
    """The copy taken before an import could not be written; nothing was imported."""


@dataclass
class RosterSheet:
    path: Path
    sheet_names: list[str]
    sheet: str
    rows: list[Row]
    header: HeaderGuess

    def data_rows(self) -> list[tuple[int, Row]]:
        """(sheet row number, cells) below the header, without empty and total rows."""
        found = []
        for index in range(self.header.row, len(self.rows)):
            cells = self.rows[index]
            if is_blank(cells) or is_total_row(cells):
                continue
            found.append((index + 1, cells))
        return found

    def with_header_row(self, row_number: int) -> RosterSheet:
        return RosterSheet(self.path, self.sheet_names, self.sheet, self.rows,
                           header_at(self.rows, row_number))


def load_roster(path: Path, sheet: str | None = None,
                header_row: int | None = None) -> RosterSheet:
    book = open_workbook(Path(path))
    name = sheet if sheet is not None else book.sheet_names[0]
    if name not in book.sheet_names:
        raise UnreadableFile(f"文件“{Path(path).name}”里没有名为“{name}”的工作表。")
    rows = read_rows(Path(path), name)
    if header_row is not None:
        header = header_at(rows, header_row)
    else:
        guess = find_header(rows)
        if guess is None:
            raise NoHeader(f"在工作表“{name}”的前10行里没有找到表头(如“姓名”“身份证号”),"
                           "请检查是否选对了工作表。")
        header = guess
    return RosterSheet(Path(path), book.sheet_names, name, rows, header)


@dataclass
class ImportOptions:
    fields: list[str | None] | None = None  # per column; None: as guessed from the header
    default_union: UUID | None = None
    update_existing: bool = False
    all_or_nothing: bool = False
    dry_run: bool = False
    report: Path | None = None
    unmasked_report: bool = False  # whole ID numbers and phones in the report: audited
    backup_to: StationHome | None = None  # back this station up before anything is written


@dataclass(frozen=True)
class Rejection:
    row: int
    field: str
    reason: str


@dataclass
class ImportSummary:
    rows: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    warnings: int = 0
    header_row: int = 0
    report: Path | None = None
    backup: Path | None = None  # the copy taken before the import wrote anything
    committed: bool = False
    dry_run: bool = False
    rejections: list[Rejection] = field(default_factory=list)
    outcomes: list[RowOutcome] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        """All-or-nothing was asked and some row was bad: nothing was written."""
        return not self.committed and not self.dry_run

    def as_json(self) -> dict[str, Any]:
        return {"rows": self.rows, "imported": self.imported, "updated": self.updated,
                "skipped": self.skipped, "rejected": self.rejected, "warnings": self.warnings,
                "header_row": self.header_row,
                "report": str(self.report) if self.report else None,
                "rejections": [{"row": r.row, "field": r.field, "reason": r.reason}
                               for r in self.rejections]}


class RosterImporter:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def _reader(self, sheet: RosterSheet, fields: Sequence[str | None],
                default_union: UUID | None) -> RowReader:
        unions = {u.name: (u.id, u.closed_on is not None)
                  for u in UnionService(self._ctx).list(include_closed=True)}
        return RowReader(sheet.header.headers, fields, unions, default_union, self._ctx.today())

    def check(self, sheet: RosterSheet, fields: Sequence[str | None] | None = None,
              default_union: UUID | None = None, limit: int | None = None,
              progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> list[RowOutcome]:
        """Every data row (or the first `limit`) as it would be stored, with its problems."""
        chosen = list(fields) if fields is not None else list(sheet.header.fields)
        problems = validate_mapping(chosen)
        if problems:
            raise BadMapping(" ".join(problems))
        reader = self._reader(sheet, chosen, default_union)
        data = sheet.data_rows()
        if limit is not None:
            data = data[:limit]
        outcomes: list[RowOutcome] = []
        first: dict[str, int] = {}
        for done, (number, cells) in enumerate(data, 1):
            if done % 500 == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(done, len(data), f"正在检查第{number}行")
            outcome = reader.read(number, cells)
            if outcome.ok:
                number_value = outcome.values["id_number"]
                if number_value in first:
                    outcome.reject(reader.column("id_number"),
                                   f"与第{first[number_value]}行的身份证号相同,以第"
                                   f"{first[number_value]}行为准。")
                else:
                    first[number_value] = number
            outcomes.append(outcome)
        return outcomes

    def run(self, sheet: RosterSheet, options: ImportOptions,
            progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> ImportSummary:
        with cyclic_gc_paused():
            return self._run(sheet, options, progress, cancelled)

    def _run(self, sheet: RosterSheet, options: ImportOptions, progress: Progress | None,
             cancelled: Callable[[], bool] | None) -> ImportSummary:
        fields = options.fields if options.fields is not None else sheet.header.fields
        columns = {f: (sheet.header.headers[i] or field_label(f))
                   for i, f in enumerate(fields) if f is not None}

        def checking(done: int, total: int, text: str) -> None:
            if progress is not None:
                progress(done, total * 3, text)

        if options.report is not None and options.unmasked_report:
            MemberExportService(self._ctx).require_unmasked_report()
        outcomes = self.check(sheet, fields, options.default_union, progress=checking,
                              cancelled=cancelled)
        good = [o for o in outcomes if o.ok]
        entries = [ImportEntry(o.row, o.values, frozenset(o.given)) for o in good]
        any_bad = len(good) < len(outcomes)
        total = len(outcomes)
        trial = options.dry_run or (options.all_or_nothing and any_bad)
        backup = (_backup(options.backup_to) if entries and not trial and options.backup_to
                  else None)

        def writing(done: int, count: int) -> None:
            if progress is not None:
                progress(total + done * 2 * total // max(count, 1), total * 3, WRITING)

        applied = MemberImportService(self._ctx).apply(
            entries, update_existing=options.update_existing,
            all_or_nothing=options.all_or_nothing, dry_run=trial,
            progress=writing, cancelled=cancelled)
        for outcome, result in zip(good, applied.results, strict=True):
            if result.result == REJECTED:
                outcome.reject(columns.get(result.field) or field_label(result.field),
                               result.note)
            outcome.result = result.result
            outcome.note = result.note
        summary = _summarise(outcomes, sheet.header.row, applied.committed, options.dry_run)
        summary.backup = backup
        if options.report is not None:
            from unionstation.exchange.roster_report import write_report

            write_report(options.report, sheet, summary, fields,
                         unmasked=options.unmasked_report)
            summary.report = options.report
            if options.unmasked_report:
                MemberExportService(self._ctx).record_unmasked_report(len(outcomes))
        return summary


def _backup(home: StationHome) -> Path:
    try:
        return backup_before_import(home)
    except (OSError, BackupError, sqlite3.Error) as exc:
        raise ImportBackupFailed(f"导入前无法备份数据库({exc}),为安全起见没有导入任何数据;"
                                 "请检查磁盘空间后重试。") from exc


def _summarise(outcomes: list[RowOutcome], header_row: int, committed: bool,
               dry_run: bool) -> ImportSummary:
    summary = ImportSummary(rows=len(outcomes), header_row=header_row, committed=committed,
                            dry_run=dry_run, outcomes=outcomes)
    written = committed or dry_run
    for outcome in outcomes:
        if not outcome.ok:
            outcome.result = REJECTED
            summary.rejected += 1
            summary.rejections.extend(Rejection(outcome.row, p.field, p.reason)
                                      for p in outcome.errors)
            continue
        if outcome.warnings:
            summary.warnings += 1
        if outcome.result == SKIPPED:
            summary.skipped += 1
        elif written and outcome.result == IMPORTED:
            summary.imported += 1
        elif written and outcome.result == UPDATED:
            summary.updated += 1
    return summary
