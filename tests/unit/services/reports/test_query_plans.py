"""The reports read the indexes of migration 0008, never the member, status history, visit,
payment or hardship file tables row by row: on a 50,000-member station with 100,000 visits
that is the difference between 0.3 s and 3 s (bench/report.py). SQLite plans without
statistics (no station runs ANALYZE), so the fixture's plans are a big station's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, event

from tests.unit.services.reports.fixture_station import Fixture
from unionstation.services.reports import facts
from unionstation.services.reports.service import ReportService
from unionstation.services.runtime import StationRuntime

BIG_TABLES = ("member", "member_status_change", "visit", "payment", "hardship_file")


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch,
               report_station: tuple[StationRuntime, Fixture],
               ) -> Iterator[list[tuple[str, Any]]]:
    """Every statement the annual and monthly reports run, with its parameters."""
    runtime, _ = report_station
    seen: list[tuple[str, Any]] = []
    reads_rows = facts._rows

    def spy(connection: Connection, statement: Any) -> list[Any]:
        seen.append((str(statement.compile(dialect=connection.dialect,
                                           compile_kwargs={"literal_binds": True})), ()))
        return reads_rows(connection, statement)

    def record(_conn: Any, _cursor: Any, sql: str, parameters: Any, _context: Any,
               _many: bool) -> None:
        seen.append((sql, parameters))

    monkeypatch.setattr(facts, "_rows", spy)
    event.listen(Engine, "before_cursor_execute", record)
    try:
        service = ReportService(runtime.context)
        service.annual(2026)
        service.monthly(date(2026, 3, 1))
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    yield seen


def plans(runtime: StationRuntime, statements: list[tuple[str, Any]]) -> list[list[str]]:
    """Each SELECT's plan, one line a step ("SCAN visit USING COVERING INDEX …")."""
    with runtime.context.reading() as session:
        cursor = session.connection().connection.cursor()
        return [[str(row[3]) for row in cursor.execute(f"EXPLAIN QUERY PLAN {sql}",
                                                      parameters).fetchall()]
                for sql, parameters in statements if sql.lstrip().upper().startswith("SELECT")]


def test_the_reports_read_covering_indexes_not_the_big_tables(
        report_station: tuple[StationRuntime, Fixture],
        statements: list[tuple[str, Any]]) -> None:
    """Every index of 0008 serves a report, and no report walks a big table or a
    non-covering index of one (looking rows up by key, as for the few members replayed,
    is what indexes are for)."""
    runtime, _ = report_station
    found = plans(runtime, statements)
    steps = [step for plan in found for step in plan]
    for index in ("ix_member_status_change_history", "ix_member_report",
                  "ix_hardship_file_dates", "ix_visit_visited_on_live", "ix_payment_paid_on"):
        assert any(f"COVERING INDEX {index}" in step for step in steps), index
    walks = [step for step in steps if step.startswith("SCAN ")
             and step.split()[1] in BIG_TABLES and "COVERING INDEX" not in step]
    assert not walks
