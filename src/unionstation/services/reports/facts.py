"""What the member and union figures are counted from, as plain values.

The station reads them from its own tables and the county from the records the station
sent (county.report): both hand the same `StationFacts` to the same counting code, so
the county's figure for a station is the station's own figure, by construction.

Identifiers are text and codes are the domain's code values, whichever side read them;
`order` is the row's creation time as text, which breaks ties between two steps of one
member dated the same day (ISO text of one source sorts as its times do).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Integer,
    String,
    and_,
    func,
    literal_column,
    or_,
    select,
    true,
    type_coerce,
    union,
)
from sqlalchemy.sql import ClauseElement

from unionstation.domain.codes import MemberStatus
from unionstation.store.base import table_of
from unionstation.store.models import (
    GrassrootsUnion,
    Member,
    MemberStatusChange,
    MemberTransfer,
)

INTERNAL = "internal"
_HEX_ID = re.compile("[0-9a-f]{32}")
LISTED_BUSY = 20_000
"""Up to this many busy members are named by id in the queries that need them (a few
hundred kilobytes of SQL), so their query runs once rather than three times."""
ACTIVE = MemberStatus.ACTIVE.value


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


class QuietGroup(NamedTuple):
    """Members whose whole history is one step dated before `StationFacts.quiet_before`
    and no move, active after it, counted by what the figures break them down by: each
    is active, in the same union, on every day from then on, with no flow to count."""

    union_id: str
    gender: str
    migrant: int
    priority_group: str | None
    model_worker_level: str | None
    members: int


class SingleStepGroup(NamedTuple):
    """Members whose whole history is one step, of `year`, and no move, counted by that
    step (from, to) and by what the figures break them down by: the years' figures of
    each depend on nothing else (years.YearCounts.add_single_steps)."""

    year: int
    from_status: str | None
    to_status: str
    by_transfer: int
    union_id: str
    gender: str
    migrant: int
    priority_group: str | None
    model_worker_level: str | None
    members: int


@dataclass
class StationFacts:
    """What the figures are counted from. `members` (with their `steps` and `moves`) are
    replayed one by one; `quiet` are counted in groups, and hold only for ranges that
    start on or after `quiet_before` (ISO day; "" when nothing is grouped)."""

    station: str
    members: list[MemberFact] = field(default_factory=list)
    steps: dict[str, list[StatusStep]] = field(default_factory=lambda: defaultdict(list))
    moves: dict[str, list[Move]] = field(default_factory=lambda: defaultdict(list))
    unions: list[UnionFact] = field(default_factory=list)
    quiet: list[QuietGroup] = field(default_factory=list)
    quiet_before: str = ""

    def quiet_for(self, first: str) -> list[QuietGroup]:
        """The quiet groups, checked to hold for a range starting on `first`."""
        if self.quiet and first < self.quiet_before:
            raise ValueError(f"facts grouped before {self.quiet_before}, not {first}")
        return self.quiet


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


def busy_members(first: str) -> CompoundSelect[Any]:
    """The members the reports of ranges from `first` on replay one by one: those with
    more than one live status step, or one dated on or after `first`, or a live move
    between the station's unions. Every other member with a step has exactly one, before
    `first`, and no move: active (or not) in the same union on every day of the range,
    with no flow to count, so the database counts them in groups (`QuietGroup`).

    Read from the status history's index alone (member_id, deleted_at, changed_on, …)."""
    step, move = table_of(MemberStatusChange), table_of(MemberTransfer)
    stepped = (select(step.c.member_id).where(step.c.deleted_at.is_(None))
               .group_by(step.c.member_id)
               .having(or_(func.count() > 1, func.max(raw(step.c.changed_on)) >= first)))
    movers = select(move.c.member_id).where(move.c.deleted_at.is_(None),
                                            move.c.kind == INTERNAL)
    return union(stepped, movers)


def _busy(connection: Connection, first: str) -> ColumnElement[Any] | CompoundSelect[Any]:
    """The busy members as the queries below name them: their ids, read once and written
    into the SQL as the list "('…', '…')" (SQLAlchemy's rendering of 12,000 literal binds
    costs more than the queries), or, past LISTED_BUSY of them or for an id that is not
    the hex text SQLite keeps UUIDs as, the query itself (then run by each of the three)."""
    query = busy_members(first)
    ids: list[str] = [row[0] for row in _rows(connection, query)]
    if len(ids) > LISTED_BUSY or not all(_HEX_ID.fullmatch(i) for i in ids):
        return query
    return literal_column("(" + ",".join(f"'{i}'" for i in ids) + ")")


