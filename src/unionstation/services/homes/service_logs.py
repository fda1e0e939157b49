"""Service logs (服务记录): counts per venue, day and service; monthly totals; and the
monthly subsidy claim, count × the year's rate per service (services/yearly_values.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from sqlalchemy import func, select

from unionstation.domain.homes import ServiceKind, month_bounds
from unionstation.domain.permissions import Action
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField
from unionstation.services.homes.common import find_venue
from unionstation.services.yearly_values import YearlyValues
from unionstation.store.models import ServiceLog

__all__ = ["ClaimLine", "MonthClaim", "ServiceLogService"]

MAX_DAILY = 100_000


@dataclass(frozen=True)
class ClaimLine:
    service: ServiceKind
    count: int
    rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class MonthClaim:
    venue_id: UUID
    venue_code: str
    venue_name: str
    month: date
    lines: list[ClaimLine]

    @property
    def total_count(self) -> int:
        return sum(line.count for line in self.lines)

    @property
    def subsidy(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


class ServiceLogService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def log(self, venue_key: str | UUID, day: date, service: ServiceKind, count: int) -> None:
        self.set_counts(venue_key, {(day, service): count})

    def set_counts(self, venue_key: str | UUID,
                   counts: Mapping[tuple[date, ServiceKind], int]) -> None:
        """Write many cells at once (a week grid); a count replaces the day's count."""
        self._ctx.require(Action.ASSET_EDIT, "service.log")
        for (day, service), count in counts.items():
            if not 0 <= count <= MAX_DAILY:
                raise InvalidField(f"{day} {service.label}", "次数",
                                   f"应在 0–{MAX_DAILY} 之间")
            if day > self._ctx.today():
                raise InvalidField(f"{day} {service.label}", "日期", "不能是将来的日子")
        with self._ctx.unit_of_work() as session:
            venue = find_venue(session, venue_key)
            days = sorted({day for day, _ in counts})
            if not days:
                return
            existing = {(row.day, row.service): row for row in session.scalars(
                select(ServiceLog).where(ServiceLog.venue_id == venue.id,
                                         ServiceLog.day >= days[0],
                                         ServiceLog.day <= days[-1]))}
            for key, count in counts.items():
                row = existing.get(key)
                if row is None:
                    if count:
                        session.add(ServiceLog(venue_id=venue.id, day=key[0], service=key[1],
                                               count=count))
                elif row.count != count:
                    row.count = count

    def week(self, venue_key: str | UUID, monday: date) -> dict[tuple[date, ServiceKind], int]:
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            venue = find_venue(session, venue_key)
            rows = session.execute(select(ServiceLog.day, ServiceLog.service, ServiceLog.count)
                                   .where(ServiceLog.venue_id == venue.id,
                                          ServiceLog.day >= monday,
                                          ServiceLog.day < monday + timedelta(days=7)))
            return {(d, s): c for d, s, c in rows}

    def month_totals(self, venue_key: str | UUID, month: date) -> dict[ServiceKind, int]:
        self._ctx.require(Action.VENUE_READ)
        start, end = month_bounds(month)
        with self._ctx.reading() as session:
            venue = find_venue(session, venue_key)
            rows = session.execute(select(ServiceLog.service, func.sum(ServiceLog.count))
                                   .where(ServiceLog.venue_id == venue.id,
                                          ServiceLog.day >= start, ServiceLog.day < end,
                                          ServiceLog.deleted_at.is_(None))
                                   .group_by(ServiceLog.service))
            found = {ServiceKind(s): int(n or 0) for s, n in rows}
        return {kind: found[kind] for kind in ServiceKind if found.get(kind)}

    def claim(self, venue_key: str | UUID, month: date) -> MonthClaim:
        """The month's subsidy claim: one line per service counted, at the year's rate (a
        service without a rate claims nothing)."""
        self._ctx.require(Action.ASSET_MONEY, "subsidy")
        totals = self.month_totals(venue_key, month)
        rates = YearlyValues(self._ctx).service_rates(month.year)
        lines = []
        for kind, count in totals.items():
            rate = rates.get(kind.value, Decimal("0.00"))
            lines.append(ClaimLine(kind, count, rate, (rate * count).quantize(Decimal("0.01"))))
        with self._ctx.reading() as session:
            venue = find_venue(session, venue_key)
            return MonthClaim(venue.id, venue.code, venue.name, month.replace(day=1), lines)
