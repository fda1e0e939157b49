"""The county members list's page and its total, counted as the station's register counts.

A search of one or two characters matches a large part of a county (one in twenty names
holds 张), so the total is counted up to COUNT_CAP over a LIMIT subquery (`capped`: more
match, shown as "1,000+"), and the page is read in the order of the b-tree index
(station_code, name_key, member_id) of county_0007, stopping at its LIMIT instead of
sorting every match. A member list without a search is counted exactly.
"""

from __future__ import annotations

from sqlalchemy import ARRAY, Text, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from unionstation.county.models import CountyMember
from unionstation.services.member_rows import COUNT_CAP

__all__ = ["COUNT_CAP", "CountyMembers", "count_members", "name_part_on_postgresql",
           "short_name_part"]

TRIGRAM = 3  # pg_trgm answers a part of the name this long or longer


class CountyMembers(tuple[int, list]):  # type: ignore[type-arg]
    """(total, rows), unpacked as before; `capped`: more than `total` match."""

    capped: bool

    def __new__(cls, total: int, rows: list, capped: bool = False  # type: ignore[type-arg]
                ) -> CountyMembers:
        page = super().__new__(cls, (total, rows))
        page.capped = capped
        return page

    @property
    def total(self) -> int:
        return int(self[0])

    @property
    def rows(self) -> list:  # type: ignore[type-arg]
        return list(self[1])


def count_members(session: Session, conditions: list[ColumnElement[bool]],
                  capped: bool) -> tuple[int, bool]:
    """The number of members matching `conditions`: exactly, or (with `capped`) up to
    COUNT_CAP, (COUNT_CAP, True) when more match."""
    if not capped:
        query = select(func.count()).select_from(CountyMember).where(
            *conditions)
        return int(session.scalar(query) or 0), False
    found = select(CountyMember.member_id).where(*conditions).limit(COUNT_CAP + 1).subquery()
    counted = int(session.scalar(select(func.count()).select_from(found)) or 0)
    return (COUNT_CAP, True) if counted > COUNT_CAP else (counted, False)


def name_part_on_postgresql(text: str, escaped: str) -> ColumnElement[bool]:
    """A part of the name on PostgreSQL: by the trigram index (county_0005) from three
    characters; shorter, by the GIN index of the name's characters and pairs of
    characters (county_0007: `county_name_grams(name) @> ARRAY[part]`). `escaped`: `text`
    with LIKE's wildcards escaped by a backslash."""
    if len(text) >= TRIGRAM:
        return CountyMember.name.ilike(f"%{escaped}%", escape="\\")
    grams = func.county_name_grams(CountyMember.name)
    return grams.op("@>")(literal([text.lower()], ARRAY(Text)))


def short_name_part(text: str, postgresql: bool) -> bool:
    """A part of a name that only the grams index answers (one or two characters that are
    not ASCII, on PostgreSQL): no station code is written so, and without the code's OR the
    index condition is exact, so the planner reads its row estimate from the index."""
    return postgresql and len(text) < TRIGRAM and not text.isascii()
