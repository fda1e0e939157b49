"""The register's queries: one search box, filters, sorting, and pages of rows.

Search terms (split on spaces, all must match):
- Chinese text: a phrase over the name and employer, one token per character (FTS5);
- letters: a prefix of the pinyin initials or the full pinyin (indexed range scans);
- digits (and X), three or more: any part of ID number, phone or card number (trigram);
  shorter digit runs fall back to a LIKE over those columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal
from uuid import UUID

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from unionstation.domain.codes import (
    Gender,
    MemberStatus,
    ModelWorkerLevel,
    PriorityGroup,
)
from unionstation.domain.idnumber import masked
from unionstation.domain.text import normalize_text, to_halfwidth
from unionstation.services.context import ServiceContext
from unionstation.store.models import GrassrootsUnion, Member
from unionstation.store.search_index import (
    CHARS_TABLE,
    GONE,
    KEYS_ORDER_INDEX,
    KEYS_TABLE,
    TRIGRAM_TABLE,
    spaced_chars,
    status_token,
)

_LETTERS = re.compile(r"^[a-z]+$")
_CODE = re.compile(r"^[0-9a-z]*[0-9][0-9a-z]*$")

_TermKind = Literal["letters", "code", "short code", "chars"]


@dataclass
class MemberFilter:
    text: str = ""
    union_id: UUID | None = None
    statuses: tuple[MemberStatus, ...] = ()
    priority_group: PriorityGroup | None = None
    migrant_worker: bool | None = None
    model_worker: bool | None = None
    joined_from: date | None = None
    joined_to: date | None = None
    drive_id: UUID | None = None


@dataclass(frozen=True)
class MemberRow:
    """One line of the register; the ID number only masked."""

    id: UUID
    name: str
    gender: Gender
    id_number_masked: str
    birth_date: date
    phone: str
    union_name: str
    employer: str
    job: str
    priority_group: PriorityGroup | None
    migrant_worker: bool
    model_worker_level: ModelWorkerLevel | None
    card_no: str | None
    status: MemberStatus
    joined_on: date


@dataclass(frozen=True)
class MemberPage:
    total: int
    rows: list[MemberRow] = field(default_factory=list)


SORT_COLUMNS: dict[str, Any] = {
    "name": Member.name_pinyin,
    "gender": Member.gender,
    "id_number": Member.id_number,
    "birth_date": Member.birth_date,
    "phone": Member.phone,
    "union": GrassrootsUnion.name,
    "employer": Member.employer,
    "job": Member.job,
    "priority_group": Member.priority_group,
    "migrant_worker": Member.migrant_worker,
    "model_worker_level": Member.model_worker_level,
    "card_no": Member.card_no,
    "status": Member.status,
    "joined_on": Member.joined_on,
}

_ROWID: ColumnElement[int] = literal_column("member.rowid", Integer)


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _term_kind(term: str) -> _TermKind:
    """Which kind of search term this is (see the module docstring): a code shorter than
    three falls back to a LIKE."""
    if _LETTERS.match(term):
        return "letters"
    if _CODE.match(term):
        return "code" if len(term) >= 3 else "short code"
    return "chars"


def term_condition(term: str) -> ColumnElement[bool]:
    """What one search term matches (see the module docstring)."""
    kind = _term_kind(term)
    if kind == "letters":
        return or_(_prefix_range(Member.name_initials, term),
                   _prefix_range(Member.name_pinyin, term))
    if kind == "code":
        matches = text(f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH :q")
        return _ROWID.in_(matches.bindparams(bindparam("q", _phrase(term), unique=True)))
    if kind == "short code":
        pattern = f"%{term.upper()}%"
        return or_(Member.id_number.like(pattern), Member.phone.like(pattern),
                   Member.card_no.like(pattern))
    chars = text(f"SELECT rowid FROM {CHARS_TABLE} WHERE {CHARS_TABLE} MATCH :q")
    # unique: two terms in one query must not share one parameter
    return _ROWID.in_(chars.bindparams(bindparam("q", _phrase(spaced_chars(term)), unique=True)))


def search_terms(raw: str) -> list[str]:
    """The terms of a query; pinyin typed with spaces ("cai dong", "zhang xiao ming") is one
    term, as the stored reading has no spaces."""
    terms: list[str] = []
    for term in (to_halfwidth(t).lower() for t in normalize_text(raw).split(" ") if t):
        if terms and _LETTERS.match(term) and _LETTERS.match(terms[-1]):
            terms[-1] += term
        else:
            terms.append(term)
    return terms


def _status_in(statuses: tuple[MemberStatus, ...], sqlite: bool) -> ColumnElement[bool]:
    """On SQLite, `+status` keeps the planner off the status index: without statistics it
    prefers that index (four values, 50,000 rows) over the search's own indexes."""
    if not sqlite:
        return Member.status.in_(statuses)
    return literal_column("+member.status").in_([str(status) for status in statuses])