def _among(column: ColumnElement[Any], busy: ColumnElement[Any] | CompoundSelect[Any],
           among: bool = True) -> ColumnElement[bool]:
    if isinstance(busy, CompoundSelect):
        return column.in_(busy) if among else column.not_in(busy)
    return column.op("IN" if among else "NOT IN", is_comparison=True)(busy)


def _quiet_groups(connection: Connection, first: str,
                  busy: ColumnElement[Any] | CompoundSelect[Any]) -> list[QuietGroup]:
    """The members outside `busy` whose one step made them active, counted by what the
    figures break them down by: the member's report index joined to the status history's
    index, neither table read."""
    member, step = table_of(Member), table_of(MemberStatusChange)
    keys = (raw(member.c.grassroots_union_id), raw(member.c.gender),
            type_coerce(member.c.migrant_worker, Integer()), raw(member.c.priority_group),
            raw(member.c.model_worker_level))
    return [QuietGroup._make(row) for row in _rows(connection, select(*keys, func.count())
        .select_from(member.join(step, step.c.member_id == member.c.id))
        .where(member.c.deleted_at.is_(None), step.c.deleted_at.is_(None),
               raw(step.c.to_status) == ACTIVE, raw(step.c.changed_on) < first,
               _among(raw(member.c.id), busy, among=False))
        .group_by(*keys))]


def load_station_facts(connection: Connection, station_name: str,
                       quiet_before: date | None = None) -> StationFacts:
    """The station's live members, their status steps and internal moves, and its unions,
    each in one query, read as stored: the driver's rows are the facts themselves (their
    columns in the order of the fact's fields), so a 50,000-member station costs little
    more than SQLite's reading it.

    With `quiet_before`, the members whose history is one step before that day and no
    move are counted in groups by the database (`QuietGroup`) instead of read one by one:
    the reports of ranges from that day on need only the others (`busy_members`) replayed.
    A member with no live step is in neither: replayed, they would count nowhere."""
    facts = StationFacts(station_name)
    member = table_of(Member)
    step = table_of(MemberStatusChange)
    busy_member: ColumnElement[bool] = member.c.deleted_at.is_(None)
    busy_step: ColumnElement[bool] = step.c.deleted_at.is_(None)
    if quiet_before is not None:
        facts.quiet_before = quiet_before.isoformat()
        busy = _busy(connection, facts.quiet_before)
        facts.quiet = _quiet_groups(connection, facts.quiet_before, busy)
        busy_member = and_(busy_member, _among(raw(member.c.id), busy))
        busy_step = and_(busy_step, _among(raw(step.c.member_id), busy))
    _read_members(connection, facts, busy_member, busy_step, true())
    facts.unions = load_unions(connection)
    return facts


def load_unions(connection: Connection) -> list[UnionFact]:
    """The station's live grassroots unions."""
    union = table_of(GrassrootsUnion)
    return [UnionFact(union_id, name, _optional_day(founded), _optional_day(closed),
                      bool((code or "").strip()))
            for union_id, name, founded, closed, code in _rows(connection, select(
                raw(union.c.id), union.c.name, raw(union.c.founded_on),
                raw(union.c.closed_on), union.c.credit_code)
                .where(union.c.deleted_at.is_(None)))]


def _read_members(connection: Connection, facts: StationFacts, members: ColumnElement[bool],
                  steps: ColumnElement[bool], moves: ColumnElement[bool]) -> None:
    """Into `facts`: the live members `members` picks, the live steps `steps` picks and the
    live internal moves `moves` picks."""
    member, step, move = (table_of(Member), table_of(MemberStatusChange),
                          table_of(MemberTransfer))
    facts.members.extend(MemberFact._make(row) for row in _rows(connection, select(
        raw(member.c.id), raw(member.c.grassroots_union_id), raw(member.c.gender),
        type_coerce(member.c.migrant_worker, Integer()), raw(member.c.priority_group),
        raw(member.c.model_worker_level),
        type_coerce(member.c.transfer_in_from != "", Integer())).where(members)))
    for row in _rows(connection, select(
            raw(step.c.member_id), raw(step.c.from_status), raw(step.c.to_status),
            raw(step.c.changed_on), raw(step.c.created_at), raw(step.c.id)).where(steps)):
        facts.steps[row[0]].append(row)  # a plain tuple in StatusStep's order: see timeline
    for row in _rows(connection, select(
            raw(move.c.member_id), raw(move.c.from_union_id), raw(move.c.to_union_id),
            raw(move.c.transfer_on), raw(move.c.created_at), raw(move.c.id)).where(
            move.c.deleted_at.is_(None), move.c.kind == INTERNAL, moves)):
        facts.moves[row[0]].append(Move._make(row))


