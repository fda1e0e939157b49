"""What a sign-off sheet (签收表 / 发放花名册) lists: one row per household paid, by a
campaign or on a day's visits, with the masked ID number and the net amount."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import func, select

from unionstation.domain.hardship import HardshipCategory
from unionstation.domain.idnumber import masked
from unionstation.domain.permissions import Action
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import NotFound, UserError
from unionstation.services.station import StationService
from unionstation.store.models import Campaign, HardshipFile, Payment

__all__ = ["SignoffRow", "SignoffSheet", "SignoffService"]


@dataclass(frozen=True)
class SignoffRow:
    name: str
    id_number_masked: str
    category: HardshipCategory
    amount: Decimal


@dataclass(frozen=True)
class SignoffSheet:
    station: str
    year: int
    title: str
    """The campaign's name, or 走访慰问 with the day."""
    rows: list[SignoffRow]
    printed_on: date

    @property
    def total(self) -> Decimal:
        return sum((row.amount for row in self.rows), Decimal("0.00"))


class SignoffService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def for_campaign(self, campaign_id: UUID) -> SignoffSheet:
        self._ctx.require(Action.PRINT, str(campaign_id))
        self._ctx.require(Action.HARDSHIP_READ, str(campaign_id))
        with self._ctx.reading() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                raise NotFound(f"找不到帮扶活动 {campaign_id}。")
            name, year = campaign.name, campaign.year
        rows = self._rows(Payment.campaign_id == campaign_id)
        return self._sheet(year, name, rows, "campaign", str(campaign_id))

    def for_day(self, day: date) -> SignoffSheet:
        """Cash handed over on the day's visits."""
        self._ctx.require(Action.PRINT, day.isoformat())
        self._ctx.require(Action.HARDSHIP_READ, day.isoformat())
        rows = self._rows(Payment.paid_on == day, Payment.visit_id.is_not(None))
        title = f"{day.month}月{day.day}日走访慰问"
        return self._sheet(day.year, title, rows, "day", day.isoformat())

    def _rows(self, *conditions: object) -> list[SignoffRow]:
        total = func.sum(Payment.amount)
        query = (select(HardshipFile.name, HardshipFile.id_number, HardshipFile.category,
                        total.label("paid"))
                 .join(HardshipFile, HardshipFile.id == Payment.file_id)
                 .where(*conditions)  # type: ignore[arg-type]
                 .group_by(HardshipFile.id).having(total > 0)
                 .order_by(func.min(Payment.paid_on), HardshipFile.file_no))
        with self._ctx.reading() as session:
            return [SignoffRow(name, masked(number), category, paid)
                    for name, number, category, paid in session.execute(query)]

    def _sheet(self, year: int, title: str, rows: list[SignoffRow], entity: str,
               entity_id: str) -> SignoffSheet:
        if not rows:
            raise UserError(f"“{title}”还没有发放记录,无可打印的签收表。")
        station = StationService(self._ctx).require()
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "print.signoff", entity, entity_id,
                         f"rows={len(rows)}")
        return SignoffSheet(station.name, year, title, rows, self._ctx.today())
