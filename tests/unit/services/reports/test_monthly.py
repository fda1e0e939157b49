"""The monthly member report against the station counted by hand: members who joined,
moved and left inside March, and the identity checked on every row."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.services.reports import fixture_station as hand
from tests.unit.services.reports.fixture_station import Fixture
from unionstation.domain.codes import MemberStatus
from unionstation.services.reports.monthly import ROW_KEYS, UnbalancedReport
from unionstation.services.reports.service import ReportService
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import MemberStatusChange

Station = tuple[StationRuntime, Fixture]


def _rows(report: dict[str, object]) -> dict[str, tuple[int, ...]]:
    return {row["union"]: tuple(row[k] for k in ROW_KEYS)  # type: ignore[index]
            for row in report["unions"]}  # type: ignore[attr-defined]


def test_march_per_union(report_station: Station) -> None:
    runtime, _ = report_station
    report = ReportService(runtime.context).monthly(date(2026, 3, 17))
    assert report["month"] == "2026-03"
    assert set(report) == {"month", "unions", "totals"}
    assert _rows(report) == hand.MARCH_2026  # the closed union 戊 is not listed
    assert tuple(report["totals"][k] for k in ROW_KEYS) == hand.MARCH_2026_TOTALS
    for row in report["unions"]:
        assert set(row) == {"union", *ROW_KEYS}
        assert all(isinstance(row[k], int) for k in ROW_KEYS)


def test_a_quiet_month_carries_the_figures_over(report_station: Station) -> None:
    runtime, _ = report_station
    service = ReportService(runtime.context)
    may = _rows(service.monthly(date(2026, 5, 1)))
    april = _rows(service.monthly(date(2026, 4, 1)))
    assert april[hand.B] == (2, 1, 0, 0, 0, 3)  # 冯十 joined on 2 April
    assert may[hand.B] == (3, 0, 0, 0, 0, 3)
    for union, (start, *_flows, end) in hand.MARCH_2026.items():
        assert april[union][0] == end
        assert start >= 0


def test_the_months_end_is_the_years_active(report_station: Station) -> None:
    runtime, _ = report_station
    service = ReportService(runtime.context)
    assert service.monthly(date(2026, 12, 1))["totals"]["end"] == \
        hand.ANNUAL_2026_MEMBERS["active"]
    assert service.monthly(date(2025, 12, 1))["totals"]["end"] == \
        hand.ANNUAL_2025_MEMBERS["active"]


def test_a_row_that_does_not_add_up_is_refused_by_name(report_station: Station) -> None:
    runtime, fixture = report_station
    # A step recorded from a status the member was not in: 张一 was active, not lapsed.
    with runtime.context.unit_of_work() as session:
        session.add(MemberStatusChange(member_id=fixture.members["张一"],
                                       from_status=MemberStatus.LAPSED,
                                       to_status=MemberStatus.ACTIVE,
                                       changed_on=date(2026, 3, 9), officer="王干事"))
    with pytest.raises(UnbalancedReport) as refused:
        ReportService(runtime.context).monthly(date(2026, 3, 1))
    assert refused.value.union == hand.A
    assert hand.A in str(refused.value)


def test_a_status_change_dated_before_the_enrolment_counts_from_the_enrolment(
        report_station: Station) -> None:
    runtime, fixture = report_station
    from unionstation.services.members import MemberService

    # 冯十 joined on 2 April; a retirement typed as 1 March happens, for the figures, on
    # 2 April: he joins and leaves in April, and March does not see him at all.
    MemberService(runtime.context).change_status(fixture.members["冯十"],
                                                 MemberStatus.RETIRED, date(2026, 3, 1))
    service = ReportService(runtime.context)
    assert _rows(service.monthly(date(2026, 3, 1))) == hand.MARCH_2026
    assert _rows(service.monthly(date(2026, 4, 1)))[hand.B] == (2, 1, 0, 0, 1, 2)


def test_members_by_month_for_the_chart(report_station: Station) -> None:
    runtime, _ = report_station
    months = ReportService(runtime.context).members_by_month(2026)
    assert [m["month"] for m in months] == list(range(1, 13))
    assert [m["active"] for m in months[:4]] == [3, 3, 5, 6]  # 吴八 (Feb) was deleted
    march = months[2]
    # the station's own figures: moves between its unions are not in them
    assert (march["joined"], march["transferred_in"], march["transferred_out"],
            march["left"]) == (2, 2, 1, 1)
    assert months[-1]["active"] == hand.ANNUAL_2026_MEMBERS["active"]


def test_the_pages_figures_are_the_reports(report_station: Station) -> None:
    runtime, _ = report_station
    service = ReportService(runtime.context)
    report, months = service.year_figures(2026)
    assert report == service.annual(2026)
    assert months == service.members_by_month(2026)
