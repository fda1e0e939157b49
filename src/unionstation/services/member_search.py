"""The register's search: terms, filters and sorting as SQL, and the searches the FTS indexes
answer alone.

Search terms (split on spaces, all must match):
- Chinese text: a phrase over the name and employer, one token per character (FTS5);
- letters: a prefix of the pinyin initials or the full pinyin (indexed range scans);
- digits (and X), three or more: any part of ID number, phone or card number (trigram);
  shorter digit runs fall back to a LIKE over those columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal
from uuid import UUID

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    bindparam,
    literal_column,
    or_,
    text,
)

from unionstation.domain.codes import MemberStatus, PriorityGroup
from unionstation.domain.text import normalize_text, to_halfwidth
from unionstation.store.models import GrassrootsUnion, Member
from unionstation.store.search_index import (
    CHARS_TABLE,
    GONE,
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

ROWID: ColumnElement[int] = literal_column("member.rowid", Integer)


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def term_kind(term: str) -> _TermKind:
    """Which kind of search term this is (see the module docstring): a code shorter than
    three falls back to a LIKE."""
    if _LETTERS.match(term):
        return "letters"
    if _CODE.match(term):
        return "code" if len(term) >= 3 else "short code"
    return "chars"


def term_condition(term: str) -> ColumnElement[bool]:
    """What one search term matches (see the module docstring)."""
    kind = term_kind(term)
    if kind == "letters":
        return or_(_prefix_range(Member.name_initials, term),
                   _prefix_range(Member.name_pinyin, term))
    if kind == "code":
        return ROWID.in_(_members_matching(TRIGRAM_TABLE, _phrase(term)))
    if kind == "short code":
        pattern = f"%{term.upper()}%"
        return or_(Member.id_number.like(pattern), Member.phone.like(pattern),
                   Member.card_no.like(pattern))
    return ROWID.in_(_members_matching(CHARS_TABLE, _phrase(spaced_chars(term))))


def _members_matching(table: str, query: str) -> Any:
    """The member rowids an FTS query matches (its own rowids are sort keys)."""
    matches = text(f"SELECT member FROM {KEYS_TABLE} WHERE rowid IN "
                   f"(SELECT rowid FROM {table} WHERE {table} MATCH :q)")
    # unique: two terms in one query must not share one parameter
    return matches.bindparams(bindparam("q", query, unique=True))


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


def conditions(criteria: MemberFilter, sqlite: bool = False) -> list[ColumnElement[bool]]:
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
    return conditions(criteria, sqlite)

@dataclass(frozen=True)
class IndexSearch:
    """A search answered from the search indexes alone (store/search_index.py): text terms
    of the FTS kinds and a status filter, nothing else. `matched` selects `{what}` of the
    matches (their rowids are sort keys, in name order) and takes more conditions on
    `rowid`; `codes` tells whether a digit term is among the terms (its matches may be
    most of the station: counted up to COUNT_CAP)."""

    matched: str
    params: dict[str, str]
    codes: bool


_CHARS_COLUMNS = "{name employer}"
_CODE_COLUMNS = "{id_number phone card_no}"


def _facts_clause(statuses: tuple[MemberStatus, ...]) -> str:
    """The status filter in FTS5 query syntax over the `facts` column."""
    chosen = {MemberStatus(status) for status in statuses}
    if chosen and MemberStatus.ACTIVE not in chosen:
        tokens = [status_token(s.value) for s in MemberStatus if s in chosen]
        return " AND facts : (" + " OR ".join(tokens) + ")"
    left_out = [status_token(s.value) for s in MemberStatus if chosen and s not in chosen]
    return " NOT facts : (" + " OR ".join([GONE, *left_out]) + ")"


def index_search(criteria: MemberFilter) -> IndexSearch | None:
    """The search as index queries, or None when it needs the member rows."""
    if replace(criteria, text="", statuses=()) != MemberFilter():
        return None
    chars: list[str] = []
    codes: list[str] = []
    for term in search_terms(criteria.text):
        kind = term_kind(term)
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
    return IndexSearch(matched, params, bool(codes))