def _conditions(criteria: MemberFilter, sqlite: bool = False) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Member.deleted_at.is_(None)]
    conditions += [term_condition(term) for term in search_terms(criteria.text)]
    if criteria.union_id is not None:
        conditions.append(Member.grassroots_union_id == criteria.union_id)
    if criteria.statuses:
        conditions.append(_status_in(criteria.statuses, sqlite))
    if criteria.priority_group is not None:
        conditions.append(Member.priority_group == criteria.priority_group)
    if criteria.migrant_worker is not None:
        conditions.append(Member.migrant_worker.is_(criteria.migrant_worker))
    if criteria.model_worker is True:
        conditions.append(Member.model_worker_level.is_not(None))
    elif criteria.model_worker is False:
        conditions.append(Member.model_worker_level.is_(None))
    if criteria.joined_from is not None:
        conditions.append(Member.joined_on >= criteria.joined_from)
    if criteria.joined_to is not None:
        conditions.append(Member.joined_on <= criteria.joined_to)
    if criteria.drive_id is not None:
        conditions.append(Member.enrollment_drive_id == criteria.drive_id)
    return conditions



def filter_conditions(criteria: MemberFilter, sqlite: bool = False) -> list[ColumnElement[bool]]:
    """The register filter as WHERE clauses, for other read-outs of it (the ledger export)."""
    return _conditions(criteria, sqlite)

_ROW_COLUMNS = (
    Member.id, Member.name, Member.gender, Member.id_number, Member.birth_date, Member.phone,
    GrassrootsUnion.name, Member.employer, Member.job, Member.priority_group,
    Member.migrant_worker, Member.model_worker_level, Member.card_no, Member.status,
    Member.joined_on,
)


def _masked(id_number: str) -> str:
    # Stored numbers are normalised, so the usual case needs no cleaning (a page of 200).
    if len(id_number) == 18 and id_number.isascii() and id_number.isalnum():
        return id_number[:6] + "********" + id_number[-4:]
    return masked(id_number)


def _row(values: Any) -> MemberRow:
    (member_id, name, gender, id_number, birth_date, phone, union_name, employer, job, group,
     migrant, model_level, card_no, status, joined_on) = values
    return MemberRow(member_id, name, gender, _masked(id_number), birth_date, phone,
                     union_name, employer, job, group, migrant, model_level, card_no, status,
                     joined_on)


# _ROW_COLUMNS as stored on SQLite (see store/bulk.py for the formats), read by rowid.
_RAW_ROWS = (
    "SELECT member.rowid, "
    + ", ".join(f"{column.expression.table.name}.{column.expression.name}"
                for column in _ROW_COLUMNS)
    + " FROM member "
    "JOIN grassroots_union ON grassroots_union.id = member.grassroots_union_id "
    "WHERE member.rowid IN ({marks})"
)


def _codes(enum_class: type[Any]) -> dict[str, Any]:
    return {str(member.value): member for member in enum_class}


