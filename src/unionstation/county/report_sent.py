"""The yearly figures each station sent (`statistics_report` records, services.reports.sent)
as the sections of its report at the county.

A record came in a batch signed by the station's registered key, but from whichever
version of the program the station runs: each is read into the shape this version's
report has (the sections' zeros, filled with what the record holds of the right kind), so
an odd record shows as zeros and never breaks the county's report. The member and union
counts are None when the record has none (a station running an older program): the
county then counts them itself (county.report).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import orjson
from sqlalchemy import Connection, Text, select, type_coerce

from unionstation.county.models import CountyRecord
from unionstation.services.reports.plan import clean_plan
from unionstation.services.reports.sent import COUNTED, empty_figures
from unionstation.store.base import table_of

ENTITY = "statistics_report"
CAMPAIGN_TEXT = ("name", "kind")
CAMPAIGN_COUNTS = ("households",)
CAMPAIGN_MONEY = ("paid_total", "budget")


def _money(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return str(number) if number.is_finite() else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _scalar(template: Any, value: Any) -> Any:
    found = _money(value) if isinstance(template, str) else _count(value)
    return template if found is None else found


def _section(template: dict[str, Any], value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        return template
    section: dict[str, Any] = {}
    for key, zero in template.items():
        if isinstance(zero, dict):
            codes = dict(zero)
            sample = next(iter(zero.values()), 0)
            given = value.get(key)
            for code, number in (given.items() if isinstance(given, dict) else ()):
                if isinstance(code, str):
                    codes[code] = _scalar(sample, number)
            section[key] = codes
        else:
            section[key] = _scalar(zero, value.get(key))
    return section


def _campaigns(value: Any) -> list[dict[str, Any]]:
    campaigns = []
    for item in value if isinstance(value, list) else ():
        if not isinstance(item, dict) or not all(
                isinstance(item.get(k), str) for k in CAMPAIGN_TEXT):
            continue
        campaigns.append({**{k: item[k] for k in CAMPAIGN_TEXT},
                          **{k: _scalar(0, item.get(k)) for k in CAMPAIGN_COUNTS},
                          **{k: _scalar("0.00", item.get(k)) for k in CAMPAIGN_MONEY}})
    return campaigns


def clean_figures(value: Any) -> dict[str, Any]:
    """A record's figures in this version's shape (see the module's note)."""
    figures: dict[str, Any] = {**empty_figures(), **dict.fromkeys(COUNTED)}
    if not isinstance(value, dict):
        return figures
    zero = empty_figures()
    counted = {key: _section(zero[key], value[key]) if isinstance(value.get(key), dict)
               else None for key in COUNTED}
    return {**counted, "venues": _section(zero["venues"], value.get("venues")),
            "hardship": _section(zero["hardship"], value.get("hardship")),
            "campaigns": _campaigns(value.get("campaigns")),
            "homes_built": _scalar(0, value.get("homes_built")),
            "plan": clean_plan(value.get("plan"))}


def sent_figures(connection: Connection, codes: list[str], years: tuple[int, ...],
                 ) -> dict[str, dict[int, dict[str, Any]]]:
    """{station code: {year: figures}} of the live records of `years` of the stations
    `codes`: looked up by the record's key (station, entity), so the stations' other
    records, however many, are not read."""
    record = table_of(CountyRecord)
    found: dict[str, dict[int, dict[str, Any]]] = {}
    if not codes:
        return found
    for code, text in connection.execute(select(
            record.c.station_code, type_coerce(record.c.data, Text())).where(
            record.c.station_code.in_(codes), record.c.entity == ENTITY,
            record.c.deleted.is_(False))):
        data = orjson.loads(text) if isinstance(text, str | bytes) else text
        if not isinstance(data, dict) or data.get("deleted_at") is not None:
            continue
        year = data.get("year")
        if _count(year) is not None and year in years:
            found.setdefault(code, {})[year] = clean_figures(data.get("figures"))
    return found


@dataclass(frozen=True)
class SentSections:
    """A station's figures as it sent them, by year (a year it did not send is zeros but
    for its member and union counts, which it lacks). Reports here are of whole years: a
    range is read as the year it starts in."""

    years: dict[int, dict[str, Any]] = field(default_factory=dict)

    def _year(self, start: date) -> dict[str, Any]:
        return self.years.get(start.year) or empty_figures()

    def counted(self, *years: int) -> bool:
        """Whether the station sent its member and union counts of every one of `years`."""
        return all(self.years.get(year, {}).get(key) is not None
                   for year in years for key in COUNTED)

    def members(self, start: date, end: date) -> dict[str, Any]:
        return dict(self.years[start.year]["members"])

    def unions(self, start: date, end: date) -> dict[str, Any]:
        return dict(self.years[start.year]["unions"])

    def venues(self, start: date, end: date) -> dict[str, Any]:
        return dict(self._year(start)["venues"])

    def hardship(self, start: date, end: date) -> dict[str, Any]:
        return dict(self._year(start)["hardship"])

    def campaigns(self, start: date, end: date) -> list[dict[str, Any]]:
        return list(self._year(start)["campaigns"])

    def homes_built(self, start: date, end: date) -> int:
        return int(self._year(start)["homes_built"])

    def plan(self, year: int) -> dict[str, int]:
        return dict(self.years.get(year, {}).get("plan", {}))
