"""The members sections of many years from one replay (services.reports.years) equal the
annual report's own, year by year, on the hand-counted station: members who joined, moved,
left, came back and transferred out, a year before any of them and years apart."""

from __future__ import annotations

from datetime import date

from tests.unit.services.reports import fixture_station as hand
from tests.unit.services.reports.fixture_station import Fixture
from unionstation.domain.codes import MemberStatus
from unionstation.services.members import MemberService
from unionstation.services.reports.facts import load_station_facts
from unionstation.services.reports.members import members_section
from unionstation.services.reports.years import members_by_year
from unionstation.services.runtime import StationRuntime


def _check(runtime: StationRuntime, years: list[int], quiet_before: date) -> None:
    with runtime.context.reading() as session:
        facts = load_station_facts(session.connection(), "", quiet_before)
        counted = members_by_year(facts, years)
        assert sorted(counted) == sorted(years)
        for year in years:
            own = members_section(facts, date(year, 1, 1), date(year, 12, 31))
            assert counted[year] == own, year


def test_many_years_at_once_are_each_year_alone(
        report_station: tuple[StationRuntime, Fixture]) -> None:
    runtime, fixture = report_station
    every = list(range(2020, 2028))
    _check(runtime, every, date(2020, 1, 1))
    _check(runtime, [2027, 2023, 2026], date(2023, 1, 1))  # years apart, any order
    _check(runtime, [2026], date(2026, 1, 1))  # some members counted in quiet groups
    with runtime.context.reading() as session:
        facts = load_station_facts(session.connection(), "", date(2020, 1, 1))
    counted = members_by_year(facts, every)
    assert counted[2026] == hand.ANNUAL_2026_MEMBERS
    assert counted[2025] == hand.ANNUAL_2025_MEMBERS
    # a member who leaves and comes back: three steps
    members = MemberService(runtime.context)
    member = fixture.members["张一"]
    members.change_status(member, MemberStatus.LAPSED, date(2026, 4, 10), "退会")
    members.change_status(member, MemberStatus.ACTIVE, date(2026, 6, 1), "重新入会")
    _check(runtime, every, date(2020, 1, 1))
    assert members_by_year(facts, []) == {}