_GENDERS = _codes(Gender)
_GROUPS = _codes(PriorityGroup)
_LEVELS = _codes(ModelWorkerLevel)
_STATUSES = _codes(MemberStatus)


def _raw_row(values: Any) -> MemberRow:
    (_rowid, member_id, name, gender, id_number, birth_date, phone, union_name, employer,
     job, group, migrant, model_level, card_no, status, joined_on) = values
    return MemberRow(UUID(member_id), name, _GENDERS[gender], _masked(id_number),
                     date.fromisoformat(birth_date), phone, union_name, employer, job,
                     None if group is None else _GROUPS[group], bool(migrant),
                     None if model_level is None else _LEVELS[model_level], card_no,
                     _STATUSES[status], date.fromisoformat(joined_on))


_ACTIVE_ONLY = MemberFilter(statuses=(MemberStatus.ACTIVE,))
# The unique partial index holds exactly the active, undeleted members: counting its
# entries reads a small index instead of the whole member table (the register's default).
_COUNT_ACTIVE = text(
    "SELECT count(*) FROM member INDEXED BY uq_member_active_id_number "
    "WHERE status = 'active' AND deleted_at IS NULL"
)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


@dataclass(frozen=True)
class _IndexSearch:
    """A search answered from the search indexes alone (store/search_index.py): text terms
    of the FTS kinds and a status filter, nothing else. `matched` selects the rowids of the
    matching members; `chars` tells whether a Chinese term (whose matches cluster in name
    order: surnames) is among the terms."""

    matched: str
    params: dict[str, str]
    chars: bool


_CHARS_COLUMNS = "{name employer}"
_CODE_COLUMNS = "{id_number phone card_no}"
# Walking the name order for the first page beats sorting every match once matches are
# many and spread over the alphabet (digits: any part of ID numbers and phones).
_WALK_CODE_MATCHES = 2_000
_WALK_SHARE = 4  # ... or whatever the terms, once a quarter of the station matches


def _facts_clause(statuses: tuple[MemberStatus, ...]) -> str:
    """The status filter in FTS5 query syntax over the `facts` column."""
    chosen = {MemberStatus(status) for status in statuses}
    if chosen and MemberStatus.ACTIVE not in chosen:
        tokens = [status_token(s.value) for s in MemberStatus if s in chosen]
        return " AND facts : (" + " OR ".join(tokens) + ")"
    left_out = [status_token(s.value) for s in MemberStatus if chosen and s not in chosen]
    return " NOT facts : (" + " OR ".join([GONE, *left_out]) + ")"


def _index_search(criteria: MemberFilter) -> _IndexSearch | None:
    """The search as index queries, or None when it needs the member rows."""
    if replace(criteria, text="", statuses=()) != MemberFilter():
        return None
    chars: list[str] = []
    codes: list[str] = []
    for term in search_terms(criteria.text):
        kind = _term_kind(term)
        if kind in ("letters", "short code"):
            return None
        if kind == "code":
            codes.append(f"{_CODE_COLUMNS} : {_phrase(term)}")
        elif any(ch.isalnum() for ch in term):
            chars.append(f"{_CHARS_COLUMNS} : {_phrase(spaced_chars(term))}")
        else:  # no token for the index: the general query decides
            return None
    if not chars and not codes:
        return None
    queries = [(table, " AND ".join(terms)) for table, terms in
               ((CHARS_TABLE, chars), (TRIGRAM_TABLE, codes)) if terms]
    (first, query), *rest = queries
    params = {"m0": f"({query}){_facts_clause(criteria.statuses)}"}
    matched = f"SELECT {{what}} FROM {first} WHERE {first} MATCH :m0"
    for at, (table, query) in enumerate(rest, start=1):
        params[f"m{at}"] = query
        matched += f" AND rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH :m{at})"
    return _IndexSearch(matched, params, bool(chars))


