"""What the county reads across every station: the members list, cases, and figures.

Pure queries over the county store's projections (county_member, county_union,
county_transfer, county_station), written with SQLAlchemy expressions only so that SQLite
and PostgreSQL give the same answers. Records stay per station: a person at two stations is
two rows in the list and one case. ID numbers leave this module masked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import (
    ColumnElement,
    Exists,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from unionstation.county.member_page import (
    CountyMembers,
    count_members,
    name_part_on_postgresql,
    short_name_part,
)
from unionstation.county.models import (
    CountyConflict,
    CountyInfo,
    CountyMember,
    CountyStation,
    CountyTransfer,
    CountyUnion,
)
from unionstation.domain.idnumber import masked
from unionstation.domain.pinyin import search_key

ACTIVE = "active"
TOTAL_STATION = "合计"

CaseKind = Literal["active_at_two_stations", "transfer_out_without_in", "transfer_in_without_out",
                   "version_conflict", "hardship_open_at_two_stations",
                   "credit_code_at_two_stations"]
CASE_KINDS: tuple[CaseKind, ...] = (
    "active_at_two_stations",
    "transfer_out_without_in",
    "transfer_in_without_out",
    "version_conflict",
    "hardship_open_at_two_stations",  # county/hardship.py finds these
    "credit_code_at_two_stations",  # county/union_cases.py finds these
)

# An ID number fragment: digits, possibly ending in the check character X.
_ID_FRAGMENT = re.compile(r"^[0-9]+[Xx]?$")
# Letters only (after domain.pinyin.search_key): pinyin, whole or initials.
_LETTERS = re.compile(r"^[a-z]+$")
_TRIGRAM = 3


@dataclass(frozen=True)
class CountyMemberRow:
    station: str
    station_name: str
    name: str
    id_number_masked: str
    status: str
    union_name: str
    joined_on: date | None


@dataclass(frozen=True)
class CaseRow:
    """A person (by ID number) or a union (by credit code) the county must look at.

    `stations` are the codes concerned, sorted and distinct; `names` the distinct names the
    person (or union) has on those records, in station order. A union's case has no ID
    number and carries its `credit_code` whole: it is an organisation's, not personal.
    """

    kind: CaseKind
    id_number_masked: str
    stations: list[str]
    names: list[str]
    credit_code: str = ""


@dataclass(frozen=True)
class StationFigures:
    station: str
    name: str
    members: int
    new_this_year: int
    migrant_workers: int
    priority_groups: int


def _live(deleted: InstrumentedAttribute[bool]) -> ColumnElement[bool]:
    return deleted.is_(false())


def _prefix(column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    """column starts with `prefix` (lower-case letters), as an index range."""
    return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def _search_filter(search: str, postgresql: bool = False) -> ColumnElement[bool] | None:
    """A part of the name, the station's code, a run of ID-number digits, or letters: a
    prefix of the name's pinyin initials or full pinyin ("zxm", "zhangxiao"; county_0006).

    On PostgreSQL the name is matched with ILIKE on the column itself, which the trigram
    index of county_0005 answers (lower(name) LIKE would scan); letters shorter than a
    trigram match by pinyin only, so that they too are answered by an index."""
    text = search.strip()
    if not text:
        return None
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    letters = search_key(text)
    by_name = (name_part_on_postgresql(text, escaped) if postgresql
               else CountyMember.name.icontains(text, autoescape=True))
    if short_name_part(text, postgresql):
        return name_part_on_postgresql(text, escaped)
    clauses: list[ColumnElement[bool]] = [CountyMember.station_code == text]
    if _LETTERS.match(letters):
        clauses += [_prefix(CountyMember.name_initials, letters),
                    _prefix(CountyMember.name_pinyin, letters)]
        if len(letters) >= _TRIGRAM or not postgresql:
            clauses.append(by_name)
    else:
        clauses.append(by_name)
    if _ID_FRAGMENT.match(text):
        clauses.append(CountyMember.id_number.contains(text.upper(), autoescape=True))
    return or_(*clauses)


def list_members(
    session: Session,
    search: str = "",
    station: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    exact_total: bool = False,
) -> CountyMembers:
    """Every live member of every station (or of one), by station then name in pinyin
    order (the stored `name_key`, the collation every station list uses).

    `search` matches a part of the name, its pinyin initials or full pinyin (a prefix), a
    run of digits of the ID number, or a station code.
    Returns the number of matching members (a search's up to COUNT_CAP, `capped` when
    more match; every one with `exact_total`) and the requested page of them, read in
    index order (county_0007).
    """
    conditions: list[ColumnElement[bool]] = [_live(CountyMember.deleted)]
    bind = session.get_bind()
    matched = _search_filter(search, bind.dialect.name == "postgresql")
    if matched is not None:
        conditions.append(matched)
    if station is not None:
        conditions.append(CountyMember.station_code == station)

    total, capped = count_members(session, conditions,
                                  capped=matched is not None and not exact_total)

    query = (
        select(
            CountyMember.station_code,
            CountyStation.name,
            CountyMember.name,
            CountyMember.id_number,
            CountyMember.status,
            CountyUnion.name,
            CountyMember.joined_on,
        )
        .join(CountyStation, CountyStation.code == CountyMember.station_code)
        .outerjoin(
            CountyUnion,
            and_(
                CountyUnion.station_code == CountyMember.station_code,
                CountyUnion.union_id == CountyMember.union_id,
            ),
        )
        .where(*conditions)
        .order_by(CountyMember.station_code, CountyMember.name_key, CountyMember.member_id)
        .offset(max(offset, 0))
    )
    if limit is not None:
        query = query.limit(max(limit, 0))
    rows = [
        CountyMemberRow(
            station=code,
            station_name=station_name,
            name=name,
            id_number_masked=masked(id_number),
            status=status,
            union_name=union_name or "",
            joined_on=joined_on,
        )
        for code, station_name, name, id_number, status, union_name, joined_on
        in session.execute(query)
    ]
    return CountyMembers(total, rows, capped)


def find_cases(session: Session) -> list[CaseRow]:
    """People active at two stations, and transfers seen on one side only.

    - active_at_two_stations: one ID number with live active records at two or more
      stations (one case per person, every station listed);
    - transfer_out_without_in: a live transfer out whose person has no transfer in at
      another station (a live member there with `transfer_in_from` set, or a transfer of
      kind in);
    - transfer_in_without_out: a live member who came by transfer (`transfer_in_from` set,
      or a transfer of kind in) and has no transfer out at another station;
    - version_conflict: a member record a station changed from a version older than the
      county's (both versions are kept until the county resolves it).
    """
    found: dict[tuple[CaseKind, str], list[tuple[str, str]]] = defaultdict(list)

    queries: tuple[tuple[CaseKind, PersonRecords], ...] = (
        ("active_at_two_stations", _active_at_two_stations()),
        ("transfer_out_without_in", _transfers_out_without_in()),
        ("transfer_in_without_out", _transfers_in_without_out()),
        ("version_conflict", _version_conflicts()),
    )
    for kind, query in queries:
        for id_number, station, name in session.execute(query):
            found[(kind, id_number)].append((station, name))

    cases: list[tuple[int, list[str], str, CaseRow]] = []
    for (kind, id_number), records in found.items():
        records.sort()
        stations = sorted({station for station, _ in records})
        names = list(dict.fromkeys(name for _, name in records))
        row = CaseRow(kind=kind, id_number_masked=masked(id_number), stations=stations,
                      names=names)
        cases.append((CASE_KINDS.index(kind), stations, id_number, row))
    cases.sort(key=lambda item: (item[0], item[1], item[2]))
    return [row for *_, row in cases]


PersonRecords = Select[str, str, str]  # id_number, station_code, name


def _version_conflicts() -> PersonRecords:
    member = CountyMember
    return (
        select(member.id_number, CountyConflict.station_code, member.name)
        .join(member, and_(member.station_code == CountyConflict.station_code,
                           member.member_id == CountyConflict.entity_id))
        .where(CountyConflict.resolved_at.is_(None), CountyConflict.entity == "member",
               member.id_number != "")
        .distinct()
    )


def _active_at_two_stations() -> PersonRecords:
    member = CountyMember
    active = and_(_live(member.deleted), member.status == ACTIVE, member.id_number != "")
    doubled = (
        select(member.id_number)
        .where(active)
        .group_by(member.id_number)
        .having(func.count(func.distinct(member.station_code)) >= 2)
    )
    return select(member.id_number, member.station_code, member.name).where(
        active, member.id_number.in_(doubled))


def _transfers_out_without_in() -> PersonRecords:
    member, transfer = CountyMember, CountyTransfer
    other = aliased(CountyMember)
    arrived_elsewhere = or_(
        exists().where(
            other.id_number == member.id_number,
            other.station_code != member.station_code,
            _live(other.deleted),
            other.transfer_in_from != "",
        ),
        _transfer_at_another_station("in"),
    )
    return (
        select(member.id_number, member.station_code, member.name)
        .select_from(transfer)
        .join(member, and_(member.station_code == transfer.station_code,
                           member.member_id == transfer.member_id))
        .where(
            transfer.kind == "out",
            _live(transfer.deleted),
            _live(member.deleted),
            member.id_number != "",
            ~arrived_elsewhere,
        )
    )


def _transfers_in_without_out() -> PersonRecords:
    member = CountyMember
    own_in = aliased(CountyTransfer)
    came_by_transfer = or_(
        member.transfer_in_from != "",
        exists().where(
            own_in.station_code == member.station_code,
            own_in.member_id == member.member_id,
            own_in.kind == "in",
            _live(own_in.deleted),
        ),
    )
    left_elsewhere = _transfer_at_another_station("out")
    return select(member.id_number, member.station_code, member.name).where(
        _live(member.deleted), member.id_number != "", came_by_transfer, ~left_elsewhere)


def _transfer_at_another_station(kind: str) -> Exists:
    """Whether a live transfer of `kind` ("in" or "out") exists for a live member with the
    same ID number as the CountyMember of the enclosing query, at another station."""
    transfer, other = aliased(CountyTransfer), aliased(CountyMember)
    return exists(
        select(transfer.transfer_id)
        .join(other, and_(other.station_code == transfer.station_code,
                          other.member_id == transfer.member_id))
        .where(
            transfer.kind == kind,
            _live(transfer.deleted),
            _live(other.deleted),
            other.id_number == CountyMember.id_number,
            other.station_code != CountyMember.station_code,
        )
    )


def station_figures(session: Session, year: int | None = None) -> list[StationFigures]:
    """Per station: active members, members who joined in `year` (this year by default),
    migrant workers and members of a priority group among the active; then the county
    total, station "合计"."""
    year = date.today().year if year is None else year
    active = CountyMember.status == ACTIVE
    live = _live(CountyMember.deleted)

    def count_where(*conditions: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((and_(*conditions), 1), else_=0)), 0)

    counts = (
        select(
            CountyMember.station_code.label("station_code"),
            count_where(active).label("members"),
            count_where(CountyMember.joined_on >= date(year, 1, 1),
                        CountyMember.joined_on <= date(year, 12, 31)).label("new_this_year"),
            count_where(active, CountyMember.migrant_worker.is_(True)).label("migrant"),
            count_where(active, CountyMember.priority_group.is_not(None),
                        CountyMember.priority_group != "").label("priority"),
        )
        .where(live)
        .group_by(CountyMember.station_code)
        .subquery()
    )
    query = (
        select(
            CountyStation.code,
            CountyStation.name,
            counts.c.members,
            counts.c.new_this_year,
            counts.c.migrant,
            counts.c.priority,
        )
        .outerjoin(counts, counts.c.station_code == CountyStation.code)
        .order_by(CountyStation.code)
    )
    rows = [
        StationFigures(
            station=code,
            name=name,
            members=int(members or 0),
            new_this_year=int(new or 0),
            migrant_workers=int(migrant or 0),
            priority_groups=int(priority or 0),
        )
        for code, name, members, new, migrant, priority in session.execute(query)
    ]
    county_name = session.scalar(select(CountyInfo.name).limit(1)) or ""
    rows.append(
        StationFigures(
            station=TOTAL_STATION,
            name=county_name,
            members=sum(row.members for row in rows),
            new_this_year=sum(row.new_this_year for row in rows),
            migrant_workers=sum(row.migrant_workers for row in rows),
            priority_groups=sum(row.priority_groups for row in rows),
        )
    )
    return rows
