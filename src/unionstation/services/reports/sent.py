"""The yearly figures a station sends to the county (统计报表, `statistics_report`).

The county adds up each station's own figures, numbers only, one synced row a year holding

    {"unions": {...}, "members": {...}, "venues": {...}, "hardship": {...},
     "campaigns": [...], "homes_built": N, "plan": {NAME: TARGET}}

each section exactly as the station's annual report of that year counts it
(services.reports.unions, .members, .venues and .hardship), and the year's plan as set
with `report plan`. So the county needs no hardship file, name or ID number for its
figures, its figure for a station is the station's own figure by construction, and its
report reads a few rows a station however many members each has (county.report).

The members and unions are counted from one reading and one replay of the station's
member history (services.reports.facts, .years) for all the years sent, in parts of
bounded size (counted_years). What was counted
is kept by the change log's high water at the last refresh (`KEPT`, a local setting):
the records changed since then (a look-up of the newest change records by their unique
`change_seq`) say which part to count again, the member and union counts when a member,
status, move or union record changed, the venue, hardship and campaign figures when a
record of a table they read did (`OTHER_ENTITIES`); a part with nothing changed is the
one the rows already hold. Eleven years of 50,000 members and 100,000 visits cost seconds
to count; with nothing changed, a refresh costs a few small queries.

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
from unionstation.services.reports.facts import (
    StationFacts,
    load_unions,
    replayed_ids,
    replayed_parts,
    single_step_groups,
)
from unionstation.services.reports.hardship import (
    campaigns_section,
    empty_hardship,
    hardship_section,
)
from unionstation.services.reports.members import empty_members
from unionstation.services.reports.plan import clean_plan, plan_key
from unionstation.services.reports.unions import empty_unions, unions_section
from unionstation.services.reports.venues import empty_venues, homes_built, venues_section
from unionstation.services.reports.years import YearCounts
from unionstation.store.engine import page_cache
from unionstation.store.models import (
    Asset,
    Book,
    Campaign,
    CampaignHousehold,
    ChangeRecord,
    GrassrootsUnion,
    HardshipFile,
    Loan,
    MemberStatusChange,
    Payment,
    ServiceLog,
    Setting,
    StatisticsReport,
    Venue,
    Visit,
)

MEMBERS_AT_A_TIME = 10_000
"""Members replayed at a time when the figures are counted (about 15 MB of facts)."""
COUNTING_CACHE_KIB = 32_768
"""The page cache while the figures are counted: the member report index of 200,000
members fits (its lookups, one a status step, would otherwise read pages again: 1.8 s
instead of 1.2 s at 16 MiB); the tables read once go through it."""
SENT_YEARS = 10
"""How many years back (before this one) the figures are kept up to date: a back-dated
payment or visit of an older year is rare, and each year costs a reading of its tables."""

PLAN_PREFIX = plan_key(0)[:-1]  # "report.plan."
KEPT = "report.sent.kept"
"""Local setting: {"seq": the change log's high water when the rows were last made,
"program": the program's version that made them (a new version may count differently),
"years": the years they were made for}."""
MEMBER_ENTITIES = ("member", "member_status_change", "member_transfer", "grassroots_union")
COUNTED = ("unions", "members")
OTHERS = ("venues", "hardship", "campaigns", "homes_built")
OTHER_ENTITIES = frozenset(str(model.__tablename__) for model in (
    HardshipFile, Campaign, CampaignHousehold, Visit, Payment,  # what hardship.py reads
    Venue, Asset, Book, Loan, ServiceLog))  # what venues.py reads
SENT_ENTITY = "statistics_report"


def empty_figures() -> dict[str, Any]:
    return {"unions": empty_unions(), "members": empty_members(), "venues": empty_venues(),
            "hardship": empty_hardship(), "campaigns": [], "homes_built": 0, "plan": {}}


def year_figures(connection: Connection, year: int, plan: dict[str, int]) -> dict[str, Any]:
    """What the station sends of `year` but its member and union counts (counted_years):
    its annual report's venue, hardship and campaign sections, the homes built (the
    "homes" plan's actual) and the plan."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    return {"venues": venues_section(connection, start, end),
            "hardship": hardship_section(connection, start, end),
            "campaigns": campaigns_section(connection, start, end),
            "homes_built": homes_built(connection, start, end), "plan": dict(plan)}