def _indexed_count(session: Session, indexed: _IndexSearch) -> int:
    """How many members an index search matches, counted in the FTS tables."""
    return int(session.connection().scalar(
        text(indexed.matched.format(what="count(*)")), indexed.params) or 0)


def _has_search_keys(session: Session) -> bool:
    """Whether the station's search indexes carry the facts and keys (schema 0003 on),
    asked once a connection: a station opened read-only may be older."""
    connection = session.connection()
    known = connection.info.get(KEYS_TABLE)
    if known is None:
        known = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            (KEYS_TABLE,)).first() is not None
        connection.info[KEYS_TABLE] = known
    return bool(known)


class MemberQueryService:
    """Read-only queries behind the register, the CLI's `members list` and bench/search.py."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def count(self, criteria: MemberFilter) -> int:
        with self._ctx.reading() as session:
            return self._count(session, criteria, self._indexed(session, criteria))

    def rows(self, criteria: MemberFilter, offset: int = 0, limit: int = 100,
             sort: str = "name", descending: bool = False) -> list[MemberRow]:
        with self._ctx.reading() as session:
            query = self._rows_query(criteria, sort, descending, _is_sqlite(session))
            return [_row(values) for values in
                    session.connection().execute(query.offset(offset).limit(limit))]

    def search(self, criteria: MemberFilter, offset: int = 0, limit: int = 100,
               sort: str = "name", descending: bool = False) -> MemberPage:
        """The matching total and one page of rows, in one read.

        With search terms, one pass finds the page's row ids and the total together
        (a window count), then reads only those rows; without, the page comes from the
        sort index and the total from a count.
        """
        with self._ctx.reading() as session:
            sqlite = _is_sqlite(session)
            indexed = self._indexed(session, criteria)
            by_name = SORT_COLUMNS.get(sort, Member.name_pinyin) is Member.name_pinyin
            if indexed is not None and by_name:
                return self._search_indexed(session, indexed, offset, limit, descending)
            if not search_terms(criteria.text) or not sqlite:
                total = self._count(session, criteria, indexed)
                query = self._rows_query(criteria, sort, descending, sqlite)
                rows = [_row(v) for v in
                        session.connection().execute(query.offset(offset).limit(limit))]
                return MemberPage(total, rows)
            ids: Select[*tuple[Any, ...]] = select(_ROWID, func.count().over())
            found: list[Any] = list(session.connection().execute(
                self._order(ids, sort, descending)
                .where(*_conditions(criteria, sqlite)).offset(offset).limit(limit)))
            if not found:
                return MemberPage(self._count(session, criteria, indexed) if offset else 0,
                                  [])
            return MemberPage(int(found[0][1]),
                              self._rows_by_rowid(session, [v[0] for v in found]))

    def _indexed(self, session: Session, criteria: MemberFilter) -> _IndexSearch | None:
        """The search as index queries where this station's indexes can answer it."""
        if not _is_sqlite(session):
            return None
        indexed = _index_search(criteria)
        return indexed if indexed is not None and _has_search_keys(session) else None

    def _search_indexed(self, session: Session, indexed: _IndexSearch, offset: int,
                        limit: int, descending: bool) -> MemberPage:
        """Count from the FTS tables, order by the keys table, then read the page's rows."""
        connection = session.connection()
        total = _indexed_count(session, indexed)
        if not total or offset >= total or limit <= 0:
            return MemberPage(total, [])
        walk = not descending and (
            (not indexed.chars and total >= _WALK_CODE_MATCHES)
            or total * _WALK_SHARE >= int(connection.scalar(
                text(f"SELECT max(rowid) FROM {KEYS_TABLE}")) or 0))
        using = f"INDEXED BY {KEYS_ORDER_INDEX}" if walk else "NOT INDEXED"
        page = text(f"SELECT rowid FROM {KEYS_TABLE} {using} "
                    f"WHERE rowid IN ({indexed.matched.format(what='rowid')}) "
                    f"ORDER BY pinyin {'DESC' if descending else 'ASC'}, id "
                    "LIMIT :limit OFFSET :offset")
        rowids = list(connection.scalars(page, {**indexed.params, "limit": limit,
                                                "offset": offset}))
        return MemberPage(total, self._rows_by_rowid(session, rowids))

    def _rows_by_rowid(self, session: Session, rowids: list[int]) -> list[MemberRow]:
        """The rows of a page, in the given order. On SQLite the stored values are read
        on the driver and converted here (about 1.5 ms less for a page of 200)."""
        if not rowids:
            return []
        connection = session.connection()
        if _is_sqlite(session):
            found = {values[0]: values for values in connection.exec_driver_sql(
                _RAW_ROWS.format(marks=", ".join("?" * len(rowids))), tuple(rowids))}
            return [_raw_row(found[rowid]) for rowid in rowids if rowid in found]
        order: dict[int, int] = {rowid: at for at, rowid in enumerate(rowids)}
        query = (select(_ROWID, *_ROW_COLUMNS)
                 .join(GrassrootsUnion, GrassrootsUnion.id == Member.grassroots_union_id)
                 .where(_ROWID.in_(rowids)))
        fetched: list[Any] = sorted(connection.execute(query),
                                    key=lambda values: order[values[0]])
        return [_row(values[1:]) for values in fetched]

    def _count(self, session: Session, criteria: MemberFilter,
               indexed: _IndexSearch | None) -> int:
        """The matching total; `indexed` is the search as index queries, if it is one."""
        if indexed is not None:
            return _indexed_count(session, indexed)
        if criteria == _ACTIVE_ONLY and _is_sqlite(session):
            return int(session.connection().scalar(_COUNT_ACTIVE) or 0)
        query = select(func.count()).select_from(Member).where(
            *_conditions(criteria, _is_sqlite(session)))
        return int(session.connection().scalar(query) or 0)

    def _order(self, query: Select[*tuple[Any, ...]], sort: str,
               descending: bool) -> Select[*tuple[Any, ...]]:
        column = SORT_COLUMNS.get(sort, Member.name_pinyin)
        query = query.select_from(Member)
        if column is GrassrootsUnion.name:
            query = query.join(GrassrootsUnion,
                               GrassrootsUnion.id == Member.grassroots_union_id)
        order = column.desc() if descending else column.asc()
        return query.order_by(order, Member.name_pinyin, Member.id)

    def _rows_query(self, criteria: MemberFilter, sort: str, descending: bool,
                    sqlite: bool = False) -> Select[*tuple[Any, ...]]:
        column = SORT_COLUMNS.get(sort, Member.name_pinyin)
        order = column.desc() if descending else column.asc()
        return (
            select(*_ROW_COLUMNS)
            .join(GrassrootsUnion, GrassrootsUnion.id == Member.grassroots_union_id)
            .where(*_conditions(criteria, sqlite))
            .order_by(order, Member.name_pinyin, Member.id)
        )

    def scan_baseline(self, term: str, limit: int = 100) -> tuple[int, list[UUID]]:
        """A plain LIKE '%q%' over name, ID number, phone and employer (bench/search.py)."""
        pattern = f"%{term}%"
        condition = or_(Member.name.like(pattern), Member.id_number.like(pattern),
                        Member.phone.like(pattern), Member.employer.like(pattern))
        with self._ctx.reading() as session:
            total = int(session.scalar(
                select(func.count()).select_from(Member).where(condition)) or 0)
            ids = list(session.scalars(select(Member.id).where(condition).limit(limit)))
            return total, ids


def member_session_rows(session: Session, ids: list[UUID]) -> list[MemberRow]:
    """Rows for known ids, in the given order (a drive's running list)."""
    if not ids:
        return []
    query = (select(*_ROW_COLUMNS)
             .join(GrassrootsUnion, GrassrootsUnion.id == Member.grassroots_union_id)
             .where(Member.id.in_(ids)))
    found = {values[0]: _row(values) for values in session.execute(query)}
    return [found[i] for i in ids if i in found]
