"""The county's statistics: its stations' reports, counted from what each station sent,
side by side and added up key by key.

Every section is the station's own yearly figures, numbers only, which it sends as one
`statistics_report` record a year (services.reports.sent, read here by report_sent),
counted by the station's report code when the batch carrying them was written: the
county's figure for a station is the station's own figure by construction, needs no
hardship file, name or ID number, and costs a few rows a station however many members it
has. The year before's sections come from the year before's record.

A station whose records of the year and the year before do not both carry member and
union counts (one running an older program, or one that sent nothing of the year) has
those two sections counted here, by the same code, from `StationFacts` read out of the
projections of the member records it sent (`county_member`, `county_status_change`,
`county_move`: report_facts): for the same history the figure is the same, at the cost
of replaying that station's members, one station at a time (a million members of fifty
such stations: 214 MB at the peak, not 454).

A station that has had no batch applied since the start of the report's year is listed
in `not_reported` (its figures, from whatever it sent before, still count), so a stale
figure is visible and never silently zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, Text, func, select, type_coerce

from unionstation.county.intake import APPLIED
from unionstation.county.models import CountyBatch, CountyRecord, CountyStation
from unionstation.county.report_facts import county_facts
from unionstation.county.report_sent import SentSections, sent_figures
from unionstation.services.reports.annual import (
    Counts,
    FactCounts,
    annual_report,
    year_before,
    year_range,
)
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
    if not facts:
        return facts
    record = table_of(CountyRecord)
    for code, text in connection.execute(select(
            record.c.station_code, type_coerce(record.c.data, Text())).where(
            record.c.entity == "grassroots_union", record.c.deleted.is_(False),
            record.c.station_code.in_(list(facts)))):
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


@dataclass(frozen=True)
class SentCounts:
    """The member and union counts a station sent (SentSections.counted holds)."""

    station: str
    sections: SentSections

    def members(self, start: date, end: date) -> dict[str, Any]:
        return self.sections.members(start, end)

    def unions(self, start: date, end: date) -> dict[str, Any]:
        return self.sections.unions(start, end)


def zero_report() -> dict[str, Any]:
    return {"unions": empty_unions(), "members": empty_members(), "venues": empty_venues(),
            "hardship": empty_hardship()}


def county_report(connection: Connection, county_name: str, year: int,
                  by_station: bool = False) -> dict[str, Any]:
    start, end = year_range(year)
    names = dict(connection.execute(
        select(CountyStation.code, CountyStation.name).order_by(CountyStation.code)).all())
    acks = last_acks(connection)
    sent = {code: SentSections(years) for code, years in
            sent_figures(connection, list(names), (year, year - 1)).items()}
    reports: dict[str, dict[str, Any]] = {}
    for code, name in names.items():
        sections = sent.get(code) or SentSections()
        counts: Counts
        if sections.counted(year, year - 1):
            counts = SentCounts(name, sections)
        else:  # replayed one station at a time: memory holds one station's members
            counts = FactCounts(station_facts(connection, {code: name},
                                              year_before(start))[code])
        reports[code] = annual_report(counts, sections, start, end, sections.plan(year))
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
