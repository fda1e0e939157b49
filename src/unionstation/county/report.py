"""The county's statistics: its stations' reports, counted from what each station sent,
side by side and added up key by key.

Each station's member and union figures are counted by the very code the station runs
(services.reports), from `StationFacts` read out of the records the station sent
(`county_record`), so the county's figure for a station is the station's own figure for
the same history. Venues, hardship and campaigns are the sections' zeros until the county
holds those records (the coordinator completes them with the homes and hardship issues).

A station that has had no batch applied since the start of the report's year is listed
in `not_reported` (its figures, from whatever it sent before, still count), so a stale
figure is visible and never silently zero.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, String, Text, func, select, type_coerce

from unionstation.county.intake import APPLIED
from unionstation.county.models import CountyBatch, CountyRecord, CountyStation
from unionstation.services.reports.annual import NoSections, annual_report, year_range
from unionstation.services.reports.facts import (
    INTERNAL,
    MemberFact,
    Move,
    StationFacts,
    StatusStep,
    UnionFact,
)
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


def _iso_day(value: Any) -> str | None:
    """A day as the station wrote it ("2026-03-05"), kept as text: days compare as text,
    and parsing 100,000 of them per station costs more than the counting."""
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" == value[7]:
        return value[:10]
    return None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _add(facts: StationFacts, entity: str, entity_id: str, data: dict[str, Any]) -> None:
    order = _text(data.get("created_at"))
    if entity == "member":
        facts.members.append(MemberFact(
            entity_id, _text(data.get("grassroots_union_id")), _text(data.get("gender")),
            int(bool(data.get("migrant_worker"))), data.get("priority_group") or None,
            data.get("model_worker_level") or None, int(bool(data.get("transfer_in_from")))))
    elif entity == "member_status_change":
        on = _iso_day(data.get("changed_on"))
        to_status = data.get("to_status")
        if on is not None and to_status:
            member = _text(data.get("member_id"))
            facts.steps[member].append(StatusStep(
                member, data.get("from_status") or None, str(to_status), on, order,
                entity_id))
    elif entity == "member_transfer":
        on = _iso_day(data.get("transfer_on"))
        if on is not None and data.get("kind") == INTERNAL:
            member = _text(data.get("member_id"))
            facts.moves[member].append(Move(
                member, _text(data.get("from_union_id")), _text(data.get("to_union_id")),
                on, order, entity_id))
    elif entity == "grassroots_union":
        facts.unions.append(UnionFact(
            entity_id, _text(data.get("name")), _day(data.get("founded_on")),
            _day(data.get("closed_on")), bool(_text(data.get("credit_code")).strip())))


def station_facts(connection: Connection, names: dict[str, str]) -> dict[str, StationFacts]:
    """Every station's facts, from its live records, in one pass over one query.

    The JSON is read as text and parsed by orjson (SQLite; PostgreSQL's driver hands a
    dict), and the record's id taken from its data, which holds it hyphenated, as the
    references to it are: no JSON or UUID conversion by the column types."""
    facts = {code: StationFacts(name) for code, name in names.items()}
    record = table_of(CountyRecord)
    rows = connection.execute(select(
        record.c.station_code, record.c.entity, type_coerce(record.c.entity_id, String()),
        type_coerce(record.c.data, Text())).where(
        record.c.entity.in_(ENTITIES), record.c.deleted.is_(False)))
    for code, entity, stored_id, text in rows:
        data = orjson.loads(text) if isinstance(text, str | bytes) else text
        if code in facts and isinstance(data, dict) and data.get("deleted_at") is None:
            record_id = data.get("id")
            if not isinstance(record_id, str):
                record_id = str(uuid.UUID(str(stored_id)))
            _add(facts[code], entity, record_id, data)
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
    reports: dict[str, dict[str, Any]] = {
        code: annual_report(facts, NoSections(), start, end, {})
        for code, facts in station_facts(connection, names).items()}
    total = add_reports(list(reports.values()), zero_report())
    result: dict[str, Any] = {"year": year, "station": county_name,
                              "unions": total["unions"], "members": total["members"],
                              "venues": total["venues"], "hardship": total["hardship"],
                              "campaigns": total["campaigns"], "plan": {},
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
