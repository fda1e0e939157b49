"""Campaigns (帮扶活动): a budget, standard amounts per category, a household list, and
payouts refused when they would pay a household twice (in this campaign, or in another
of the same kind and year) or pass the budget, unless an officer records why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from unionstation.domain.hardship import (
    CampaignKind,
    FileStatus,
    FundingSource,
    HardshipCategory,
)
from unionstation.domain.idnumber import masked
from unionstation.domain.money import format_yuan
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, UserError
from unionstation.services.hardship import common
from unionstation.services.hardship.common import money, require_file
from unionstation.services.hardship.payments import ZERO, net_paid, record_payment
from unionstation.services.station import StationService
from unionstation.store.base import new_id
from unionstation.store.models import (
    Campaign,
    CampaignHousehold,
    HardshipFile,
    Payment,
    Visit,
)

__all__ = ["CampaignDraft", "CampaignService", "CampaignSummary", "DoublePayment",
           "HouseholdProgress", "PaymentRefused"]


@dataclass
class CampaignDraft:
    name: str
    kind: CampaignKind
    year: int
    budget: Decimal | str
    standards: dict[HardshipCategory, Decimal | str] = field(default_factory=dict)
    funding: FundingSource = FundingSource.OWN_FUNDS
    notes: str = ""


@dataclass(frozen=True)
class CampaignSummary:
    id: UUID
    name: str
    kind: CampaignKind
    year: int
    budget: Decimal
    standards: dict[HardshipCategory, Decimal]
    households: int
    visited: int
    paid_households: int
    signed: int
    paid_total: Decimal
    budget_left: Decimal


@dataclass(frozen=True)
class HouseholdProgress:
    file_id: UUID
    file_no: str
    name: str
    id_number_masked: str
    category: HardshipCategory
    standard: Decimal
    paid: Decimal
    visited: bool
    signed: bool


class PaymentRefused(UserError):
    """A double payment or one past the budget; `PAYMENT_OVERRIDE` with a reason passes."""


class DoublePayment(PaymentRefused):
    def __init__(self, message: str, earlier: UUID) -> None:
        super().__init__(message)
        self.earlier = earlier


def _standards(campaign: Campaign) -> dict[HardshipCategory, Decimal]:
    return {HardshipCategory(k): Decimal(v) for k, v in campaign.standards.items()}


class CampaignService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def create(self, draft: CampaignDraft) -> CampaignSummary:
        self._ctx.require(Action.CAMPAIGN_EDIT)
        station = StationService(self._ctx).require()
        name = normalize_text(draft.name)
        if not name:
            raise InvalidField("帮扶活动", "名称", "不能为空")
        record = f"帮扶活动“{name}”"
        if not 1990 <= draft.year <= 2100:
            raise InvalidField(record, "年度", f"年份 {draft.year} 不在 1990–2100 之间")
        budget = money(record, "预算", draft.budget)
        standards = {c.value: str(money(record, f"{c.label}标准", v, positive=True))
                     for c, v in draft.standards.items()}
        with self._ctx.unit_of_work() as session:
            campaign = Campaign(id=new_id(), station_id=station.id, name=name, kind=draft.kind,
                                year=draft.year, budget=budget, standards=standards,
                                funding=draft.funding, notes=draft.notes.strip())
            session.add(campaign)
            audit.record(session, self._ctx.officer, "campaign.create", "campaign",
                         str(campaign.id))
        return self.show(campaign.id)

    def resolve(self, ref: str) -> UUID:
        self._ctx.require(Action.HARDSHIP_READ)
        with self._ctx.reading() as session:
            return common.find_campaign(session, ref).id

    def summaries(self, year: int | None = None) -> list[CampaignSummary]:
        self._ctx.require(Action.HARDSHIP_READ)
        with self._ctx.reading() as session:
            query = select(Campaign.id).where(Campaign.deleted_at.is_(None))
            if year is not None:
                query = query.where(Campaign.year == year)
            ids = list(session.scalars(query.order_by(Campaign.year.desc(), Campaign.name)))
            return [self._summary(session, cid) for cid in ids]

    def show(self, campaign_id: UUID) -> CampaignSummary:
        self._ctx.require(Action.HARDSHIP_READ)
        with self._ctx.reading() as session:
            return self._summary(session, campaign_id)

    def _summary(self, session: Session, campaign_id: UUID) -> CampaignSummary:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise UserError(f"找不到帮扶活动 {campaign_id}。")
        members = select(CampaignHousehold.file_id).where(
            CampaignHousehold.campaign_id == campaign_id,
            CampaignHousehold.deleted_at.is_(None))
        households = session.scalar(select(func.count()).select_from(members.subquery())) or 0
        signed = session.scalar(select(func.count()).select_from(
            members.where(CampaignHousehold.signed.is_(True)).subquery())) or 0
        paid_per_file = (select(Payment.file_id).where(Payment.campaign_id == campaign_id)
                         .group_by(Payment.file_id).having(func.sum(Payment.amount) > 0))
        paid_households = session.scalar(
            select(func.count()).select_from(paid_per_file.subquery())) or 0
        visited = session.scalar(select(func.count(func.distinct(Visit.file_id))).where(
            Visit.campaign_id == campaign_id, Visit.deleted_at.is_(None))) or 0
        paid_total = net_paid(session, Payment.campaign_id == campaign_id)
        return CampaignSummary(campaign.id, campaign.name, campaign.kind, campaign.year,
                               campaign.budget, _standards(campaign), int(households),
                               int(visited), int(paid_households), int(signed), paid_total,
                               campaign.budget - paid_total)

    def add_households(self, campaign_id: UUID, *, formal: bool = False,
                       category: HardshipCategory | None = None,
                       file_ids: list[UUID] | None = None,
                       not_helped_this_year: bool = False) -> tuple[int, int]:
        """Add by rule (formal files, of a category, not yet helped this year) or one by
        one; returns (added, skipped). Files already listed, or not formal, are skipped."""
        self._ctx.require(Action.CAMPAIGN_EDIT, str(campaign_id))
        with self._ctx.unit_of_work() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                raise UserError(f"找不到帮扶活动 {campaign_id}。")
            if file_ids:
                chosen = [require_file(session, fid) for fid in file_ids]
            else:
                if not formal and category is None:
                    raise UserError("请给出选择规则(在档户、困难类别)或具体档案。")
                query = select(HardshipFile).where(HardshipFile.deleted_at.is_(None),
                                                   HardshipFile.status == FileStatus.FORMAL)
                if category is not None:
                    query = query.where(HardshipFile.category == category)
                if not_helped_this_year:
                    helped = select(Payment.file_id).where(Payment.year == campaign.year) \
                        .group_by(Payment.file_id).having(func.sum(Payment.amount) > 0)
                    query = query.where(HardshipFile.id.not_in(helped))
                chosen = list(session.scalars(query.order_by(HardshipFile.file_no)))
            listed = set(session.scalars(select(CampaignHousehold.file_id).where(
                CampaignHousehold.campaign_id == campaign_id)))
            added = skipped = 0
            today = self._ctx.today()
            for item in chosen:
                if item.id in listed or item.status is not FileStatus.FORMAL:
                    skipped += 1
                    continue
                listed.add(item.id)
                session.add(CampaignHousehold(campaign_id=campaign_id, file_id=item.id,
                                              added_on=today))
                added += 1
            audit.record(session, self._ctx.officer, "campaign.households", "campaign",
                         str(campaign_id), f"added={added} skipped={skipped}")
        return added, skipped

    def households(self, campaign_id: UUID) -> list[HouseholdProgress]:
        self._ctx.require(Action.HARDSHIP_READ)
        paid = (select(Payment.file_id, func.sum(Payment.amount).label("paid"))
                .where(Payment.campaign_id == campaign_id).group_by(Payment.file_id)
                .subquery())
        visits = (select(Visit.file_id).where(Visit.campaign_id == campaign_id,
                                              Visit.deleted_at.is_(None))
                  .group_by(Visit.file_id).subquery())
        with self._ctx.reading() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                raise UserError(f"找不到帮扶活动 {campaign_id}。")
            standards = _standards(campaign)
            rows = session.execute(
                select(HardshipFile, CampaignHousehold.signed, paid.c.paid, visits.c.file_id)
                .join(CampaignHousehold, and_(CampaignHousehold.file_id == HardshipFile.id,
                                              CampaignHousehold.campaign_id == campaign_id,
                                              CampaignHousehold.deleted_at.is_(None)))
                .outerjoin(paid, paid.c.file_id == HardshipFile.id)
                .outerjoin(visits, visits.c.file_id == HardshipFile.id)
                .order_by(HardshipFile.file_no)).all()
            return [HouseholdProgress(
                item.id, item.file_no, item.name, masked(item.id_number), item.category,
                standards.get(item.category, ZERO),
                total if isinstance(total, Decimal) else ZERO, visited is not None,
                bool(signed))
                for item, signed, total, visited in rows]

    def pay(self, campaign_id: UUID, file_id: UUID, amount: Decimal | str | None = None,
            on: date | None = None, override_reason: str = "",
            visit_id: UUID | None = None) -> tuple[UUID, Decimal]:
        """Pay one household; returns (payment id, amount)."""
        self._ctx.require(Action.PAYMENT_RECORD, str(campaign_id))
        reason = normalize_text(override_reason)
        if reason:
            self._ctx.require(Action.PAYMENT_OVERRIDE, str(campaign_id))
        with self._ctx.unit_of_work() as session:
            payment = self.pay_in(session, campaign_id, file_id, amount,
                                  on or self._ctx.today(), reason, visit_id)
            return payment.id, payment.amount

    def pay_in(self, session: Session, campaign_id: UUID, file_id: UUID,
               amount: Decimal | str | None, on: date, override_reason: str,
               visit_id: UUID | None) -> Payment:
        """The payout with its checks, inside the caller's transaction (visits use it)."""
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise UserError(f"找不到帮扶活动 {campaign_id}。")
        item = require_file(session, file_id)
        record = f"{campaign.name}:档案 {item.file_no}"
        if item.status is not FileStatus.FORMAL:
            raise UserError(f"{record} 的状态为“{item.status.label}”,只有在档户可以发放。")
        if amount is None or (isinstance(amount, str) and not amount.strip()):
            standard = _standards(campaign).get(item.category)
            if standard is None:
                raise InvalidField(record, "金额", f"活动没有“{item.category.label}”的标准金额,"
                                   "请给出金额")
            value = standard
        else:
            value = money(record, "金额", amount, positive=True)
        if not override_reason:
            self._refuse_double(session, campaign, item, record)
            spent = net_paid(session, Payment.campaign_id == campaign.id)
            left = campaign.budget - spent
            if value > left:
                raise PaymentRefused(
                    f"{record}:发放 {format_yuan(value)} 将超出预算,"
                    f"预算剩余 {format_yuan(left)}(预算 {format_yuan(campaign.budget)})。")
        listed = session.scalars(select(CampaignHousehold).where(
            CampaignHousehold.campaign_id == campaign.id,
            CampaignHousehold.file_id == item.id)).first()
        if listed is None:
            session.add(CampaignHousehold(campaign_id=campaign.id, file_id=item.id,
                                          added_on=on))
        return record_payment(session, self._ctx.officer, item.id, value, on, campaign.funding,
                              campaign_id=campaign.id, visit_id=visit_id,
                              override_reason=override_reason)

    def _refuse_double(self, session: Session, campaign: Campaign, item: HardshipFile,
                       record: str) -> None:
        same_kind = select(Campaign.id).where(Campaign.kind == campaign.kind,
                                              Campaign.year == campaign.year)
        earlier = session.execute(
            select(Payment, Campaign.name).join(Campaign, Campaign.id == Payment.campaign_id)
            .where(Payment.file_id == item.id, Payment.campaign_id.in_(same_kind),
                   Payment.amount > 0)
            .order_by(Payment.paid_on)).all()
        reversed_ids = set(session.scalars(select(Payment.reverses_id).where(
            Payment.file_id == item.id, Payment.reverses_id.is_not(None))))
        for payment, name in earlier:
            if payment.id in reversed_ids:
                continue
            where = "本活动" if payment.campaign_id == campaign.id else \
                f"同年同类活动“{name}”"
            raise DoublePayment(
                f"{record}:{where}已于 {payment.paid_on.isoformat()} 发放 "
                f"{format_yuan(payment.amount)}(发放记录 {payment.id}),不能重复发放;"
                "如确需发放,请由干事写明原因。", payment.id)

    def mark_signed(self, campaign_id: UUID, file_ids: list[UUID], signed: bool = True) -> int:
        """Record that the signed sheet is on file for these households."""
        self._ctx.require(Action.PAYMENT_RECORD, str(campaign_id))
        with self._ctx.unit_of_work() as session:
            rows = list(session.scalars(select(CampaignHousehold).where(
                CampaignHousehold.campaign_id == campaign_id,
                CampaignHousehold.file_id.in_(file_ids))))
            for row in rows:
                row.signed = signed
            audit.record(session, self._ctx.officer, "campaign.signed", "campaign",
                         str(campaign_id), f"count={len(rows)}")
            return len(rows)
