"""What the member and union figures are counted from, as plain values.

The station reads them from its own tables and the county from the records the station
sent (county.report): both hand the same `StationFacts` to the same counting code, so
the county's figure for a station is the station's own figure, by construction.

Identifiers are text and codes are the domain's code values, whichever side read them;
`order` is the row's creation time as text, which breaks ties between two steps of one
member dated the same day (ISO text of one source sorts as its times do).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, Integer, String, select, type_coerce
from sqlalchemy.sql import ClauseElement

from unionstation.store.base import table_of
from unionstation.store.models import (
    GrassrootsUnion,
    Member,
    MemberStatusChange,
    MemberTransfer,
)

INTERNAL = "internal"


class MemberFact(NamedTuple):
    id: str
    union_id: str
    """The union the member belongs to now (moves say where they were before)."""
    gender: str
    migrant: int
    """1 or 0 (a boolean as SQLite hands it back, which adds up as it is)."""
    priority_group: str | None
    model_worker_level: str | None
    by_transfer: int
    """1 when enrolled as a transfer from outside the station (`transfer_in_from` set)."""


class StatusStep(NamedTuple):
    member_id: str
    from_status: str | None
    to_status: str
    on: str
    """The day as ISO text ("2026-03-05"): days compare as text, so none is parsed."""
    order: str
    id: str


class Move(NamedTuple):
    """A move between two of the station's own unions."""

    member_id: str
    from_union: str
    to_union: str
    on: str
    order: str
    id: str


@dataclass(frozen=True)
class UnionFact:
    id: str
    name: str
    founded_on: date | None
    closed_on: date | None
    has_credit_code: bool


@dataclass
class StationFacts:
    station: str
    members: list[MemberFact] = field(default_factory=list)
    steps: dict[str, list[StatusStep]] = field(default_factory=lambda: defaultdict(list))
    moves: dict[str, list[Move]] = field(default_factory=lambda: defaultdict(list))
    unions: list[UnionFact] = field(default_factory=list)


def _optional_day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def raw(column: ColumnElement[Any]) -> ColumnElement[str]:
    """The column as the database holds it, without the type's conversion: ids, codes and
    dates as text are all the counting needs, and converting 100,000 UUIDs, enums and
    datetimes costs more than the counting itself (SQLite keeps UUIDs as 32 hex digits;
    they sort as the hyphenated form does, so ties break the same way everywhere)."""
    return type_coerce(column, String())


def _rows(connection: Connection, statement: ClauseElement) -> list[Any]:
    """All rows of `statement` straight from the driver's cursor: for 50,000 rows the
    result machinery of SQLAlchemy costs more than SQLite's reading them."""
    sql = str(statement.compile(dialect=connection.dialect,
                                compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def load_station_facts(connection: Connection, station_name: str) -> StationFacts:
    """The station's live members, their status steps and internal moves, and its unions,
    each in one query, read as stored: the driver's rows are the facts themselves (their
    columns in the order of the fact's fields), so a 50,000-member station costs little
    more than SQLite's reading it."""
    facts = StationFacts(station_name)
    member = table_of(Member)
    facts.members = [MemberFact._make(row) for row in _rows(connection, select(
        raw(member.c.id), raw(member.c.grassroots_union_id), raw(member.c.gender),
        type_coerce(member.c.migrant_worker, Integer()), raw(member.c.priority_group),
        raw(member.c.model_worker_level),
        type_coerce(member.c.transfer_in_from != "", Integer())).where(
        member.c.deleted_at.is_(None)))]
    step = table_of(MemberStatusChange)
    steps = facts.steps
    for row in _rows(connection, select(
            raw(step.c.member_id), raw(step.c.from_status), raw(step.c.to_status),
            raw(step.c.changed_on), raw(step.c.created_at), raw(step.c.id)).where(
            step.c.deleted_at.is_(None))):
        steps[row[0]].append(row)  # a plain tuple in StatusStep's order: see timeline
    move = table_of(MemberTransfer)
    for row in _rows(connection, select(
            raw(move.c.member_id), raw(move.c.from_union_id), raw(move.c.to_union_id),
            raw(move.c.transfer_on), raw(move.c.created_at), raw(move.c.id)).where(
            move.c.deleted_at.is_(None), move.c.kind == INTERNAL)):
        facts.moves[row[0]].append(Move._make(row))
    union = table_of(GrassrootsUnion)
    for union_id, name, founded, closed, code in _rows(connection, select(
            raw(union.c.id), union.c.name, raw(union.c.founded_on), raw(union.c.closed_on),
            union.c.credit_code).where(union.c.deleted_at.is_(None))):
        facts.unions.append(UnionFact(union_id, name, _optional_day(founded),
                                      _optional_day(closed), bool((code or "").strip())))
    return facts
