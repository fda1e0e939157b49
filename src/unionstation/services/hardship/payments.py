"""Payments: append-only. An entry is never edited or deleted (the database refuses it
too); a correction is a reversal, a negative entry naming the one it reverses, with the
reason, by an officer, audited. Every total is a SQL sum over the entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from unionstation.domain.hardship import FundingSource
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, NotFound, UserError
from unionstation.services.hardship import common
from unionstation.store.base import new_id
from unionstation.store.models import Campaign, HardshipFile, Payment

__all__ = ["PaymentFilter", "PaymentRow", "PaymentService", "net_paid", "record_payment"]

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PaymentRow:
    id: UUID
    file_id: UUID
    file_no: str
    name: str
    amount: Decimal
    paid_on: date
    campaign_id: UUID | None
    campaign: str
    funding: FundingSource
    reverses: UUID | None
    reason: str
    officer: str


@dataclass(frozen=True)
class PaymentFilter:
    campaign_id: UUID | None = None
    file_id: UUID | None = None
    year: int | None = None
    paid_on: date | None = None


def record_payment(session: Session, officer: str, file_id: UUID, amount: Decimal,
                   paid_on: date, funding: FundingSource, *, campaign_id: UUID | None = None,
                   visit_id: UUID | None = None, override_reason: str = "") -> Payment:
    """One payment entry, inside the caller's transaction (checks are the caller's)."""
    payment = Payment(id=new_id(), file_id=file_id, campaign_id=campaign_id,
                      visit_id=visit_id, amount=amount, paid_on=paid_on,
                      year=paid_on.year, funding=funding, override_reason=override_reason,
                      officer=officer)
    session.add(payment)
    common.note(session, file_id, common.PAID, f"发放 {amount} 元", officer,
                {"payment": str(payment.id)})
    audit.record(session, officer, "payment.record", "payment", str(payment.id),
                 "override" if override_reason else "")
    return payment


def net_paid(session: Session, *conditions: ColumnElement[bool]) -> Decimal:
    total = session.scalar(select(func.sum(Payment.amount)).where(*conditions))
    return total if isinstance(total, Decimal) else ZERO


def _rows_query() -> Any:
    return (select(Payment, HardshipFile.file_no, HardshipFile.name, Campaign.name)
            .join(HardshipFile, HardshipFile.id == Payment.file_id)
            .outerjoin(Campaign, Campaign.id == Payment.campaign_id))


def _row(payment: Payment, file_no: str, name: str, campaign: str | None) -> PaymentRow:
    return PaymentRow(payment.id, payment.file_id, file_no, name, payment.amount,
                      payment.paid_on, payment.campaign_id, campaign or "", payment.funding,
                      payment.reverses_id, payment.reason, payment.officer)


def _conditions(criteria: PaymentFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if criteria.campaign_id is not None:
        found.append(Payment.campaign_id == criteria.campaign_id)
    if criteria.file_id is not None:
        found.append(Payment.file_id == criteria.file_id)
    if criteria.year is not None:
        found.append(Payment.year == criteria.year)
    if criteria.paid_on is not None:
        found.append(Payment.paid_on == criteria.paid_on)
    return found


class PaymentService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def reverse(self, payment_id: UUID, reason: str) -> PaymentRow:
        """A negative entry cancelling `payment_id`; the original stays as it was."""
        self._ctx.require(Action.PAYMENT_REVERSE, str(payment_id))
        text = normalize_text(reason)
        with self._ctx.unit_of_work() as session:
            original = session.get(Payment, payment_id)
            if original is None:
                raise NotFound(f"找不到发放记录 {payment_id}。")
            if not text:
                raise InvalidField(f"发放记录 {payment_id}", "冲销原因", "请写明冲销的原因")
            if original.reverses_id is not None or original.amount <= 0:
                raise UserError(f"发放记录 {payment_id} 本身是冲销记录,不能再冲销。")
            done = session.scalars(select(Payment.id).where(
                Payment.reverses_id == payment_id)).first()
            if done is not None:
                raise UserError(f"发放记录 {payment_id} 已由 {done} 冲销过。")
            today = self._ctx.today()
            reversal = Payment(id=new_id(), file_id=original.file_id,
                               campaign_id=original.campaign_id, visit_id=original.visit_id,
                               amount=-original.amount, paid_on=today, year=original.year,
                               funding=original.funding, reverses_id=original.id, reason=text,
                               officer=self._ctx.officer)
            session.add(reversal)
            common.note(session, original.file_id, common.REVERSED,
                        f"冲销发放 {original.amount} 元:{text}", self._ctx.officer,
                        {"payment": str(original.id), "reversal": str(reversal.id)})
            audit.record(session, self._ctx.officer, "payment.reverse", "payment",
                         str(reversal.id), f"reverses={original.id}")
            session.flush()
            row = session.execute(_rows_query().where(Payment.id == reversal.id)).one()
            return _row(*row)

    def list(self, criteria: PaymentFilter | None = None) -> tuple[list[PaymentRow], Decimal]:
        """The entries (oldest first) and their sum, to the fen."""
        self._ctx.require(Action.HARDSHIP_READ)
        conditions = _conditions(criteria or PaymentFilter())
        with self._ctx.reading() as session:
            rows = session.execute(_rows_query().where(*conditions)
                                   .order_by(Payment.paid_on, Payment.created_at)).all()
            return [_row(*row) for row in rows], net_paid(session, *conditions)

    def get(self, payment_id: UUID) -> PaymentRow:
        self._ctx.require(Action.HARDSHIP_READ)
        with self._ctx.reading() as session:
            row = session.execute(_rows_query().where(Payment.id == payment_id)).first()
            if row is None:
                raise NotFound(f"找不到发放记录 {payment_id}。")
            return _row(*row)

    def resolve(self, ref: str) -> UUID:
        """A payment by its id or the first characters of it (at least 8)."""
        self._ctx.require(Action.HARDSHIP_READ)
        text = normalize_text(ref).lower()
        if len(text) < 8:
            raise NotFound(f"找不到发放记录“{ref}”:请给出发放记录编号(至少 8 位)。")
        with self._ctx.reading() as session:
            try:
                exact = session.get(Payment, UUID(text))
            except ValueError:
                exact = None
            if exact is not None:
                return exact.id
            found = [pid for pid in session.scalars(select(Payment.id)) if
                     str(pid).startswith(text)]
        if len(found) != 1:
            raise NotFound(f"找不到发放记录“{ref}”。")
        return found[0]

    def totals_by_funding(self, year: int | None = None) -> dict[FundingSource, Decimal]:
        self._ctx.require(Action.HARDSHIP_READ)
        query = select(Payment.funding, func.sum(Payment.amount)).group_by(Payment.funding)
        if year is not None:
            query = query.where(Payment.year == year)
        with self._ctx.reading() as session:
            return {FundingSource(f): total or ZERO for f, total in session.execute(query)}

    def year_total(self, year: int) -> Decimal:
        """What the station disbursed in `year`: the ack's sanity figure."""
        self._ctx.require(Action.HARDSHIP_READ)
        with self._ctx.reading() as session:
            return net_paid(session, Payment.year == year)
