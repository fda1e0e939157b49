"""The roster import goes chunk by chunk: rows are checked, written and reported a chunk at
a time inside one transaction, so a failure in a late chunk leaves nothing written and the
report grows while the import runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.unit.exchange import rosters
from tests.unit.exchange.test_import_options import dump
from unionstation.exchange import roster_import, roster_report, roster_sheet, spreadsheet
from unionstation.exchange.roster_import import ImportOptions, RosterImporter, load_roster
from unionstation.services import member_import
from unionstation.services.runtime import StationRuntime

ROWS = 130
CHUNK = 40  # four chunks of the roster below


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roster_import, "CHUNK", CHUNK)
    # The sheet read as a stream: only its first rows kept, handed over 25 at a time.
    monkeypatch.setattr(roster_sheet, "HEAD_ROWS", 10)
    monkeypatch.setattr(spreadsheet, "ROWS_CHUNK", 25)


def roster(tmp_path: Path, bad_row: int | None = None) -> Path:
    rows: list[list[Any]] = [
        [i, f"会员{i}", "", rosters.person(i, date(1981, 2, 3)), "", "", "", "", "", "", "",
         "", "", "", rosters.FACTORY, "", ""] for i in range(1, ROWS + 1)]
    if bad_row is not None:
        rows[bad_row - 1][3] = "12345"  # not an ID number
    return rosters.write_xlsx(tmp_path / "chunks.xlsx", rows)


def test_a_failure_in_a_late_chunk_leaves_nothing_written(
        runtime: StationRuntime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = load_roster(roster(tmp_path))
    before = dump(runtime)
    original = member_import.ImportWriter._insert
    calls: list[int] = []

    def failing(self: member_import.ImportWriter, chunk: Any) -> None:
        calls.append(len(chunk))
        if len(calls) == 3:
            raise OSError("disk full")
        original(self, chunk)

    monkeypatch.setattr(member_import.ImportWriter, "_insert", failing)
    with pytest.raises(OSError, match="disk full"):
        RosterImporter(runtime.context).run(sheet, ImportOptions(report=tmp_path / "r.xlsx"))
    assert calls == [CHUNK, CHUNK, CHUNK]  # two chunks were written before the failure
    assert dump(runtime) == before
    assert not (tmp_path / "r.xlsx").exists()


def test_all_or_nothing_with_a_bad_row_in_the_last_chunk(runtime: StationRuntime,
                                                         tmp_path: Path) -> None:
    report = tmp_path / "report.xlsx"
    before = dump(runtime)
    summary = RosterImporter(runtime.context).run(
        load_roster(roster(tmp_path, bad_row=ROWS - 1)),
        ImportOptions(all_or_nothing=True, report=report))
    assert summary.blocked and (summary.imported, summary.rejected) == (0, 1)
    assert dump(runtime) == before
    sheet = load_workbook(report).active
    assert sheet is not None
    result = len(rosters.HEADER) + 1
    # The first chunks were reported as written before the bad row came: written again.
    results = [sheet.cell(row, result).value for row in range(4, 4 + ROWS)]
    assert results == ["未导入"] * ROWS
    assert sheet.cell(4, result + 1).value == roster_report.BLOCKED_REASON
    assert "身份证" in str(sheet.cell(3 + ROWS - 1, result + 1).value)


def test_the_report_is_written_as_the_rows_go(runtime: StationRuntime, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    add, apply = roster_report.ReportWriter.add, member_import.ImportWriter.apply

    def adding(self: roster_report.ReportWriter, outcomes: Any, through: int) -> None:
        events.append(f"report {len(outcomes)}")
        add(self, outcomes, through)

    def applying(self: member_import.ImportWriter, entries: Any, cancelled: Any) -> Any:
        events.append(f"write {len(entries)}")
        return apply(self, entries, cancelled)

    monkeypatch.setattr(roster_report.ReportWriter, "add", adding)
    monkeypatch.setattr(member_import.ImportWriter, "apply", applying)
    summary = RosterImporter(runtime.context).run(
        load_roster(roster(tmp_path)), ImportOptions(report=tmp_path / "report.xlsx"))
    assert summary.imported == ROWS and summary.committed
    assert events == ["write 40", "report 40", "write 40", "report 40", "write 40",
                      "report 40", "write 10", "report 10", "report 0"]
    sheet = load_workbook(tmp_path / "report.xlsx").active
    assert sheet is not None
    assert sheet.cell(3 + ROWS, len(rosters.HEADER) + 1).value == "已导入"


def test_a_card_number_given_further_down_is_not_handed_out_above(
        runtime: StationRuntime, tmp_path: Path) -> None:
    """Rows without a card number get the next free one; a number the roster gives in a
    later chunk is kept free for that row."""
    rows: list[list[Any]] = [
        [i, f"会员{i}", "", rosters.person(i, date(1982, 3, 4)), "", "", "", "", "", "", "",
         "", "", "", rosters.FACTORY, "", ""] for i in range(1, 61)]
    path = rosters.write_xlsx(tmp_path / "cards.xlsx", rows)
    book = load_workbook(path)
    sheet = book["花名册"]
    sheet.cell(3, 18).value = "会员证号"
    sheet.cell(3 + 60, 18).value = "330106001000006"  # three members hold 1-3
    book.save(path)
    summary = RosterImporter(runtime.context).run(load_roster(path), ImportOptions())
    assert summary.imported == 60 and summary.rejected == 0
