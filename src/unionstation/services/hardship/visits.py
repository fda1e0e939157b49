"""Visits (走访慰问): who went, on which occasion, what was handed over (cash becomes a
payment entry; goods carry a value), and whether the signed receipt is on file. Must-visit
occasions (五必访) are noted first and closed by the visit that answers them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select

from unionstation.domain.hardship import (
    FileStatus,
    FundingSource,
    MustVisitOccasion,
    VisitKind,
    add_months,
    follow_up_dates,
)
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, UserError
from unionstation.services.hardship import common
from unionstation.services.hardship.campaigns import CampaignService
from unionstation.services.hardship.common import money, require_file
from unionstation.services.hardship.payments import record_payment
from unionstation.store.base import new_id
from unionstation.store.models import MustVisit, Payment, Visit

__all__ = ["VisitDraft", "VisitLedgerRow", "VisitRow", "VisitService", "visit_ledger"]


@dataclass
class VisitDraft:
    file_id: UUID
    visited_on: date
    kind: VisitKind
    occasion: MustVisitOccasion | None = None
    officers: str = ""
    notes: str = ""
    cash: Decimal | str | None = None
    funding: FundingSource | None = None
    goods: str = ""
    goods_quantity: int = 0
    goods_value: Decimal | str | None = None
    campaign_id: UUID | None = None
    signed: bool = False
    override_reason: str = ""


@dataclass(frozen=True)
class VisitRow:
    id: UUID
    visited_on: date
    kind: VisitKind
    occasion: MustVisitOccasion | None
    officers: str
    notes: str
    goods: str
    goods_quantity: int
    goods_value: Decimal
    cash: Decimal
    funding: FundingSource | None
    signed: bool
    campaign_id: UUID | None


class VisitService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add(self, draft: VisitDraft) -> tuple[UUID, UUID | None]:
        """Record a visit; returns (visit id, payment id or None without cash)."""
        self._ctx.require(Action.HARDSHIP_EDIT, str(draft.file_id))
        record = "走访记录"
        cash = money(record, "慰问金", draft.cash, allow_none=True)
        if cash:
            self._ctx.require(Action.PAYMENT_RECORD, str(draft.file_id))
            if draft.funding is None and draft.campaign_id is None:
                raise InvalidField(record, "资金来源", "发放慰问金须写明资金来源")
        if draft.override_reason:
            self._ctx.require(Action.PAYMENT_OVERRIDE, str(draft.file_id))
        if draft.kind is VisitKind.MUST_VISIT and draft.occasion is None:
            raise InvalidField(record, "五必访事由", "“五必访”走访须选择事由")
        if draft.visited_on > self._ctx.today():
            raise InvalidField(record, "走访日期", "不能晚于今天")
        goods_value = money(record, "慰问品价值", draft.goods_value, allow_none=True)
        with self._ctx.unit_of_work() as session:
            item = require_file(session, draft.file_id)
            if item.status is FileStatus.CLOSED:
                raise UserError(f"档案 {item.file_no} 已退出,不能再登记走访。")
            visit = Visit(id=new_id(), file_id=item.id, visited_on=draft.visited_on,
                          kind=draft.kind, occasion=draft.occasion,
                          campaign_id=draft.campaign_id,
                          officers=normalize_text(draft.officers),
                          notes=draft.notes.strip(), goods=normalize_text(draft.goods),
                          goods_quantity=max(draft.goods_quantity, 0),
                          goods_value=goods_value, funding=draft.funding,
                          signed=draft.signed, attachments=[])
            session.add(visit)
            session.flush()
            payment: Payment | None = None
            if cash and draft.campaign_id is not None:
                payment = CampaignService(self._ctx).pay_in(
                    session, draft.campaign_id, item.id, cash, draft.visited_on,
                    normalize_text(draft.override_reason), visit.id)
            elif cash:
                assert draft.funding is not None
                payment = record_payment(session, self._ctx.officer, item.id, cash,
                                         draft.visited_on, draft.funding, visit_id=visit.id)
            if draft.occasion is not None:
                for open_one in session.scalars(select(MustVisit).where(
                        MustVisit.file_id == item.id, MustVisit.occasion == draft.occasion,
                        MustVisit.visit_id.is_(None), MustVisit.deleted_at.is_(None))):
                    open_one.visit_id = visit.id
            if item.status is FileStatus.RELIEVED and item.follow_up_on is not None \
                    and item.relieved_on is not None \
                    and draft.visited_on >= add_months(item.follow_up_on, -1):
                later = [d for d in follow_up_dates(item.relieved_on) if d > item.follow_up_on]
                item.follow_up_on = later[0] if later else None
            common.note(session, item.id, common.VISITED,
                        f"走访慰问({draft.kind.label})", self._ctx.officer,
                        {"visit": str(visit.id)})
            audit.record(session, self._ctx.officer, "visit.add", "visit", str(visit.id))
            return visit.id, payment.id if payment else None

    def note_occasion(self, file_id: UUID, occasion: MustVisitOccasion, note: str = "",
                      on: date | None = None) -> UUID:
        """A must-visit occasion that has arisen; it stays a reminder until visited."""
        self._ctx.require(Action.HARDSHIP_EDIT, str(file_id))
        with self._ctx.unit_of_work() as session:
            item = require_file(session, file_id)
            row = MustVisit(id=new_id(), file_id=item.id, occasion=occasion,
                            noted_on=on or self._ctx.today(), note=normalize_text(note))
            session.add(row)
            return row.id

    def of_file(self, file_id: UUID) -> list[VisitRow]:
        self._ctx.require(Action.HARDSHIP_READ)
        with self._ctx.reading() as session:
            rows = session.execute(
                select(Visit, Payment.amount)
                .outerjoin(Payment, (Payment.visit_id == Visit.id)
                           & Payment.reverses_id.is_(None))
                .where(Visit.file_id == file_id, Visit.deleted_at.is_(None))
                .order_by(Visit.visited_on.desc())).all()
            return [VisitRow(v.id, v.visited_on, v.kind, v.occasion, v.officers, v.notes,
                             v.goods, v.goods_quantity, v.goods_value,
                             cash if cash is not None else Decimal("0.00"), v.funding,
                             v.signed, v.campaign_id) for v, cash in rows]


@dataclass(frozen=True)
class VisitLedgerRow:
    file_no: str
    name: str
    visit: VisitRow


def visit_ledger(context: ServiceContext, year: int | None = None) -> list[VisitLedgerRow]:
    """Every visit (of `year`) with its household, oldest first: the visits ledger."""
    from unionstation.store.models import HardshipFile

    context.require(Action.EXPORT_BULK)
    query = (select(Visit, Payment.amount, HardshipFile.file_no, HardshipFile.name)
             .join(HardshipFile, HardshipFile.id == Visit.file_id)
             .outerjoin(Payment, (Payment.visit_id == Visit.id) & Payment.reverses_id.is_(None))
             .where(Visit.deleted_at.is_(None)).order_by(Visit.visited_on, HardshipFile.file_no))
    if year is not None:
        query = query.where(Visit.visited_on >= date(year, 1, 1),
                            Visit.visited_on <= date(year, 12, 31))
    with context.reading() as session:
        return [VisitLedgerRow(no, name, VisitRow(
            v.id, v.visited_on, v.kind, v.occasion, v.officers, v.notes, v.goods,
            v.goods_quantity, v.goods_value, cash if cash is not None else Decimal("0.00"),
            v.funding, v.signed, v.campaign_id)) for v, cash, no, name in session.execute(query)]
