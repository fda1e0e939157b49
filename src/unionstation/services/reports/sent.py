"""The yearly figures a station sends to the county (统计报表, `statistics_report`).

The county counts each station's member and union figures itself, from the member records
the batches bring (county.report). The venue, hardship and campaign figures it does not:
it takes the station's own, numbers only, one synced row a year holding

    {"venues": {...}, "hardship": {...}, "campaigns": [...], "homes_built": N,
     "plan": {NAME: TARGET}}

each section exactly as the station's annual report of that year counts it
(services.reports.venues and .hardship), and the year's plan as set with `report plan`.
So the county needs no hardship file, name or ID number for its figures, and its figure
for a station is the station's own figure by construction.

The rows are brought up to date before every batch is written (sync) and when a plan is
set, for the last `SENT_YEARS` years, every year with a plan, and every year already sent;
a row is written only when its figures changed, so an unchanged station sends nothing new.
A year with nothing in it gets no row: the county reads a missing year as zeros.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from unionstation.services.context import ServiceContext
from unionstation.services.reports.hardship import (
    campaigns_section,
    empty_hardship,
    hardship_section,
)
from unionstation.services.reports.plan import clean_plan, plan_key
from unionstation.services.reports.venues import empty_venues, homes_built, venues_section
from unionstation.store.models import (
    Asset,
    Campaign,
    HardshipFile,
    Loan,
    Payment,
    ServiceLog,
    Setting,
    StatisticsReport,
    Venue,
    Visit,
)

SENT_YEARS = 10
"""How many years back (before this one) the figures are kept up to date: a back-dated
payment or visit of an older year is rare, and each year costs a reading of its tables."""

PLAN_PREFIX = plan_key(0)[:-1]  # "report.plan."


def empty_figures() -> dict[str, Any]:
    return {"venues": empty_venues(), "hardship": empty_hardship(), "campaigns": [],
            "homes_built": 0, "plan": {}}


def year_figures(connection: Connection, year: int, plan: dict[str, int]) -> dict[str, Any]:
    """What the station sends of `year`: its annual report's venue, hardship and campaign
    sections, the homes built (the "homes" plan's actual) and the plan."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    return {"venues": venues_section(connection, start, end),
            "hardship": hardship_section(connection, start, end),
            "campaigns": campaigns_section(connection, start, end),
            "homes_built": homes_built(connection, start, end), "plan": dict(plan)}


def _first_year(session: Session) -> int | None:
    """The earliest year any dated venue, asset, hardship or campaign record names."""
    days = [session.scalar(select(func.min(column))) for column in (
        HardshipFile.opened_on, Payment.paid_on, Visit.visited_on, Venue.opened_on,
        Venue.accredited_on, Asset.acquired_on, Loan.lent_on, ServiceLog.day)]
    found = [day.year for day in days if isinstance(day, date)]
    campaign = session.scalar(select(func.min(Campaign.year)))
    if campaign is not None:
        found.append(int(campaign))
    return min(found) if found else None


def _plans(session: Session) -> dict[int, dict[str, int]]:
    plans: dict[int, dict[str, int]] = {}
    for row in session.scalars(select(Setting).where(Setting.key.like(PLAN_PREFIX + "%"))):
        suffix = row.key[len(PLAN_PREFIX):]
        if suffix.isdigit():
            plans[int(suffix)] = clean_plan(row.value)
    return plans


def years_to_send(session: Session, this_year: int) -> list[int]:
    plans = _plans(session)
    sent = set(session.scalars(select(StatisticsReport.year)))
    # This year and the last always (undated venues, assets and books count in every
    # year), and back to the first dated record, at most SENT_YEARS before this one.
    first = min(_first_year(session) or this_year, this_year - 1)
    recent = set(range(max(first, this_year - SENT_YEARS), this_year + 1))
    return sorted(recent | sent | {year for year, plan in plans.items() if plan})


def refresh_sent_figures(context: ServiceContext, years: list[int] | None = None) -> int:
    """Bring the rows of `years` (by default every year to send) up to date; returns how
    many rows were written. The counting reads; only changed rows are then written."""
    with context.reading() as session:
        wanted = years if years is not None else years_to_send(session, context.today().year)
        plans = _plans(session)
        connection = session.connection()
        fresh = {year: year_figures(connection, year, plans.get(year, {})) for year in wanted}
        held = {row.year: row.figures for row in session.scalars(
            select(StatisticsReport).where(StatisticsReport.year.in_(wanted)))}
    zero = empty_figures()
    changed = {year: figures for year, figures in fresh.items()
               if held.get(year, zero) != figures}
    if not changed:
        return 0
    with context.unit_of_work() as session:
        rows = {row.year: row for row in session.scalars(
            select(StatisticsReport).where(StatisticsReport.year.in_(list(changed))))}
        for year, figures in changed.items():
            row = rows.get(year)
            if row is None:
                session.add(StatisticsReport(year=year, figures=figures))
            else:
                row.figures = figures
    return len(changed)
