"""The register's pinyin search (letters: a prefix of the initials or of the full pinyin)
answered from two covering indexes (migration 0008), never from the member rows.

A name's initials and its full pinyin begin with the same letter (both come from the same
syllables, domain/pinyin.py), so every match lies in the name order's range of the term's
first letter. The matches are counted up to COUNT_CAP in each index; when there are fewer,
they are sorted whole (at most 2 × COUNT_CAP narrow index entries); when there are more,
they are dense in that range, and the page is found by walking the name order and stopping
at its end, so no search sorts every match.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Connection, text

from unionstation.domain.codes import MemberStatus
from unionstation.services.member_search import MemberFilter, search_terms, term_kind
from unionstation.store.models.member import REGISTER_INITIALS_INDEX, REGISTER_ORDER_INDEX


@dataclass(frozen=True)
class LettersPage:
    """Rowids of one page in name order and the total (`capped`: more than `total`)."""

    rowids: list[int]
    total: int
    capped: bool


def letters_term(criteria: MemberFilter) -> str | None:
    """The one pinyin term of a search made of it and a status filter alone, else None."""
    if replace(criteria, text="", statuses=()) != MemberFilter():
        return None
    terms = search_terms(criteria.text)
    if len(terms) != 1 or term_kind(terms[0]) != "letters":
        return None
    return terms[0]


def _above(prefix: str) -> str:
    """The least string after every string that starts with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _status_clause(statuses: tuple[MemberStatus, ...]) -> tuple[str, dict[str, object]]:
    if not statuses:
        return "", {}
    params: dict[str, object] = {f"s{at}": str(MemberStatus(status).value)
                                 for at, status in enumerate(statuses)}
    return " AND status IN (" + ", ".join(f":{name}" for name in params) + ")", params


def _branch(index: str, column: str, where: str) -> str:
    return (f"SELECT rowid, name_pinyin, id FROM member INDEXED BY {index} "
            f"WHERE deleted_at IS NULL AND {column} >= :lo AND {column} < :hi{where}")


def search_letters(connection: Connection, term: str, statuses: tuple[MemberStatus, ...],
                   offset: int, limit: int, descending: bool, cap: int) -> LettersPage:
    """One page (in name order, `descending` or not) of the members whose initials or
    full pinyin start with `term`, and their number counted up to `cap` (COUNT_CAP)."""
    where, params = _status_clause(statuses)
    params |= {"lo": term, "hi": _above(term), "first": term[0], "after": _above(term[0])}
    initials = _branch(REGISTER_INITIALS_INDEX, "name_initials", where)
    pinyin = _branch(REGISTER_ORDER_INDEX, "name_pinyin", where)
    counts = [int(connection.scalar(
        text(f"SELECT count(*) FROM ({branch} LIMIT {cap + 1})"), params) or 0)
        for branch in (initials, pinyin)]
    capped = max(counts) > cap
    total = cap
    if not capped:
        total = int(connection.scalar(
            text(f"SELECT count(*) FROM ({initials} UNION {pinyin})"), params) or 0)
        capped = total > cap
        total = min(total, cap)
    order = f"ORDER BY name_pinyin {'DESC' if descending else 'ASC'}, id"
    params |= {"limit": limit, "offset": offset}
    if capped:  # many: walk the first letter's range in name order
        page = (f"SELECT rowid FROM member INDEXED BY {REGISTER_ORDER_INDEX} "
                "WHERE deleted_at IS NULL AND name_pinyin >= :first AND name_pinyin < :after"
                f"{where} AND ((name_initials >= :lo AND name_initials < :hi) "
                f"OR (name_pinyin >= :lo AND name_pinyin < :hi)) {order} "
                "LIMIT :limit OFFSET :offset")
    else:  # few: sort them whole
        page = f"SELECT rowid FROM ({initials} UNION {pinyin}) {order} LIMIT :limit OFFSET :offset"
    rowids = [int(rowid) for rowid in connection.scalars(text(page), params)]
    return LettersPage(rowids, total, capped)
