"""What the page and the command line call: the station's reports and its plan.

Every role may read the figures (Action.REPORT_READ); writing them to a file is
REPORT_EXPORT (the exchange and printing modules call `require_export`), and setting a
year's plan is SETTINGS_EDIT. No figure carries a person's name or ID number: the facts
the counting reads hold neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from unionstation.domain.permissions import Action
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField
from unionstation.services.reports import hardship, venues
from unionstation.services.reports.annual import annual_report, year_before, year_range
from unionstation.services.reports.facts import StationFacts, load_station_facts
from unionstation.services.reports.members import members_by_month
from unionstation.services.reports.monthly import monthly_report
from unionstation.services.reports.plan import PLAN_LABELS, clean_plan, plan_key
from unionstation.services.reports.sent import refresh_sent_figures
from unionstation.services.setting_values import read_setting
from unionstation.services.station import StationService
from unionstation.store.models import Setting

FIRST_YEAR, LAST_YEAR = 1949, 2100


@dataclass(frozen=True)
class StationSections:
    """Venues, hardship and campaigns from the station's own tables."""

    connection: Connection

    def venues(self, start: date, end: date) -> dict[str, Any]:
        return venues.venues_section(self.connection, start, end)

    def hardship(self, start: date, end: date) -> dict[str, Any]:
        return hardship.hardship_section(self.connection, start, end)

    def campaigns(self, start: date, end: date) -> list[dict[str, Any]]:
        return hardship.campaigns_section(self.connection, start, end)

    def homes_built(self, start: date, end: date) -> int:
        return venues.homes_built(self.connection, start, end)


def check_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidField("统计报表", "年度", f"{year} 不是有效的年度。")
    return year


class ReportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def _facts(self, connection: Connection, first: date) -> StationFacts:
        """The facts for reports of ranges starting on or after `first`."""
        return load_station_facts(connection, StationService(self._ctx).require().name,
                                  first)

    def annual(self, year: int | None = None, *, start: date | None = None,
               end: date | None = None) -> dict[str, Any]:
        """The annual report of `year`, or of any range from `start` to `end`."""
        self._ctx.require(Action.REPORT_READ)
        if start is None or end is None:
            start, end = year_range(check_year(year or self._ctx.today().year))
        if end < start:
            raise InvalidField("统计报表", "截止日期", "不能早于起始日期。")
        return self._annual(start, end)[0]

    def _annual(self, start: date, end: date, months: bool = False,
                ) -> tuple[dict[str, Any], list[dict[str, int]]]:
        plan = self.plan(start.year)
        with self._ctx.reading() as session:
            connection = session.connection()
            facts = self._facts(connection, year_before(start))
            report = annual_report(facts, StationSections(connection), start, end, plan)
            return report, members_by_month(facts, start.year) if months else []

    def monthly(self, month: date) -> dict[str, Any]:
        """The monthly member report of the month `month` falls in."""
        self._ctx.require(Action.REPORT_READ)
        check_year(month.year)
        with self._ctx.reading() as session:
            facts = self._facts(session.connection(), month.replace(day=1))
            return monthly_report(facts, month)

    def year_figures(self, year: int) -> tuple[dict[str, Any], list[dict[str, int]]]:
        """What the Statistics page shows: the annual report of `year` and its members
        month by month, from one reading of the station."""
        self._ctx.require(Action.REPORT_READ)
        return self._annual(*year_range(check_year(year)), months=True)

    def members_by_month(self, year: int) -> list[dict[str, int]]:
        """Month by month: joined, transfers, left, and active at the month's end."""
        self._ctx.require(Action.REPORT_READ)
        with self._ctx.reading() as session:
            facts = self._facts(session.connection(), date(check_year(year), 1, 1))
            return members_by_month(facts, year)

    def plan(self, year: int) -> dict[str, int]:
        self._ctx.require(Action.REPORT_READ)
        return clean_plan(read_setting(self._ctx, plan_key(check_year(year))))

    def set_plan(self, year: int, **targets: int | None) -> dict[str, int]:
        """Set the named targets of `year` (a None target is left as it is)."""
        self._ctx.require(Action.SETTINGS_EDIT)
        plan = self.plan(year)
        for name, target in targets.items():
            if name not in PLAN_LABELS:
                raise InvalidField(f"{year}年计划", name, "不是计划项目。")
            if target is None:
                continue
            if target < 0:
                raise InvalidField(f"{year}年计划", PLAN_LABELS[name], "不能是负数。")
            plan[name] = target
        with self._ctx.unit_of_work() as session:  # the plan and its audit line together
            row = session.get(Setting, plan_key(year))
            if row is None:
                session.add(Setting(key=plan_key(year), value=plan))
            else:
                row.value = plan
            audit.record(session, self._ctx.officer, "report.plan", "plan", str(year),
                         ",".join(f"{k}={v}" for k, v in sorted(plan.items())))
        refresh_sent_figures(self._ctx, [year])  # the plan goes up with the next batch
        return plan

    def require_export(self, what: str) -> None:
        """Refuse unless the officer may export reports; an export is audited."""
        self._ctx.require(Action.REPORT_EXPORT, what)
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "report.export", "report", what)
