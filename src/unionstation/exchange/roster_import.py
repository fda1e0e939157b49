"""Importing a member roster (花名册): read, map, check every row, write the good ones, report.

    sheet = load_roster(path)                       # header found, columns guessed
    summary = RosterImporter(context).run(sheet, options, progress=..., cancelled=...)

Used by the CLI and, through the operation helper, by the import wizard.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from itertools import islice, tee
from pathlib import Path
from typing import Any
from uuid import UUID

from unionstation.exchange.roster_columns import field_label, validate_mapping
from unionstation.exchange.roster_rows import RowOutcome
from unionstation.exchange.roster_sheet import (
    FIRST_CHUNK,
    Checked,
    NoHeader,
    ReaderSpec,
    RosterSheet,
    load_roster,
)
from unionstation.exchange.spreadsheet import Row
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
    EntryResult,
    ImportCancelled,
    ImportEntry,
    MemberImportService,
)
from unionstation.services.unions import UnionService
from unionstation.store.backup import BackupError, backup_after, backup_before_import

__all__ = ["ImportBackupFailed", "ImportCancelled", "ImportOptions", "ImportSummary", "NoHeader",
           "RosterImporter", "RosterSheet", "WRITING", "backup_after_import", "load_roster"]

Progress = Callable[[int, int, str], None]
WRITING = "正在写入数据库"  # the progress text once checking is done and writing begins

log = logging.getLogger(__name__)


class BadMapping(UserError):
    """The column mapping cannot be imported (no name column, a field twice)."""


class ImportBackupFailed(UserError):
    """The copy taken before an import could not be written; nothing was imported."""


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

    def _spec(self, sheet: RosterSheet, fields: Sequence[str | None],
              default_union: UUID | None) -> ReaderSpec:
        unions = {u.name: (u.id, u.closed_on is not None)
                  for u in UnionService(self._ctx).list(include_closed=True)}
        return ReaderSpec(list(sheet.header.headers), list(fields), unions, default_union,
                          self._ctx.today())

    def check(self, sheet: RosterSheet, fields: Sequence[str | None] | None = None,
              default_union: UUID | None = None, limit: int | None = None,
              progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> list[RowOutcome]:
        """Every data row (or the first `limit`) as it would be stored, with its problems."""
        chosen = list(fields) if fields is not None else list(sheet.header.fields)
        checker = self._checker(sheet, chosen, default_union)
        total = min(sheet.data_estimate(), limit) if limit is not None else sheet.data_estimate()
        outcomes: list[RowOutcome] = []
        with closing(sheet.data_rows(limit)) as data:
            for done, (number, cells) in enumerate(data, 1):
                if done % 500 == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(done, max(total, done), f"正在检查第{number}行")
                outcomes.append(checker.read(number, cells))
        return outcomes

    def _checker(self, sheet: RosterSheet, fields: list[str | None],
                 default_union: UUID | None) -> _Checker:
        problems = validate_mapping(fields)
        if problems:
            raise BadMapping(" ".join(problems))
        return _Checker(self._spec(sheet, fields, default_union))

    def run(self, sheet: RosterSheet, options: ImportOptions,
            progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> ImportSummary:
        """Check, write and report the roster CHUNK rows at a time, in one transaction:
        nothing is written unless every chunk went in (and, all-or-nothing, every row was
        good); the report is written as the rows go."""
        with cyclic_gc_paused():
            return self._run(sheet, options, progress, cancelled)

    def _run(self, sheet: RosterSheet, options: ImportOptions, progress: Progress | None,
             cancelled: Callable[[], bool] | None) -> ImportSummary:
        fields = list(options.fields if options.fields is not None else sheet.header.fields)
        if options.report is not None and options.unmasked_report:
            MemberExportService(self._ctx).require_unmasked_report()
        from unionstation.exchange.roster_report import ReportWriter, rewrite_blocked

        checker = self._checker(sheet, fields, options.default_union)
        run = _Run(sheet, options, fields, progress, cancelled)
        with ExitStack() as stack:
            # The rows are read and checked once, as a stream (in the sandbox, a chunk
            # ahead); the report takes them a chunk behind.
            rows: Iterator[Checked] = stack.enter_context(
                closing(sheet.checked_rows(checker.spec)))
            report = None
            if options.report is not None:
                rows, reported = tee(rows)
                report = stack.enter_context(ReportWriter(
                    options.report, sheet, fields, unmasked=options.unmasked_report,
                    dry_run=options.dry_run, rows=((n, c) for n, c, _ in reported)))
            writer = stack.enter_context(MemberImportService(self._ctx).writing(
                update_existing=options.update_existing, reserved_cards=run.given_cards()))
            for chunk in run.chunks(rows):
                outcomes = run.checked(checker, chunk)
                good = [o for o in outcomes if o.ok]
                if options.all_or_nothing and len(good) < len(outcomes):
                    run.blocked = True
                if good and run.summary.backup is None and not run.trial:
                    run.summary.backup = (_backup(options.backup_to)
                                          if options.backup_to is not None else None)
                run.writing(chunk)
                run.written(outcomes, good, writer.apply(
                    [ImportEntry(o.row, o.values, frozenset(o.given)) for o in good],
                    cancelled))
                if report is not None:
                    report.blocked = run.blocked
                    report.add({o.row: o for o in outcomes}, chunk[-1][0])
            writer.finish(cancelled)
            writer.keep = not run.trial
            if report is not None:
                report.add({}, sheet.height)
        summary = run.finished(writer.committed)
        if options.report is not None:
            if summary.blocked and run.reported_unblocked:
                rewrite_blocked(options.report, sheet, fields, summary,
                                unmasked=options.unmasked_report)
            summary.report = options.report
            if options.unmasked_report:
                MemberExportService(self._ctx).record_unmasked_report(summary.rows)
        return summary


CHUNK = 2_000  # rows checked, written and reported at a time


class _Checker:
    """Reads rows in turn, refusing an ID number a row above already gave."""

    def __init__(self, spec: ReaderSpec) -> None:
        self.spec = spec
        self.reader = spec.reader()
        self._first: dict[str, int] = {}

    def read(self, number: int, cells: Row) -> RowOutcome:
        return self.deduplicated(number, self.reader.read(number, cells))

    def deduplicated(self, number: int, outcome: RowOutcome) -> RowOutcome:
        """The outcome, refused if a row above gave its ID number."""
        if outcome.ok:
            value = outcome.values["id_number"]
            first = self._first.get(value)
            if first is not None:
                outcome.reject(self.reader.column("id_number"),
                               f"与第{first}行的身份证号相同,以第{first}行为准。")
            else:
                self._first[value] = number
        return outcome


class _Run:
    """One import's running state: where it is, the counts, and the rows worth keeping
    for the summary (those with a problem, their cell values dropped)."""

    def __init__(self, sheet: RosterSheet, options: ImportOptions, fields: list[str | None],
                 progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.sheet, self.options, self.fields = sheet, options, fields
        self._progress, self._cancelled = progress, cancelled
        self.columns = {f: (sheet.header.headers[i] or field_label(f))
                        for i, f in enumerate(fields) if f is not None}
        self._total = sheet.data_estimate()
        self.summary = ImportSummary(header_row=sheet.header.row, dry_run=options.dry_run)
        self.blocked = False
        self.reported_unblocked = False  # rows were reported before the import was blocked
        self._done = 0

    @property
    def trial(self) -> bool:
        return self.options.dry_run or self.blocked

    def given_cards(self) -> set[str]:
        """Card numbers the roster gives anywhere: never handed out to another row."""
        if "card_no" not in self.fields:
            return set()
        return self.sheet.column_texts(self.fields.index("card_no"))

    def chunks(self, rows: Iterator[Checked]) -> Iterator[list[Checked]]:
        """The data rows of `rows` (those with an outcome), CHUNK at a time; the first
        chunks smaller, so that writing starts while the sandbox checks the next rows."""
        data = (row for row in rows if row[2] is not None)
        size = min(FIRST_CHUNK, CHUNK)
        while chunk := list(islice(data, size)):
            yield chunk
            size = min(4 * size, CHUNK)

    def _report(self, done: int, text: str) -> None:
        if self._progress is not None:
            self._progress(done, max(2 * self._total, done), text)

    def checked(self, checker: _Checker, chunk: list[Checked]) -> list[RowOutcome]:
        """The chunk's outcomes, an ID number given by a row above refused."""
        outcomes: list[RowOutcome] = []
        for at, (number, _cells, outcome) in enumerate(chunk, 1):
            if at % 500 == 0:
                if self._cancelled is not None and self._cancelled():
                    raise ImportCancelled()
                self._report(2 * self._done + at, f"正在检查第{number}行")
            assert outcome is not None
            outcomes.append(checker.deduplicated(number, outcome))
        return outcomes

    def writing(self, chunk: list[Checked]) -> None:
        self._report(2 * self._done + len(chunk), WRITING)

    def written(self, outcomes: list[RowOutcome], good: list[RowOutcome],
                results: list[EntryResult]) -> None:
        for outcome, result in zip(good, results, strict=True):
            if result.result == REJECTED:
                outcome.reject(self.columns.get(result.field) or field_label(result.field),
                               result.note)
                if self.options.all_or_nothing:
                    self.blocked = True
            outcome.result = result.result
            outcome.note = result.note
        if not self.blocked:
            self.reported_unblocked = True
        _tally(self.summary, outcomes)
        self.summary.rows += len(outcomes)
        self._done += len(outcomes)
        self._report(2 * self._done, WRITING)

    def finished(self, committed: bool) -> ImportSummary:
        summary = self.summary
        summary.committed = committed
        if not (committed or summary.dry_run):
            summary.imported = summary.updated = 0
        return summary


