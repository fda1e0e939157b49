"""Every figure of the annual report's unions and members sections, and the plan, against
the station counted by hand in fixture_station."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.unit.services.reports import fixture_station as hand
from tests.unit.services.reports.fixture_station import Fixture
from unionstation.domain.permissions import Role
from unionstation.services.errors import InvalidField, PermissionDenied
from unionstation.services.reports.hardship import empty_hardship
from unionstation.services.reports.service import ReportService
from unionstation.services.reports.venues import empty_venues
from unionstation.services.runtime import StationRuntime

Station = tuple[StationRuntime, Fixture]
TOP_KEYS = {"year", "station", "unions", "members", "venues", "hardship", "campaigns",
            "plan", "previous_year"}


def test_the_annual_report_has_every_key(report_station: Station) -> None:
    runtime, _ = report_station
    report = ReportService(runtime.context).annual(2026)
    assert set(report) == TOP_KEYS
    assert report["year"] == 2026
    assert report["station"] == hand.STATION
    assert report["venues"] == empty_venues()
    assert report["hardship"] == empty_hardship()
    assert report["campaigns"] == []
    assert report["plan"] == {}
    assert set(report["previous_year"]) == {"unions", "members", "venues", "hardship"}
    json.dumps(report)  # plain JSON all through


def test_unions_and_members_of_the_year(report_station: Station) -> None:
    runtime, _ = report_station
    report = ReportService(runtime.context).annual(2026)
    assert report["unions"] == hand.ANNUAL_2026_UNIONS
    assert report["members"] == hand.ANNUAL_2026_MEMBERS


def test_previous_year_has_the_same_keys_and_last_years_figures(report_station: Station,
                                                                ) -> None:
    runtime, _ = report_station
    report = ReportService(runtime.context).annual(2026)
    previous = report["previous_year"]
    assert previous["unions"] == hand.ANNUAL_2025_UNIONS
    assert previous["members"] == hand.ANNUAL_2025_MEMBERS
    last_year = ReportService(runtime.context).annual(2025)
    assert last_year["unions"] == previous["unions"]
    assert last_year["members"] == previous["members"]


def test_the_station_adds_up_from_year_to_year(report_station: Station) -> None:
    runtime, _ = report_station
    members = ReportService(runtime.context).annual(2026)["members"]
    start = hand.ANNUAL_2025_MEMBERS["active"]
    assert (start + members["joined"] + members["transferred_in"]
            - members["transferred_out"] - members["left"]) == members["active"]


def test_any_date_range(report_station: Station) -> None:
    runtime, _ = report_station
    march = ReportService(runtime.context).annual(start=date(2026, 3, 1),
                                                 end=date(2026, 3, 31))
    # station figures: moves inside the station do not count
    members = march["members"]
    assert (members["joined"], members["transferred_in"], members["transferred_out"],
            members["left"], members["active"]) == (2, 2, 1, 1, 5)
    with pytest.raises(InvalidField):
        ReportService(runtime.context).annual(start=date(2026, 3, 1), end=date(2026, 2, 1))


def test_the_plan_is_kept_per_year_and_shown_with_its_percent(report_station: Station,
                                                               ) -> None:
    runtime, _ = report_station
    service = ReportService(runtime.context)
    assert service.set_plan(2026, new_members=2, new_unions=1) == {
        "new_members": 2, "new_unions": 1}
    assert service.set_plan(2026, homes=3, new_members=None) == {
        "new_members": 2, "new_unions": 1, "homes": 3}
    assert service.plan(2025) == {}
    report = service.annual(2026)
    assert report["plan"] == {
        "new_members": {"plan": 2, "actual": 3, "percent": "150.0"},
        "new_unions": {"plan": 1, "actual": 1, "percent": "100.0"},
        "homes": {"plan": 3, "actual": 0, "percent": "0.0"},
    }
    service.set_plan(2026, homes=0)
    assert service.annual(2026)["plan"]["homes"]["percent"] is None
    from sqlalchemy import select

    from unionstation.store.models import AuditEntry

    with runtime.context.reading() as session:
        lines = session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "report.plan").order_by(AuditEntry.id)).all()
    assert lines[-1] == "homes=0,new_members=2,new_unions=1"
    with pytest.raises(InvalidField):
        service.set_plan(2026, new_members=-1)


def test_figures_carry_no_name_or_id_number(report_station: Station) -> None:
    runtime, _ = report_station
    text = json.dumps(ReportService(runtime.context).annual(2026), ensure_ascii=False)
    text += json.dumps(ReportService(runtime.context).monthly(date(2026, 3, 1)),
                       ensure_ascii=False)
    _, fixture = report_station
    for name in fixture.members:
        assert name not in text
    assert "19900101" not in text  # every ID number's birth date


def test_every_role_may_read_and_only_some_may_export(report_station: Station) -> None:
    runtime, _ = report_station
    context = runtime.context
    for role in Role:
        context.role = role
        assert ReportService(context).annual(2026)["members"]["active"] == 6
    context.role = Role.CLERK
    with pytest.raises(PermissionDenied):
        ReportService(context).require_export("annual:2026:xlsx")
    with pytest.raises(PermissionDenied):
        ReportService(context).set_plan(2026, new_members=5)
    context.role = Role.AUDITOR
    ReportService(context).require_export("annual:2026:xlsx")
