"""A roster is read as a stream: its first rows when loaded, the rest handed over by the
sandbox a chunk at a time while the import runs; the import and its report come out as
they do from a roster held whole."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.unit.exchange import rosters
from unionstation.exchange import roster_sheet, spreadsheet
from unionstation.exchange.roster_import import ImportOptions, RosterImporter, load_roster
from unionstation.exchange.sandbox import SandboxRefused, stream_limited
from unionstation.exchange.spreadsheet import UnreadableFile
from unionstation.services.errors import UserError
from unionstation.services.runtime import StationRuntime


def _report(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("kind", ["xlsx", "xls", "csv"])
def test_a_roster_read_as_a_stream_imports_as_one_held_whole(
        runtime: StationRuntime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        kind: str) -> None:
    writer = {"xlsx": rosters.write_xlsx, "xls": rosters.write_xls, "csv": rosters.write_csv}
    path = writer[kind](tmp_path / f"r.{kind}")
    importer = RosterImporter(runtime.context)
    whole = load_roster(path)
    assert whole.complete
    held = importer.run(whole, ImportOptions(dry_run=True, report=tmp_path / "whole.xlsx"))
    monkeypatch.setattr(roster_sheet, "HEAD_ROWS", 5)
    monkeypatch.setattr(spreadsheet, "ROWS_CHUNK", 3)
    streamed_sheet = load_roster(path)
    assert not streamed_sheet.complete and len(streamed_sheet.head) == 5
    assert streamed_sheet.height == whole.height
    streamed = importer.run(streamed_sheet,
                            ImportOptions(dry_run=True, report=tmp_path / "streamed.xlsx"))
    assert {**streamed.as_json(), "report": None} == {**held.as_json(), "report": None}
    assert (streamed.rows, streamed.imported) == (15, 7)
    assert _report(tmp_path / "streamed.xlsx") == _report(tmp_path / "whole.xlsx")
    preview = importer.check(streamed_sheet, limit=8)
    assert [o.row for o in preview] == [o.row for o in importer.check(whole, limit=8)]


def test_a_roster_changed_after_it_was_read_is_not_imported(
        runtime: StationRuntime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roster_sheet, "HEAD_ROWS", 5)
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    sheet = load_roster(path)
    rosters.write_xlsx(path, rosters.messy_rows()[:3])
    with pytest.raises(UnreadableFile, match="修改过"):
        RosterImporter(runtime.context).run(sheet, ImportOptions())


def _numbers(pid_first: bool) -> Iterator[int]:
    if pid_first:
        yield os.getpid()
    number = 0
    while True:
        number += 1
        yield number


def _one_then_sleep() -> Iterator[int]:
    yield 1
    time.sleep(60)
    yield 2


def _one_then_refuse() -> Iterator[int]:
    yield 1
    raise UserError("第二块读不了")


def _three() -> Iterator[int]:
    yield from (1, 2, 3)


def test_a_stream_stops_its_child_when_closed() -> None:
    items = stream_limited(_numbers, True, name="x.xlsx")
    child = next(items)
    assert [next(items) for _ in range(3)] == [1, 2, 3]
    items.close()
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


def test_a_stream_refuses_what_its_child_refuses_or_cannot_finish() -> None:
    refused = stream_limited(_one_then_refuse, name="x.xlsx")
    assert next(refused) == 1
    with pytest.raises(SandboxRefused, match="第二块读不了"):
        next(refused)
    # Time enough for a child to start on a busy machine, not for the sleep.
    slow = stream_limited(_one_then_sleep, name="x.xlsx", seconds=15)
    assert next(slow) == 1
    started = time.monotonic()
    with pytest.raises(SandboxRefused, match="秒"):
        next(slow)
    assert time.monotonic() - started < 30


def test_the_time_limit_counts_the_child_not_the_caller() -> None:
    """The caller's own work between items (writing a chunk) is not the parse's time."""
    taken = []
    for item in stream_limited(_three, name="x.xlsx", seconds=10):
        time.sleep(4)
        taken.append(item)
    assert taken == [1, 2, 3]
