"""Members whose whole history is one step before the range are counted in groups by the
database, not replayed: the figures must be those of replaying everyone, and the grouping
must really take them (the 50,000-member monthly report depends on it)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.services.reports.fixture_station import Fixture
from unionstation.services.reports import facts
from unionstation.services.reports.annual import NoSections, annual_report
from unionstation.services.reports.facts import load_station_facts
from unionstation.services.reports.members import members_by_month
from unionstation.services.reports.monthly import monthly_report
from unionstation.services.runtime import StationRuntime

Station = tuple[StationRuntime, Fixture]
NAME = "测试"


def test_grouped_figures_equal_the_replay_of_everyone(report_station: Station) -> None:
    runtime, _ = report_station
    with runtime.context.reading() as session:
        connection = session.connection()
        everyone = load_station_facts(connection, NAME)
        for month in range(1, 13):
            first = date(2026, month, 1)
            grouped = load_station_facts(connection, NAME, first)
            assert monthly_report(grouped, first) == monthly_report(everyone, first)
        grouped = load_station_facts(connection, NAME, date(2024, 1, 1))  # 2025 and its year before
        for year in (2025, 2026):
            start, end = date(year, 1, 1), date(year, 12, 31)
            assert annual_report(grouped, NoSections(), start, end, {}) == \
                annual_report(everyone, NoSections(), start, end, {})
            assert members_by_month(grouped, year) == members_by_month(everyone, year)


def test_members_with_one_step_before_the_month_are_not_read_one_by_one(
        report_station: Station) -> None:
    runtime, _ = report_station
    with runtime.context.reading() as session:
        connection = session.connection()
        everyone = load_station_facts(connection, NAME)
        grouped = load_station_facts(connection, NAME, date(2026, 12, 1))
    assert sum(group.members for group in grouped.quiet) > 0
    assert len(grouped.members) < len(everyone.members)
    grouped_ids = {m.id for m in grouped.members}
    assert all(member in grouped_ids for member in grouped.steps)


def test_past_the_listed_number_the_busy_members_are_named_by_their_query(
        report_station: Station, monkeypatch: pytest.MonkeyPatch) -> None:
    """A station with more busy members than LISTED_BUSY gets the same figures."""
    runtime, _ = report_station
    first = date(2026, 3, 1)
    with runtime.context.reading() as session:
        connection = session.connection()
        listed = load_station_facts(connection, NAME, first)
        monkeypatch.setattr(facts, "LISTED_BUSY", 0)
        queried = load_station_facts(connection, NAME, first)
    assert len(queried.members) == len(listed.members) > 0
    assert monthly_report(queried, first) == monthly_report(listed, first)
    assert sorted(queried.quiet) == sorted(listed.quiet)
