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
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

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


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    return str(getattr(value, "value", value))


def _optional(value: Any) -> str | None:
    text = _text(value)
    return text or None


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
    for row in connection.execute(select(
            member.c.id, member.c.grassroots_union_id, member.c.gender,
            member.c.migrant_worker, member.c.priority_group, member.c.model_worker_level,
            member.c.transfer_in_from).where(member.c.deleted_at.is_(None))):
        facts.members.append(MemberFact(
            _text(row.id), _text(row.grassroots_union_id), _text(row.gender),
            bool(row.migrant_worker), _optional(row.priority_group),
            _optional(row.model_worker_level), bool(row.transfer_in_from)))


def _load_steps(connection: Connection, facts: StationFacts) -> None:
    step = table_of(MemberStatusChange)
    for row in connection.execute(select(
            step.c.id, step.c.member_id, step.c.from_status, step.c.to_status,
            step.c.changed_on, step.c.created_at).where(step.c.deleted_at.is_(None))):
        key = _text(row.member_id)
        facts.steps[key].append(StatusStep(
            key, _optional(row.from_status), _text(row.to_status), row.changed_on,
            _text(row.created_at), _text(row.id)))


def _load_moves(connection: Connection, facts: StationFacts) -> None:
    move = table_of(MemberTransfer)
    for row in connection.execute(select(
            move.c.id, move.c.member_id, move.c.from_union_id, move.c.to_union_id,
            move.c.transfer_on, move.c.created_at).where(
            move.c.deleted_at.is_(None), move.c.kind == INTERNAL)):
        key = _text(row.member_id)
        facts.moves[key].append(Move(
            key, _text(row.from_union_id), _text(row.to_union_id), row.transfer_on,
            _text(row.created_at), _text(row.id)))


def _load_unions(connection: Connection, facts: StationFacts) -> None:
    union = table_of(GrassrootsUnion)
    for row in connection.execute(select(
            union.c.id, union.c.name, union.c.founded_on, union.c.closed_on,
            union.c.credit_code).where(union.c.deleted_at.is_(None))):
        facts.unions.append(UnionFact(_text(row.id), row.name, row.founded_on, row.closed_on,
                                      bool((row.credit_code or "").strip())))
