"""One union credit code at two stations: a county case, like a person active at two.

A station refuses a second union with a code it already holds; two stations cannot see
each other's unions, so only the county can find the same union registered twice (or a
code typed wrong at one of them). Neither record is changed: the case stays listed until
one station puts its union right.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionstation.county.consolidation import CaseRow
from unionstation.county.models import CountyUnion

__all__ = ["credit_code_at_two_stations"]


def credit_code_at_two_stations(session: Session) -> list[CaseRow]:
    """Credit codes held by live unions at two or more stations, by code: one case each,
    every station listed, the unions' distinct names in station order."""
    union = CountyUnion
    live = (union.deleted.is_(False), union.credit_code != "")
    doubled = (
        select(union.credit_code)
        .where(*live)
        .group_by(union.credit_code)
        .having(func.count(func.distinct(union.station_code)) >= 2)
    )
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code, station, name in session.execute(
            select(union.credit_code, union.station_code, union.name)
            .where(*live, union.credit_code.in_(doubled))):
        found[code].append((station, name))
    cases = []
    for code in sorted(found):
        records = sorted(found[code])
        cases.append(CaseRow(
            kind="credit_code_at_two_stations", id_number_masked="",
            stations=sorted({station for station, _ in records}),
            names=list(dict.fromkeys(name for _, name in records)), credit_code=code))
    return cases