def _backup(home: StationHome) -> Path:
    try:
        return backup_before_import(home)
    except (OSError, BackupError, sqlite3.Error) as exc:
        raise ImportBackupFailed(f"导入前无法备份数据库({exc}),为安全起见没有导入任何数据;"
                                 "请检查磁盘空间后重试。") from exc


def backup_after_import(summary: ImportSummary, options: ImportOptions) -> None:
    """The imported rows kept in a backup too, once the import is committed (the copy
    before it is `options.backup_to`'s). Run after the summary is shown: the window runs
    it on the worker meanwhile, the command line before it exits. The import stands
    whatever happens here; a failure is logged."""
    if not summary.committed or summary.dry_run or options.backup_to is None:
        return
    try:
        backup_after(options.backup_to, "import")
    except (OSError, sqlite3.Error, BackupError):
        log.exception("the backup after the import failed")


def _tally(summary: ImportSummary, outcomes: list[RowOutcome]) -> None:
    """Count a chunk's rows; keep those with a problem, without their values."""
    for outcome in outcomes:
        if outcome.errors or outcome.warnings:
            summary.outcomes.append(RowOutcome(outcome.row, errors=outcome.errors,
                                               warnings=outcome.warnings,
                                               result=outcome.result, note=outcome.note))
        if not outcome.ok:
            outcome.result = REJECTED
            summary.outcomes[-1].result = REJECTED
            summary.rejected += 1
            summary.rejections.extend(Rejection(outcome.row, p.field, p.reason)
                                      for p in outcome.errors)
            continue
        if outcome.warnings:
            summary.warnings += 1
        if outcome.result == SKIPPED:
            summary.skipped += 1
        elif outcome.result == IMPORTED:
            summary.imported += 1
        elif outcome.result == UPDATED:
            summary.updated += 1
