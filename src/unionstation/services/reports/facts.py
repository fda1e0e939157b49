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
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, select, type_coerce

from unionstation.store.base import table_of
from unionstation.store.models import (
    GrassrootsUnion,
    Member,
    MemberStatusChange,
    MemberTransfer,
)

INTERNAL = "internal"


@dataclass(frozen=True)
class MemberFact:
    id: str
    union_id: str
    """The union the member belongs to now (moves say where they were before)."""
    gender: str
    migrant: bool
    priority_group: str | None
    model_worker_level: str | None
    by_transfer: bool
    """Enrolled as a transfer from outside the station (`transfer_in_from` set)."""


@dataclass(frozen=True)
class StatusStep:
    member_id: str
    from_status: str | None
    to_status: str
    on: date
    order: str
    id: str


@dataclass(frozen=True)
class Move:
    """A move between two of the station's own unions."""

    member_id: str
    from_union: str
    to_union: str
    on: date
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


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def _optional_day(value: str | None) -> date | None:
    return _day(value) if value else None


def raw(column: ColumnElement[Any]) -> ColumnElement[str]:
    """The column as the database holds it, without the type's conversion: ids, codes and
    dates as text are all the counting needs, and converting 100,000 UUIDs, enums and
    datetimes costs more than the counting itself (SQLite keeps UUIDs as 32 hex digits;
    they sort as the hyphenated form does, so ties break the same way everywhere)."""
    return type_coerce(column, String())


def load_station_facts(connection: Connection, station_name: str) -> StationFacts:
    """The station's live members, their status steps and internal moves, and its unions,
    each in one query (Core rows, no ORM objects: a 50,000-member station is read in
    well under a second)."""
    facts = StationFacts(station_name)
    _load_members(connection, facts)
    _load_steps(connection, facts)
    _load_moves(connection, facts)
    _load_unions(connection, facts)
    return facts


def _load_members(connection: Connection, facts: StationFacts) -> None:
    member = table_of(Member)
    append = facts.members.append
    for row in connection.execute(select(
            raw(member.c.id), raw(member.c.grassroots_union_id), raw(member.c.gender),
            member.c.migrant_worker, raw(member.c.priority_group),
            raw(member.c.model_worker_level), raw(member.c.transfer_in_from)).where(
            member.c.deleted_at.is_(None))):
        key, union, gender, migrant, group, level, origin = row
        append(MemberFact(key, union, gender, bool(migrant), group or None, level or None,
                          bool(origin)))


def _load_steps(connection: Connection, facts: StationFacts) -> None:
    step = table_of(MemberStatusChange)
    steps = facts.steps
    for step_id, member_id, before, after, on, created in connection.execute(select(
            raw(step.c.id), raw(step.c.member_id), raw(step.c.from_status),
            raw(step.c.to_status), raw(step.c.changed_on), raw(step.c.created_at)).where(
            step.c.deleted_at.is_(None))):
        steps[member_id].append(StatusStep(member_id, before or None, after, _day(on),
                                           created, step_id))


def _load_moves(connection: Connection, facts: StationFacts) -> None:
    move = table_of(MemberTransfer)
    for move_id, member_id, source, target, on, created in connection.execute(select(
            raw(move.c.id), raw(move.c.member_id), raw(move.c.from_union_id),
            raw(move.c.to_union_id), raw(move.c.transfer_on), raw(move.c.created_at)).where(
            move.c.deleted_at.is_(None), move.c.kind == INTERNAL)):
        facts.moves[member_id].append(Move(member_id, source, target, _day(on), created,
                                           move_id))


def _load_unions(connection: Connection, facts: StationFacts) -> None:
    union = table_of(GrassrootsUnion)
    for union_id, name, founded, closed, code in connection.execute(select(
            raw(union.c.id), union.c.name, raw(union.c.founded_on), raw(union.c.closed_on),
            union.c.credit_code).where(union.c.deleted_at.is_(None))):
        facts.unions.append(UnionFact(union_id, name, _optional_day(founded),
                                      _optional_day(closed), bool((code or "").strip())))
