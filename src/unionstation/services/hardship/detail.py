"""One whole file as the editor and `hardship show` give it. Opening a file is audited
(ids only); the bank account is masked unless the role may see it (BANK_REVEAL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select

from unionstation.domain.hardship import (
    FileStatus,
    HardshipCategory,
    HardshipCause,
    IncomeBand,
    Step,
    income_band,
    transition,
)
from unionstation.domain.idnumber import masked
from unionstation.domain.permissions import Action
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.hardship.common import require_file
from unionstation.services.hardship.files import FileDraft, HouseholdPerson
from unionstation.services.hardship.payments import PaymentFilter, PaymentRow, PaymentService
from unionstation.services.hardship.visits import VisitRow, VisitService
from unionstation.services.yearly_values import YearlyValues
from unionstation.store.models import HardshipEvent, HouseholdMember

__all__ = ["FileDetail", "FileDetailService", "HistoryLine", "mask_account"]


def mask_account(account: str) -> str:
    """`6222 **** **** 1234` style: the last four digits only."""
    if len(account) <= 4:
        return "*" * len(account)
    return "*" * (len(account) - 4) + account[-4:]


@dataclass(frozen=True)
class HistoryLine:
    happened_at: datetime
    kind: str
    summary: str
    officer: str


@dataclass(frozen=True)
class FileDetail:
    id: UUID
    file_no: str
    status: FileStatus
    draft: FileDraft
    id_number_masked: str
    category: HardshipCategory
    main_cause: HardshipCause
    income_per_capita: Decimal
    minimum_living_line: Decimal | None
    income_band: IncomeBand | None
    opened_on: date
    entered_by: str
    approved_by: str
    recheck_due: date
    relieved_on: date | None
    relieved_reason: str
    follow_up_on: date | None
    closed_on: date | None
    closed_reason: str
    bank_account_masked: bool
    history: list[HistoryLine]
    visits: list[VisitRow]
    payments: list[PaymentRow]
    paid_total: Decimal
    refusals: dict[Step, str]
    """Why each life-cycle step cannot be taken now ("" when it can)."""
    attachments: tuple[str, ...] = ()


class FileDetailService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def open(self, file_id: UUID) -> FileDetail:
        self._ctx.require(Action.HARDSHIP_READ, str(file_id))
        reveal = self._ctx.may(Action.BANK_REVEAL)
        with self._ctx.unit_of_work() as session:
            item = require_file(session, file_id)
            audit.record(session, self._ctx.officer, "hardship.file.read", "hardship_file",
                         str(item.id), "bank" if reveal and item.bank_account else "")
            people = session.scalars(select(HouseholdMember).where(
                HouseholdMember.file_id == item.id, HouseholdMember.deleted_at.is_(None))
                .order_by(HouseholdMember.created_at))
            household = [HouseholdPerson(p.name, p.relation, p.birth_year, p.health,
                                         p.disability, p.occupation, p.monthly_income)
                         for p in people]
            events = session.scalars(select(HardshipEvent).where(
                HardshipEvent.file_id == item.id).order_by(HardshipEvent.happened_at.desc()))
            history = [HistoryLine(e.happened_at, e.kind, e.summary, e.officer) for e in events]
            account = item.bank_account if reveal else mask_account(item.bank_account)
            draft = FileDraft(
                name=item.name, id_number=item.id_number, category=item.category,
                main_cause=item.main_cause,
                secondary_causes=tuple(HardshipCause(c) for c in item.secondary_causes),
                member_id=item.member_id, phone=item.phone, employer=item.employer,
                union_name=item.union_name, household_size=item.household_size,
                monthly_income=item.monthly_income, household=household,
                medical_monthly=item.medical_monthly, housing=item.housing,
                zero_employment=item.zero_employment, bank_name=item.bank_name,
                bank_account=account, narrative=item.narrative)
        line = YearlyValues(self._ctx).minimum_living_line(self._ctx.today().year)
        visits = VisitService(self._ctx).of_file(file_id)
        payments, total = PaymentService(self._ctx).list(PaymentFilter(file_id=file_id))
        return FileDetail(
            id=item.id, file_no=item.file_no, status=item.status, draft=draft,
            id_number_masked=masked(item.id_number), category=item.category,
            main_cause=item.main_cause, income_per_capita=item.income_per_capita,
            minimum_living_line=line, income_band=income_band(item.income_per_capita, line),
            opened_on=item.opened_on, entered_by=item.entered_by,
            approved_by=item.approved_by, recheck_due=item.recheck_due,
            relieved_on=item.relieved_on, relieved_reason=item.relieved_reason,
            follow_up_on=item.follow_up_on, closed_on=item.closed_on,
            closed_reason=item.closed_reason,
            bank_account_masked=not reveal and bool(draft.bank_account), history=history,
            visits=visits, payments=payments, paid_total=total,
            refusals={step: transition(step, item.status) for step in Step},
            attachments=tuple(item.attachments))
