"""The annual report (or any date range), assembled from its section providers.

The member and union sections come from `Counts`: counted from `StationFacts` (members.py,
unions.py), or, at the county, the counts the station sent; venues, hardship and
campaigns come from a `Sections` source: the station's own tables (venues.py,
hardship.py), or, at the county, what the county holds of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from unionstation.services.reports.facts import StationFacts
from unionstation.services.reports.hardship import empty_hardship
from unionstation.services.reports.members import members_section
from unionstation.services.reports.plan import plan_actuals, plan_section
from unionstation.services.reports.unions import unions_section
from unionstation.services.reports.venues import empty_venues

NUMERIC_SECTIONS = ("unions", "members", "venues", "hardship")


class Counts(Protocol):
    @property
    def station(self) -> str: ...
    def members(self, start: date, end: date) -> dict[str, Any]: ...
    def unions(self, start: date, end: date) -> dict[str, Any]: ...


@dataclass(frozen=True)
class FactCounts:
    """The member and union sections counted from the facts."""

    facts: StationFacts

    @property
    def station(self) -> str:
        return self.facts.station

    def members(self, start: date, end: date) -> dict[str, Any]:
        return members_section(self.facts, start, end)

    def unions(self, start: date, end: date) -> dict[str, Any]:
        return unions_section(self.facts, start, end)


class Sections(Protocol):
    def venues(self, start: date, end: date) -> dict[str, Any]: ...
    def hardship(self, start: date, end: date) -> dict[str, Any]: ...
    def campaigns(self, start: date, end: date) -> list[dict[str, Any]]: ...
    def homes_built(self, start: date, end: date) -> int: ...


@dataclass(frozen=True)
class NoSections:
    """Venues and hardship where nothing of them is held: the sections' zeros."""

    def venues(self, start: date, end: date) -> dict[str, Any]:
        return empty_venues()

    def hardship(self, start: date, end: date) -> dict[str, Any]:
        return empty_hardship()

    def campaigns(self, start: date, end: date) -> list[dict[str, Any]]:
        return []

    def homes_built(self, start: date, end: date) -> int:
        return 0


def year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def year_before(day: date) -> date:
    """The same day a year earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def numeric_sections(counts: Counts, sections: Sections, start: date, end: date,
                     ) -> dict[str, Any]:
    return {"unions": counts.unions(start, end), "members": counts.members(start, end),
            "venues": sections.venues(start, end),
            "hardship": sections.hardship(start, end)}


def annual_report(facts: StationFacts | Counts, sections: Sections, start: date, end: date,
                  plan: dict[str, int]) -> dict[str, Any]:
    counts = FactCounts(facts) if isinstance(facts, StationFacts) else facts
    current = numeric_sections(counts, sections, start, end)
    previous = numeric_sections(counts, sections, year_before(start), year_before(end))
    actuals = plan_actuals(current, sections.homes_built(start, end))
    return {"year": start.year, "station": counts.station, **current,
            "campaigns": sections.campaigns(start, end),
            "plan": plan_section(plan, actuals), "previous_year": previous}
