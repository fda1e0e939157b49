"""Stations' `StationFacts`, read from the county's projections of what they sent: the
county's own count, for a station whose yearly figures carry no member counts (county.report).

The same split as the station's own reports (services.reports.facts): a member whose
history is one step before the range and no move is counted in groups by the database,
the others are read one by one and replayed by the station's code. Ids are read as the
database holds them (as the station reads its own), the same way for every table, so
references between members, steps, moves and unions match.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    and_,
    exists,
    func,
    select,
    type_coerce,
)

from unionstation.county.models import (
    CountyMember,
    CountyMove,
    CountyStatusChange,
    CountyUnion,
)
from unionstation.services.reports.facts import (
    ACTIVE,
    MemberFact,
    Move,
    QuietGroup,
    StationFacts,
    StatusStep,
    raw,
)
from unionstation.store.base import table_of

MEMBER = table_of(CountyMember)
STEP = table_of(CountyStatusChange)
MOVE = table_of(CountyMove)
UNION = table_of(CountyUnion)


def _quiet(first: str, codes: list[str]) -> Select[Any]:
    """(station_code, member_id, to_status) of the members of the stations `codes` whose
    history is one live step before `first` and no live move."""
    moved = exists().where(MOVE.c.station_code == STEP.c.station_code,
                           MOVE.c.member_id == STEP.c.member_id, MOVE.c.deleted.is_(False))
    return (select(STEP.c.station_code, STEP.c.member_id,
                   func.max(STEP.c.to_status).label("to_status"))
            .where(STEP.c.deleted.is_(False), STEP.c.station_code.in_(codes), ~moved)
            .group_by(STEP.c.station_code, STEP.c.member_id)
            .having(func.count() == 1, func.max(STEP.c.changed_on) < first))


def _busy(query: Select[Any], first: str | None, codes: list[str], station: Any,
          member: Any) -> Select[Any]:
    """`query` without the quiet members' rows: an anti-join on the quiet pairs, which
    both databases read once (SQLite answered a NOT IN of row values by running the
    grouped subquery again for every row: minutes for twenty stations)."""
    if first is None:
        return query
    quiet = _quiet(first, codes).subquery()
    return query.outerjoin(quiet, and_(quiet.c.station_code == station,
                                       quiet.c.member_id == member)).where(
        quiet.c.member_id.is_(None))


def county_facts(connection: Connection, names: dict[str, str],
                 quiet_before: date | None = None) -> dict[str, StationFacts]:
    """The facts of the stations `names` (code: name) only."""
    facts = {code: StationFacts(name) for code, name in names.items()}
    codes = list(facts)
    if not codes:
        return facts
    first = None if quiet_before is None else quiet_before.isoformat()
    if first is not None:
        for station in facts.values():
            station.quiet_before = first
        quiet = _quiet(first, codes).subquery()
        keys = (MEMBER.c.station_code, raw(MEMBER.c.union_id), MEMBER.c.gender,
                type_coerce(MEMBER.c.migrant_worker, Integer()), MEMBER.c.priority_group,
                MEMBER.c.model_worker_level)
        for code, *group in connection.execute(select(*keys, func.count()).join(quiet, and_(
                quiet.c.station_code == MEMBER.c.station_code,
                quiet.c.member_id == MEMBER.c.member_id)).where(
                MEMBER.c.deleted.is_(False), quiet.c.to_status == ACTIVE).group_by(*keys)):
            if code in facts:
                facts[code].quiet.append(QuietGroup(str(group[0] or ""), *group[1:]))
    for code, *row in connection.execute(_busy(select(
            MEMBER.c.station_code, raw(MEMBER.c.member_id), raw(MEMBER.c.union_id),
            MEMBER.c.gender, type_coerce(MEMBER.c.migrant_worker, Integer()),
            MEMBER.c.priority_group, MEMBER.c.model_worker_level,
            type_coerce(MEMBER.c.transfer_in_from != "", Integer())).where(
            MEMBER.c.deleted.is_(False), MEMBER.c.station_code.in_(codes)), first, codes,
            MEMBER.c.station_code, MEMBER.c.member_id)):
        if code in facts:
            facts[code].members.append(MemberFact(str(row[0]), str(row[1] or ""), *row[2:]))
    for code, member_id, from_status, to_status, on, order, step_id in connection.execute(
            _busy(select(STEP.c.station_code, raw(STEP.c.member_id), STEP.c.from_status,
                         STEP.c.to_status, STEP.c.changed_on, STEP.c.created_at,
                         raw(STEP.c.change_id)).where(STEP.c.deleted.is_(False),
                                                      STEP.c.station_code.in_(codes)),
                  first, codes, STEP.c.station_code, STEP.c.member_id)):
        if code in facts:
            member = str(member_id)
            facts[code].steps[member].append(StatusStep(
                member, from_status, to_status, on, order, str(step_id)))
    for code, member_id, from_union, to_union, on, order, move_id in connection.execute(
            select(MOVE.c.station_code, raw(MOVE.c.member_id), raw(MOVE.c.from_union_id),
                   raw(MOVE.c.to_union_id), MOVE.c.transfer_on, MOVE.c.created_at,
                   raw(MOVE.c.transfer_id)).where(MOVE.c.deleted.is_(False),
                                                  MOVE.c.station_code.in_(codes))):
        if code in facts:
            member = str(member_id)
            facts[code].moves[member].append(Move(
                member, str(from_union or ""), str(to_union or ""), on, order, str(move_id)))
    return facts