def counted_years(connection: Connection, years: list[int],
                  members_at_a_time: int = MEMBERS_AT_A_TIME) -> dict[int, dict[str, Any]]:
    """The unions and members sections of each of `years` (whole years), counted as the
    station's annual report counts them (years.members_by_year), in bounded memory: the
    members with one step and no move (most of them) counted in groups by the database,
    the others replayed `members_at_a_time` at a time. Holding a 200,000-member station's
    facts at once took 260 MB, more than the export that refreshes the figures."""
    if not years:
        return {}
    counts = YearCounts(years)
    with page_cache(connection, COUNTING_CACHE_KIB):
        replayed = replayed_ids(connection)
        for group in single_step_groups(connection, replayed):
            counts.add_single_steps(group)
        for part in replayed_parts(connection, replayed, members_at_a_time):
            counts.add_members(part)
        unions = StationFacts("", unions=load_unions(connection))
    members = counts.sections()
    return {year: {"unions": unions_section(unions, date(year, 1, 1), date(year, 12, 31)),
                   "members": members[year]} for year in years}


def _program() -> str:
    import unionstation

    return str(unionstation.__version__)


def high_water(session: Session) -> int:
    return int(session.scalar(select(func.max(ChangeRecord.change_seq))) or 0)


def changed_since(session: Session, seq: int) -> set[str]:
    """The entities of the change records after `seq` (read by the unique change_seq)."""
    return set(session.scalars(select(ChangeRecord.entity).where(
        ChangeRecord.change_seq > seq).distinct()))


def _first_year(session: Session) -> int | None:
    """The earliest year any dated member step, union, venue, asset, hardship or campaign
    record names."""
    days = [session.scalar(select(func.min(column))) for column in (
        HardshipFile.opened_on, Payment.paid_on, Visit.visited_on, Venue.opened_on,
        Venue.accredited_on, Asset.acquired_on, Loan.lent_on, ServiceLog.day,
        MemberStatusChange.changed_on, GrassrootsUnion.founded_on)]
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


def _stale(session: Session, kept: dict[str, Any]) -> tuple[bool, bool]:
    """Whether the member counts, and the other figures, may have changed since `kept`."""
    if kept.get("program") != _program() or not isinstance(kept.get("seq"), int):
        return True, True
    changed = changed_since(session, kept["seq"])
    return bool(changed & set(MEMBER_ENTITIES)), bool(changed & OTHER_ENTITIES)


def refresh_sent_figures(context: ServiceContext, years: list[int] | None = None) -> int:
    """Bring the rows of `years` (by default every year to send) up to date; returns how
    many rows were written. The counting reads; only changed rows are then written."""
    zero = empty_figures()
    with context.reading() as session:
        wanted = years if years is not None else years_to_send(session, context.today().year)
        plans = _plans(session)
        connection = session.connection()
        held = {row.year: row.figures for row in session.scalars(
            select(StatisticsReport).where(StatisticsReport.year.in_(wanted)))}
        seq = high_water(session)
        cache = session.get(Setting, KEPT)
        kept = cache.value if cache is not None and isinstance(cache.value, dict) else {}
        members_stale, others_stale = _stale(session, kept)
        done = set(kept.get("years") or ()) if kept.get("program") == _program() else set()
        fresh: dict[int, dict[str, Any]] = {}
        for year in wanted:
            if others_stale or year not in done:
                fresh[year] = year_figures(connection, year, plans.get(year, {}))
            else:  # made before, from the same records
                old = held.get(year, zero)
                fresh[year] = {**{key: old.get(key, zero[key]) for key in OTHERS},
                               "plan": dict(plans.get(year, {}))}
        counted = counted_years(connection, [
            year for year in wanted if members_stale or year not in done])
    for year, figures in fresh.items():
        if year in counted:
            figures.update(counted[year])
        else:
            figures.update({key: held.get(year, zero).get(key, zero[key]) for key in COUNTED})
    changed = {year: {key: figures[key] for key in zero} for year, figures in fresh.items()
               if held.get(year, zero) != {key: figures[key] for key in zero}}
    years_done = sorted(done | set(wanted))
    if not changed and kept == {"seq": seq, "program": _program(), "years": years_done}:
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
        session.flush()
        # our own rows' changes are no change to count from; anything else that came in
        # meanwhile leaves the high water where the counting read it
        after = high_water(session)
        value = {"seq": after if changed_since(session, seq) <= {SENT_ENTITY} else seq,
                 "program": _program(), "years": years_done}
        setting = session.get(Setting, KEPT)
        if setting is None:
            session.add(Setting(key=KEPT, value=value))
        else:
            setting.value = value
    return len(changed)
