"""The county's statistics: its stations' reports, counted from what each station sent,
side by side and added up key by key.

Each station's member and union figures are counted by the very code the station runs
(services.reports), from `StationFacts` read out of the projections of the records the
station sent (`county_member`, `county_status_change`, `county_move`: report_facts),
so the county's figure for a station is the station's own figure for the same history.
Venues, hardship, campaigns, the homes built and the year's plan are the station's own
yearly figures, numbers only, which it sends as one `statistics_report` record a year
(services.reports.sent, read here by report_sent): the county needs no hardship file,
name or ID number for them. The year before's sections come from the year before's record.

A station that has had no batch applied since the start of the report's year is listed
in `not_reported` (its figures, from whatever it sent before, still count), so a stale
figure is visible and never silently zero.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, Text, func, select, type_coerce

from unionstation.county.intake import APPLIED
from unionstation.county.models import CountyBatch, CountyRecord, CountyStation
from unionstation.county.report_facts import county_facts
from unionstation.county.report_sent import SentSections, sent_figures
from unionstation.services.reports.annual import annual_report, year_before, year_range
from unionstation.services.reports.facts import StationFacts, UnionFact
from unionstation.services.reports.hardship import empty_hardship
from unionstation.services.reports.members import empty_members
from unionstation.services.reports.sums import add_reports
from unionstation.services.reports.unions import empty_unions
from unionstation.services.reports.venues import empty_venues
from unionstation.store.base import table_of

ENTITIES = ("member", "member_status_change", "member_transfer", "grassroots_union")


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def station_facts(connection: Connection, names: dict[str, str],
                  quiet_before: date | None = None) -> dict[str, StationFacts]:
    """Every station's facts: members, steps and moves from the projections
    (report_facts), and the unions from their records (few, and their founding days and
    credit codes are not projected)."""
    facts = county_facts(connection, names, quiet_before)
    record = table_of(CountyRecord)
    for code, text in connection.execute(select(
            record.c.station_code, type_coerce(record.c.data, Text())).where(
            record.c.entity == "grassroots_union", record.c.deleted.is_(False))):
        data = orjson.loads(text) if isinstance(text, str | bytes) else text
        if code in facts and isinstance(data, dict) and data.get("deleted_at") is None:
            facts[code].unions.append(UnionFact(
                _text(data.get("id")), _text(data.get("name")), _day(data.get("founded_on")),
                _day(data.get("closed_on")), bool(_text(data.get("credit_code")).strip())))
    return facts


def last_acks(connection: Connection) -> dict[str, datetime]:
    batch = table_of(CountyBatch)
    return {code: at for code, at in connection.execute(
        select(batch.c.station_code, func.max(batch.c.applied_at))
        .where(batch.c.status == APPLIED).group_by(batch.c.station_code)) if at is not None}


def zero_report() -> dict[str, Any]:
    return {"unions": empty_unions(), "members": empty_members(), "venues": empty_venues(),
            "hardship": empty_hardship()}


def county_report(connection: Connection, county_name: str, year: int,
                  by_station: bool = False) -> dict[str, Any]:
    start, end = year_range(year)
    names = dict(connection.execute(
        select(CountyStation.code, CountyStation.name).order_by(CountyStation.code)).all())
    acks = last_acks(connection)
    sent = sent_figures(connection, (year, year - 1))
    reports: dict[str, dict[str, Any]] = {}
    for code, facts in station_facts(connection, names, year_before(start)).items():
        sections = SentSections(sent.get(code, {}))
        reports[code] = annual_report(facts, sections, start, end, sections.plan(year))
    total = add_reports(list(reports.values()), zero_report())
    result: dict[str, Any] = {"year": year, "station": county_name,
                              "unions": total["unions"], "members": total["members"],
                              "venues": total["venues"], "hardship": total["hardship"],
                              "campaigns": total["campaigns"], "plan": total["plan"],
                              "previous_year": total["previous_year"]}
    if by_station:
        result["stations"] = [
            {"station": code, "name": names[code],
             "last_ack": acks[code].date().isoformat() if code in acks else None,
             **{key: value for key, value in report.items() if key not in ("year", "station")}}
            for code, report in reports.items()]
    result["not_reported"] = [code for code in names
                              if code not in acks or acks[code].date() < start]
    return result
