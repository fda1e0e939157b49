"""The yearly figures a station sends up (services.reports.sent), how the county reads a
record of them whatever its shape (county.report_sent), and how plans add up."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.unit.services.reports import fixture_station as hand
from tests.unit.services.reports.fixture_station import Fixture
from unionstation.county.report_sent import SentSections, clean_figures
from unionstation.services.reports.sent import empty_figures, refresh_sent_figures
from unionstation.services.reports.service import ReportService
from unionstation.services.reports.sums import add_plans
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import ChangeRecord, StatisticsReport


def _rows(runtime: StationRuntime) -> dict[int, dict[str, object]]:
    with runtime.context.reading() as session:
        return {r.year: r.figures for r in session.scalars(select(StatisticsReport))}


def _changes(runtime: StationRuntime) -> int:
    with runtime.context.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeRecord).where(
            ChangeRecord.entity == "statistics_report")) or 0)


def test_a_row_a_year_written_only_when_it_changes(
        report_station: tuple[StationRuntime, Fixture]) -> None:
    import unionstation.domain.hardship as hardship
    from unionstation.services.station import StationService
    from unionstation.store import models

    runtime, _fixture = report_station
    context = runtime.context
    reports = ReportService(context)
    # members and unions only: their counts, from the first union founded (2010), at most
    # ten years back, to this year (2026)
    assert refresh_sent_figures(context) == 11
    rows = _rows(runtime)
    assert sorted(rows) == list(range(2016, 2027))
    for year, row in rows.items():
        own = reports.annual(year)
        assert row == {**empty_figures(), "unions": own["unions"], "members": own["members"]}
    assert rows[2026]["members"] == hand.ANNUAL_2026_MEMBERS
    assert rows[2025]["unions"] == hand.ANNUAL_2025_UNIONS
    assert refresh_sent_figures(context) == 0
    reports.set_plan(2027, new_members=40)  # a plan for next year goes too
    own = reports.annual(2027)
    assert _rows(runtime)[2027] == {**empty_figures(), "plan": {"new_members": 40},
                                    "unions": own["unions"], "members": own["members"]}
    station = StationService(context).require()
    with context.unit_of_work() as session:
        opened = date(2025, 4, 1)
        session.add(models.HardshipFile(
            station_id=station.id, file_no="F1", name="某某", id_number="330106198001010011",
            category=hardship.HardshipCategory.SUDDEN,
            main_cause=hardship.HardshipCause.ILLNESS,
            status=hardship.FileStatus.FORMAL, opened_on=opened, last_check_on=opened,
            recheck_due=opened))
    # 2025 and 2026 (today is 2026), and 2027, which has a plan: the file is open then too
    assert refresh_sent_figures(context) == 3
    rows = _rows(runtime)
    assert sorted(rows) == list(range(2016, 2028))
    assert rows[2025]["hardship"]["opened"] == 1  # type: ignore[index]
    assert rows[2026]["hardship"]["files"]["sudden"] == 1  # type: ignore[index]
    assert rows[2027]["plan"] == {"new_members": 40}
    text = json.dumps(rows, ensure_ascii=False)
    assert "某某" not in text and "330106198001010011" not in text and "F1" not in text
    before = _changes(runtime)
    assert refresh_sent_figures(context) == 0
    assert _changes(runtime) == before  # nothing new to send


def test_the_counts_are_made_again_only_when_a_member_record_changed(
        report_station: tuple[StationRuntime, Fixture], monkeypatch: pytest.MonkeyPatch,
        ) -> None:
    """What was counted is kept by the change log's high water: with no member record
    changed the station does not read its members again, with no other record changed
    not its venues and hardship."""
    from unionstation.domain.codes import MemberStatus
    from unionstation.services import members as member_services
    from unionstation.services.reports import sent

    runtime, fixture = report_station
    context = runtime.context
    asked: list[list[int]] = []
    counting = sent.counted_years

    def spy(connection: Any, years: list[int]) -> dict[int, dict[str, Any]]:
        asked.append(list(years))
        return counting(connection, years)

    made: list[int] = []
    making = sent.year_figures

    def made_spy(connection: Any, year: int, plan: dict[str, int]) -> dict[str, Any]:
        made.append(year)
        return making(connection, year, plan)

    monkeypatch.setattr(sent, "counted_years", spy)
    monkeypatch.setattr(sent, "year_figures", made_spy)
    refresh_sent_figures(context)
    assert asked == [list(range(2016, 2027))] and made == list(range(2016, 2027))
    made.clear()
    assert refresh_sent_figures(context) == 0 and asked[-1] == [] and made == []
    ReportService(context).set_plan(2027, homes=1)  # a year not counted yet: that year only
    assert asked[-1] == [2027]
    member_services.MemberService(context).change_status(
        fixture.members["张一"], MemberStatus.RETIRED, date(2026, 5, 1), "退休")
    made.clear()
    assert refresh_sent_figures(context) == 2  # 2026 and 2027: 张一 retired
    assert asked[-1] == list(range(2016, 2028))
    assert made == []  # no venue or hardship record changed: not read again
    assert _rows(runtime)[2026]["members"] == ReportService(context).annual(2026)["members"]
    assert _rows(runtime)[2026]["members"]["active"] == hand.ANNUAL_2026_MEMBERS["active"] - 1


def test_a_record_of_any_shape_reads_as_figures() -> None:
    uncounted = {**empty_figures(), "unions": None, "members": None}
    assert clean_figures(None) == uncounted
    assert clean_figures({"venues": "x", "hardship": [], "campaigns": {}}) == uncounted
    counted = clean_figures({"members": {"active": 3, "women": "x"}, "unions": {}})
    assert counted["members"] == {**empty_figures()["members"], "active": 3}
    assert counted["unions"] == empty_figures()["unions"]
    assert SentSections({2026: counted, 2025: counted}).counted(2026, 2025)
    assert not SentSections({2026: counted}).counted(2026, 2025)
    odd = clean_figures({
        "venues": {"by_kind": {"workers_home": 2, "new_kind": 1, "bad": "many"},
                   "asset_value": "12.50", "books": True, "loans": 3.5},
        "hardship": {"paid_total": "nan", "visits": 4,
                     "paid_by_funding": {"donation": "3.10", "own_funds": 7}},
        "campaigns": [{"name": "送温暖", "kind": "winter_warmth", "households": 2,
                       "paid_total": "10", "budget": None}, {"name": 1}, "x"],
        "homes_built": "2", "plan": {"homes": 3, "new_members": -1, "other": 5}})
    assert odd["venues"]["by_kind"]["workers_home"] == 2
    assert odd["venues"]["by_kind"]["new_kind"] == 1  # a code a newer station knows
    assert odd["venues"]["by_kind"]["bad"] == 0
    assert (odd["venues"]["asset_value"], odd["venues"]["books"], odd["venues"]["loans"]) == \
        ("12.50", 0, 0)
    assert odd["hardship"]["paid_total"] == "0.00" and odd["hardship"]["visits"] == 4
    assert odd["hardship"]["paid_by_funding"]["donation"] == "3.10"
    assert odd["hardship"]["paid_by_funding"]["own_funds"] == "0.00"
    assert odd["campaigns"] == [{"name": "送温暖", "kind": "winter_warmth", "households": 2,
                                 "paid_total": "10", "budget": "0.00"}]
    assert odd["homes_built"] == 0 and odd["plan"] == {"homes": 3}
    sections = SentSections({2026: odd})
    assert sections.hardship(date(2025, 1, 1), date(2025, 12, 31)) == \
        empty_figures()["hardship"]  # a year not sent: zeros
    assert sections.plan(2026) == {"homes": 3} and sections.plan(2025) == {}


def test_plans_add_over_the_stations_that_set_them() -> None:
    east = {"new_members": {"plan": 100, "actual": 150, "percent": "150.0"}}
    west = {"new_members": {"plan": 300, "actual": 150, "percent": "50.0"},
            "homes": {"plan": 0, "actual": 2, "percent": None}}
    assert add_plans([east, west, {}]) == {
        "new_members": {"plan": 400, "actual": 300, "percent": "75.0"},
        "homes": {"plan": 0, "actual": 2, "percent": None}}
    assert Decimal(add_plans([east])["new_members"]["percent"]) == Decimal("150.0")


def test_an_undated_venue_is_sent_for_this_year_and_the_last(
        report_station: tuple[StationRuntime, Fixture]) -> None:
    import unionstation.domain.homes as homes
    from unionstation.services.station import StationService
    from unionstation.store import models

    runtime, _fixture = report_station
    station = StationService(runtime.context).require()
    with runtime.context.unit_of_work() as session:
        session.add(models.Venue(station_id=station.id, kind=homes.VenueKind.WORKERS_HOME,
                                 code="V1", serial=1, name="职工之家"))
    assert refresh_sent_figures(runtime.context) == 11  # the counts from 2016 on, too
    rows = _rows(runtime)
    homes = sorted(year for year, r in rows.items()
                   if r["venues"]["by_kind"]["workers_home"] == 1)  # type: ignore[index]
    assert homes == sorted(rows)  # undated: in every year sent


def test_the_counts_are_made_a_part_at_a_time_as_the_annual_report_makes_them(
        report_station: tuple[StationRuntime, Fixture], monkeypatch: pytest.MonkeyPatch,
        ) -> None:
    """The figures are counted in bounded memory (a 200,000-member station's facts held at
    once took 260 MB of its first export): the members with one step and no move in
    groups, never read one by one, the others a part at a time, under a small page
    cache; the figures are those of the whole station's facts replayed at once."""
    from unionstation.domain.codes import MemberStatus
    from unionstation.services.members import MemberService
    from unionstation.services.reports import facts, sent
    from unionstation.services.reports.unions import unions_section
    from unionstation.services.reports.years import members_by_year

    runtime, fixture = report_station
    members = MemberService(runtime.context)
    members.change_status(fixture.members["张一"], MemberStatus.LAPSED, date(2024, 4, 10), "退会")
    members.change_status(fixture.members["张一"], MemberStatus.ACTIVE, date(2025, 6, 1), "回来")
    parts: list[int] = []
    reading = facts._read_members

    def spy(connection: Any, into: facts.StationFacts, *where: Any) -> None:
        reading(connection, into, *where)
        parts.append(len(into.members))

    with runtime.context.reading() as session:
        connection = session.connection()
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
        everyone = len(facts.load_station_facts(connection, "").members)
        replayed = facts.replayed_ids(connection)
        for years, at_a_time in ((list(range(2016, 2028)), 1), ([2016, 2020, 2023], 2),
                                 ([2026], sent.MEMBERS_AT_A_TIME)):
            whole = facts.load_station_facts(connection, "", date(years[0], 1, 1))
            expected = members_by_year(whole, years)
            parts.clear()
            monkeypatch.setattr(facts, "_read_members", spy)
            counted = sent.counted_years(connection, years, members_at_a_time=at_a_time)
            monkeypatch.setattr(facts, "_read_members", reading)
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == cache
            for year in years:
                assert counted[year]["members"] == expected[year], (year, at_a_time)
                assert counted[year]["unions"] == unions_section(
                    whole, date(year, 1, 1), date(year, 12, 31))
            assert sum(parts) == len(replayed) and max(parts) <= at_a_time
    # 张一 (three steps) and 赵四 (a move) among them; the rest only grouped
    assert {fixture.members[name].hex for name in ("张一", "赵四")} <= replayed
    assert 0 < len(replayed) < everyone
