"""The register's queries: one search box, filters, sorting, and pages of rows.

Search terms (split on spaces, all must match; services/member_search.py):
- Chinese text: a phrase over the name and employer, one token per character (FTS5);
- letters: a prefix of the pinyin initials or the full pinyin (indexed range scans);
- digits (and X), three or more: any part of ID number, phone or card number (trigram);
  shorter digit runs fall back to a LIKE over those columns.

A search answers with one page and the total. Where the FTS indexes answer the search,
the total is exact and cheap; elsewhere it is counted up to COUNT_CAP (the page says
`capped`, the register shows "1,000+"), as counting every match would cost more than
finding the page.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.orm import Session

from unionstation.domain.codes import MemberStatus
from unionstation.services.context import ServiceContext
from unionstation.services.member_fts_page import counted_page, indexed_count, page_members
from unionstation.services.member_letters import letters_term, search_letters
from unionstation.services.member_rows import (
    COUNT_CAP,
    ROW_COLUMNS,
    MemberPage,
    MemberRow,
    member_session_rows,
    row_of,
    rows_by_rowid,
)
from unionstation.services.member_search import (
    ROWID,
    SORT_COLUMNS,
    IndexSearch,
    MemberFilter,
    conditions,
    filter_conditions,
    index_search,
    search_terms,
    term_condition,
)
from unionstation.store.models import GrassrootsUnion, Member
from unionstation.store.models.member import MODEL_WORKERS_INDEX, REGISTER_ORDER_INDEX
from unionstation.store.search_index import (
    CHARS_TABLE,
    GONE,
    KEYS_MEMBER_INDEX,
    KEYS_TABLE,
    status_token,
)

__all__ = ["COUNT_CAP", "SORT_COLUMNS", "MemberFilter", "MemberPage", "MemberQueryService",
           "MemberRow", "filter_conditions", "member_session_rows", "search_terms",
           "term_condition"]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _has_schema_object(session: Session, kind: str, name: str) -> bool:
    """Whether the station has this table or index, asked once a connection: a station
    opened read-only may be older than the code."""
    connection = session.connection()
    known = connection.info.get(name)
    if known is None:
        known = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?",
            (kind, name)).first() is not None
        connection.info[name] = known
    return bool(known)


def _has_search_keys(session: Session) -> bool:
    """Whether the station's search indexes carry the facts and sort keys (schema 0008)."""
    return _has_schema_object(session, "index", KEYS_MEMBER_INDEX)


def _by_name(sort: str) -> bool:
    """Whether the sort is the name order (an unknown sort key is)."""
    return SORT_COLUMNS.get(sort, Member.name_pinyin) is Member.name_pinyin


def _letters(session: Session, criteria: MemberFilter, sort: str) -> str | None:
    """The pinyin term of a search the covering indexes answer (schema 0008 on)."""
    if not _by_name(sort) or not _is_sqlite(session):
        return None
    term = letters_term(criteria)
    if term is None or not _has_schema_object(session, "index", REGISTER_ORDER_INDEX):
        return None
    return term


def _status_count(session: Session, statuses: tuple[MemberStatus, ...]) -> int:
    """Members of these statuses (all, if none), not deleted, counted from the search
    indexes: every member has one sort key, and the few not active (or deleted) carry a
    `facts` token, so no member row is read."""
    connection = session.connection()
    chosen = set(statuses)
    if chosen and MemberStatus.ACTIVE not in chosen:
        tokens = [status_token(s.value) for s in MemberStatus if s in chosen]
        return int(connection.scalar(
            text(f"SELECT count(*) FROM {CHARS_TABLE} WHERE {CHARS_TABLE} MATCH :q"),
            {"q": "facts : (" + " OR ".join(tokens) + ")"}) or 0)
    left_out = [GONE, *(status_token(s.value) for s in MemberStatus
                        if chosen and s not in chosen)]
    everyone = int(connection.scalar(text(f"SELECT count(*) FROM {KEYS_TABLE}")) or 0)
    gone = int(connection.scalar(
        text(f"SELECT count(*) FROM {CHARS_TABLE} WHERE {CHARS_TABLE} MATCH :q"),
        {"q": "facts : (" + " OR ".join(left_out) + ")"}) or 0)
    return everyone - gone


