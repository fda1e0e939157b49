"""The change lines SQLite writes for export, and the small page cache export streams in."""

from __future__ import annotations

import json

from sqlalchemy import select, text

from tests.unit.county.batches import change_lines
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import ChangeRecord
from unionstation.sync.canonical import canonical_json
from unionstation.sync.outbox import (
    STREAM_CACHE_KIB,
    outbox_lines,
    outbox_range,
    streaming_cache,
    unacknowledged,
)
from unionstation.sync.stream import line_problem


def test_each_line_is_its_change_record_with_sorted_keys(runtime: StationRuntime) -> None:
    with runtime.context.reading() as session:
        first, last, count = outbox_range(session)
        pages = list(outbox_lines(session, rows_at_a_time=3))
        officers = set(session.scalars(select(ChangeRecord.officer)))
    lines = [line for page in pages for line in page]
    assert count > 6 and len(lines) == count and all(len(page) <= 3 for page in pages)
    expected = change_lines(runtime)
    assert [json.loads(line) for line in lines] == expected
    for number, line in enumerate(lines):
        parsed = json.loads(line)
        assert line_problem(parsed, first + number) is None
        assert list(parsed) == sorted(parsed)
        # The station's own data text is kept as it is; the rest is canonical JSON.
        assert line.replace(json.dumps(parsed["data"], ensure_ascii=False,
                                       separators=(",", ":")), "{}", 1) == (
            canonical_json({**parsed, "data": {}}).decode())
    assert officers and last == first + count - 1


def test_an_officer_name_with_quotes_is_escaped(runtime: StationRuntime) -> None:
    with runtime.context.unit_of_work() as session:
        session.execute(text("UPDATE change_log SET officer = :name WHERE change_seq = 1"),
                        {"name": '王"\\\n干事'})
    with runtime.context.reading() as session:
        line = unacknowledged(session).lines[0]
    assert json.loads(line)["officer"] == '王"\\\n干事'


def test_streaming_shrinks_the_page_cache_and_gives_it_back(runtime: StationRuntime) -> None:
    with runtime.context.reading() as session:
        def cache_size() -> int:
            return int(session.execute(text("PRAGMA cache_size")).scalar_one())

        before = cache_size()
        with streaming_cache(session):
            assert cache_size() == -STREAM_CACHE_KIB
        assert cache_size() == before != -STREAM_CACHE_KIB
