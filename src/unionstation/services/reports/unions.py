"""The unions section: grassroots unions standing at the end of the range, those founded
inside it, and those of the standing ones with a unified social credit code.

A union without a founding date counts in the total but never as new: it was entered,
not founded, and entering the station's old unions must not make them this year's.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from unionstation.services.reports.facts import StationFacts, UnionFact


def empty_unions() -> dict[str, Any]:
    return {"total": 0, "new": 0, "with_credit_code": 0}


def standing(union: UnionFact, on: date) -> bool:
    founded = union.founded_on is None or union.founded_on <= on
    return founded and (union.closed_on is None or union.closed_on > on)


def unions_section(facts: StationFacts, start: date, end: date) -> dict[str, Any]:
    section = empty_unions()
    for union in facts.unions:
        if union.founded_on is not None and start <= union.founded_on <= end:
            section["new"] += 1
        if standing(union, end):
            section["total"] += 1
            section["with_credit_code"] += union.has_credit_code
    return section