def _order_terms(column: Any, descending: bool) -> list[Any]:
    """The column, then the name order (pinyin, id) to break ties. Sorting by name is
    pinyin then id with no repeated term, so SQLite walks the name index and stops at the
    page's end (a repeated one made it sort all 200,000 members: 6 s)."""
    order = column.desc() if descending else column.asc()
    if column is Member.name_pinyin:
        return [order, Member.id]
    return [order, Member.name_pinyin, Member.id]


_FEW_MODEL_WORKERS = 5_000


def _model_workers(session: Session) -> list[int] | None:
    """The rowids of every model worker, from their own small index (schema 0008), or
    None when they are not few (then the general count is no worse)."""
    if not _is_sqlite(session) or not _has_schema_object(session, "index",
                                                         MODEL_WORKERS_INDEX):
        return None
    found = [int(rowid) for rowid in session.connection().scalars(text(
        f"SELECT rowid FROM member INDEXED BY {MODEL_WORKERS_INDEX} "
        "WHERE model_worker_level IS NOT NULL LIMIT :few"), {"few": _FEW_MODEL_WORKERS + 1})]
    return found if len(found) <= _FEW_MODEL_WORKERS else None


class MemberQueryService:
    """Read-only queries behind the register, the CLI's `members list` and bench/search.py."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def count(self, criteria: MemberFilter) -> int:
        """The exact number of members the filter matches."""
        with self._ctx.reading() as session:
            return self._count(session, criteria, self._indexed(session, criteria))

    def rows(self, criteria: MemberFilter, offset: int = 0, limit: int = 100,
             sort: str = "name", descending: bool = False) -> list[MemberRow]:
        with self._ctx.reading() as session:
            indexed = self._indexed(session, criteria)
            if indexed is not None and _by_name(sort):
                return rows_by_rowid(session, page_members(
                    session.connection(), indexed, offset, limit, descending))
            letters = _letters(session, criteria, sort)
            if letters is not None:
                found = search_letters(session.connection(), letters, criteria.statuses,
                                       offset, limit, descending, COUNT_CAP)
                return rows_by_rowid(session, found.rowids)
            query = self._rows_query(criteria, sort, descending, _is_sqlite(session))
            return [row_of(values) for values in
                    session.connection().execute(query.offset(offset).limit(limit))]

    def search(self, criteria: MemberFilter, offset: int = 0, limit: int = 100,
               sort: str = "name", descending: bool = False) -> MemberPage:
        """The total and one page of rows, in one read (see the module docstring)."""
        with self._ctx.reading() as session:
            sqlite = _is_sqlite(session)
            indexed = self._indexed(session, criteria)
            by_name = SORT_COLUMNS.get(sort, Member.name_pinyin) is Member.name_pinyin
            if indexed is not None and by_name:
                return self._search_indexed(session, indexed, offset, limit, descending)
            letters = _letters(session, criteria, sort)
            if letters is not None:
                pinyin = search_letters(session.connection(), letters, criteria.statuses,
                                        offset, limit, descending, COUNT_CAP)
                return MemberPage(pinyin.total, rows_by_rowid(session, pinyin.rowids),
                                  pinyin.capped)
            if not search_terms(criteria.text) or not sqlite:
                total = self._count(session, criteria, indexed)
                query = self._rows_query(criteria, sort, descending, sqlite)
                rows = [row_of(v) for v in
                        session.connection().execute(query.offset(offset).limit(limit))]
                return MemberPage(total, rows)
            if indexed is not None:
                total, capped = indexed_count(session.connection(), indexed, COUNT_CAP)
            else:
                total, capped = self._capped_count(session, criteria)
            ids: Select[*tuple[Any, ...]] = select(ROWID)
            found = list(session.connection().scalars(
                self._order(ids, sort, descending)
                .where(*conditions(criteria, sqlite)).offset(offset).limit(limit)))
            return MemberPage(total, rows_by_rowid(session, found), capped)

    def _capped_count(self, session: Session, criteria: MemberFilter) -> tuple[int, bool]:
        """The matches counted up to COUNT_CAP: (COUNT_CAP, True) when there are more."""
        inner = select(ROWID).select_from(Member).where(
            *conditions(criteria, _is_sqlite(session))).limit(COUNT_CAP + 1).subquery()
        counted = int(session.connection().scalar(
            select(func.count()).select_from(inner)) or 0)
        return (COUNT_CAP, True) if counted > COUNT_CAP else (counted, False)

    def _indexed(self, session: Session, criteria: MemberFilter) -> IndexSearch | None:
        """The search as index queries where this station's indexes can answer it."""
        if not _is_sqlite(session):
            return None
        indexed = index_search(criteria)
        return indexed if indexed is not None and _has_search_keys(session) else None

    def _search_indexed(self, session: Session, indexed: IndexSearch, offset: int,
                        limit: int, descending: bool) -> MemberPage:
        """Count in the FTS tables and read the page in their order (member_fts_page.py)."""
        connection = session.connection()
        if indexed.codes:  # counted up to COUNT_CAP: the same read gives the page
            total, capped, members = counted_page(connection, indexed, offset, limit,
                                                  descending, COUNT_CAP)
            return MemberPage(total, rows_by_rowid(session, members), capped)
        total, capped = indexed_count(connection, indexed, COUNT_CAP)
        if not total or (offset >= total and not capped):
            return MemberPage(total, [], capped)
        members = page_members(connection, indexed, offset, limit, descending)
        return MemberPage(total, rows_by_rowid(session, members), capped)

    def _count(self, session: Session, criteria: MemberFilter,
               indexed: IndexSearch | None) -> int:
        """The matching total; `indexed` is the search as index queries, if it is one."""
        if indexed is not None:
            return indexed_count(session.connection(), indexed)[0]
        if (_is_sqlite(session) and criteria == MemberFilter(statuses=criteria.statuses)
                and _has_search_keys(session)):
            return _status_count(session, criteria.statuses)
        few = _model_workers(session) if criteria.model_worker is True else None
        if few is not None:  # the few model workers, tested against the other filters
            return 0 if not few else int(session.connection().scalar(
                select(func.count()).select_from(Member).where(
                    ROWID.in_(few), *conditions(criteria, True))) or 0)
        query = select(func.count()).select_from(Member).where(
            *conditions(criteria, _is_sqlite(session)))
        return int(session.connection().scalar(query) or 0)

    def _order(self, query: Select[*tuple[Any, ...]], sort: str,
               descending: bool) -> Select[*tuple[Any, ...]]:
        column = SORT_COLUMNS.get(sort, Member.name_pinyin)
        query = query.select_from(Member)
        if column is GrassrootsUnion.name:
            query = query.join(GrassrootsUnion,
                               GrassrootsUnion.id == Member.grassroots_union_id)
        return query.order_by(*_order_terms(column, descending))

    def _rows_query(self, criteria: MemberFilter, sort: str, descending: bool,
                    sqlite: bool = False) -> Select[*tuple[Any, ...]]:
        column = SORT_COLUMNS.get(sort, Member.name_pinyin)
        return (
            select(*ROW_COLUMNS)
            .join(GrassrootsUnion, GrassrootsUnion.id == Member.grassroots_union_id)
            .where(*conditions(criteria, sqlite))
            .order_by(*_order_terms(column, descending))
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