def replayed_ids(connection: Connection) -> set[str]:
    """The live members' ids with more than one live step or a live internal move: those
    the years' figures replay one by one (read from the status history's index)."""
    step, move = table_of(MemberStatusChange), table_of(MemberTransfer)
    several = (select(raw(step.c.member_id)).where(step.c.deleted_at.is_(None))
               .group_by(step.c.member_id).having(func.count() > 1))
    movers = select(raw(move.c.member_id)).where(move.c.deleted_at.is_(None),
                                                 move.c.kind == INTERNAL)
    return {str(row[0]) for row in _rows(connection, union(several, movers))}


def single_step_groups(connection: Connection, replayed: set[str],
                       rows_at_a_time: int = 5_000) -> list[SingleStepGroup]:
    """The live members with one live step, but those `replayed` (replayed_ids), counted
    in groups (most of a station: they joined, and that is all), so the years' figures
    (years.YearCounts) need not hold them one by one.

    The steps are read in the table's order, a few thousand at a time, each with its
    member's details from the member's report index, and grouped here: grouped by the
    database, or read in the member order of the history index, the same query sorted
    every step in memory, or looked up each step's row out of order (twice the time)."""
    member, step = table_of(Member), table_of(MemberStatusChange)
    query = (select(raw(step.c.member_id), func.substr(raw(step.c.changed_on), 1, 4),
                    raw(step.c.from_status), raw(step.c.to_status),
                    type_coerce(member.c.transfer_in_from != "", Integer()),
                    raw(member.c.grassroots_union_id), raw(member.c.gender),
                    type_coerce(member.c.migrant_worker, Integer()),
                    raw(member.c.priority_group), raw(member.c.model_worker_level))
             .select_from(step.join(member, member.c.id == step.c.member_id))
             .where(step.c.deleted_at.is_(None), member.c.deleted_at.is_(None)))
    counted: Counter[tuple[Any, ...]] = Counter()
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(query.compile(dialect=connection.dialect,
                                         compile_kwargs={"literal_binds": True})))
        while rows := cursor.fetchmany(rows_at_a_time):
            counted.update(row[1:] for row in rows if row[0] not in replayed)
    finally:
        cursor.close()
    return [SingleStepGroup._make((int(key[0]), *key[1:], count))
            for key, count in counted.items()]


def replayed_parts(connection: Connection, replayed: set[str],
                   members_at_a_time: int) -> Iterator[StationFacts]:
    """The `replayed` members (replayed_ids) with their steps and moves,
    `members_at_a_time` a part: a big station's are never all held at once (each part is
    let go before the next is read)."""
    member, step, move = (table_of(Member), table_of(MemberStatusChange),
                          table_of(MemberTransfer))
    ids = sorted(replayed)
    for start in range(0, len(ids), members_at_a_time):
        part = ids[start:start + members_at_a_time]
        facts = StationFacts("")
        _read_members(connection, facts,
                      and_(member.c.deleted_at.is_(None), _listed(raw(member.c.id), part)),
                      and_(step.c.deleted_at.is_(None), _listed(raw(step.c.member_id), part)),
                      _listed(raw(move.c.member_id), part))
        yield facts


def _listed(column: ColumnElement[Any], ids: list[str]) -> ColumnElement[bool]:
    """`column` among `ids`, written into the SQL as _busy writes its list (hex ids)."""
    if all(_HEX_ID.fullmatch(i) for i in ids):
        listed: ColumnElement[Any] = literal_column("(" + ",".join(f"'{i}'" for i in ids) + ")")
        return column.op("IN", is_comparison=True)(listed)
    return column.in_(ids)
