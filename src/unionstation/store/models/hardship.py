"""Hardship aid: household files (困难职工档案), their household members and history,
visits (走访慰问), must-visit occasions, campaigns (帮扶活动) and payments.

Money is stored as integer fen (`Fen`), so SQL sums are exact; the payment table is
append-only, enforced by triggers that refuse UPDATE and DELETE (`PAYMENT_TRIGGERS`),
made by the migration and by `metadata.create_all` alike.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    DDL,
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from unionstation.domain.hardship import (
    CampaignKind,
    FileStatus,
    FundingSource,
    HardshipCategory,
    HardshipCause,
    MustVisitOccasion,
    VisitKind,
)
from unionstation.domain.money import from_fen, to_fen
from unionstation.store.base import Base, Synced, UTCDateTime
from unionstation.store.models.columns import code_enum

OPEN_FILE = text("status IN ('temporary', 'formal') AND deleted_at IS NULL")


class Fen(TypeDecorator[Decimal]):
    """Yuan as `Decimal` in Python, whole fen (INTEGER) in the database."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return to_fen(value if isinstance(value, Decimal) else Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_fen(int(value))


class HardshipFile(Synced, Base):
    __tablename__ = "hardship_file"
    __table_args__ = (
        Index("uq_hardship_file_open_id_number", "station_id", "id_number", unique=True,
              sqlite_where=OPEN_FILE, postgresql_where=OPEN_FILE),
        # The annual report's counts of files by date, from the index alone.
        Index("ix_hardship_file_dates", "opened_on", "deleted_at", "relieved_on", "closed_on",
              "category"),
    )

    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"), index=True)
    file_no: Mapped[str] = mapped_column(String(32), unique=True)
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("member.id"), default=None,
                                                        index=True)
    name: Mapped[str] = mapped_column(String(100))
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    employer: Mapped[str] = mapped_column(String(200), default="")
    union_name: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[HardshipCategory] = mapped_column(code_enum(HardshipCategory), index=True)
    main_cause: Mapped[HardshipCause] = mapped_column(code_enum(HardshipCause))
    secondary_causes: Mapped[list[str]] = mapped_column(JSON, default=list)
    household_size: Mapped[int] = mapped_column(Integer, default=1)
    monthly_income: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    income_per_capita: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    medical_monthly: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    housing: Mapped[str] = mapped_column(String(200), default="")
    zero_employment: Mapped[bool] = mapped_column(Boolean, default=False)
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    bank_account: Mapped[str] = mapped_column(String(40), default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[FileStatus] = mapped_column(code_enum(FileStatus), index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    entered_by: Mapped[str] = mapped_column(String(64), default="")
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)
    last_check_on: Mapped[date] = mapped_column(Date)
    recheck_due: Mapped[date] = mapped_column(Date, index=True)
    relieved_on: Mapped[date | None] = mapped_column(Date, default=None)
    relieved_reason: Mapped[str] = mapped_column(String(300), default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closed_reason: Mapped[str] = mapped_column(String(300), default="")


class HouseholdMember(Synced, Base):
    """A member of the file's household (家庭成员); their incomes add up to the file's."""

    __tablename__ = "household_member"

    file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    relation: Mapped[str] = mapped_column(String(20), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer, default=None)
    health: Mapped[str] = mapped_column(String(100), default="")
    disability: Mapped[str] = mapped_column(String(100), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    monthly_income: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))


class HardshipEvent(Synced, Base):
    """One line of a file's history; `detail` holds codes and ids, never personal data."""

    __tablename__ = "hardship_event"

    file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(String(500), default="")
    officer: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Campaign(Synced, Base):
    __tablename__ = "campaign"

    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CampaignKind] = mapped_column(code_enum(CampaignKind))
    year: Mapped[int] = mapped_column(Integer, index=True)
    budget: Mapped[Decimal] = mapped_column(Fen)
    standards: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    funding: Mapped[FundingSource] = mapped_column(code_enum(FundingSource),
                                                   default=FundingSource.OWN_FUNDS)
    notes: Mapped[str] = mapped_column(Text, default="")


class CampaignHousehold(Synced, Base):
    __tablename__ = "campaign_household"
    __table_args__ = (UniqueConstraint("campaign_id", "file_id"),)

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign.id"), index=True)
    file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    added_on: Mapped[date] = mapped_column(Date)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)


class Visit(Synced, Base):
    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_visited_on_live", "visited_on", "deleted_at"),)

    file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[VisitKind] = mapped_column(code_enum(VisitKind))
    occasion: Mapped[MustVisitOccasion | None] = mapped_column(code_enum(MustVisitOccasion),
                                                               default=None)
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("campaign.id"),
                                                          default=None, index=True)
    officers: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    goods: Mapped[str] = mapped_column(String(300), default="")
    goods_quantity: Mapped[int] = mapped_column(Integer, default=0)
    goods_value: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    funding: Mapped[FundingSource | None] = mapped_column(code_enum(FundingSource),
                                                          default=None)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    attachments: Mapped[list[str]] = mapped_column(JSON, default=list)


class MustVisit(Synced, Base):
    """A must-visit occasion noted for a household; `visit_id` is set once visited."""

    __tablename__ = "must_visit"

    file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    occasion: Mapped[MustVisitOccasion] = mapped_column(code_enum(MustVisitOccasion))
    noted_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="")
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), default=None,
                                                       index=True)


class Payment(Synced, Base):
    """Money handed over: never edited, never deleted; a correction is a reversal entry
    (a negative amount naming the payment it reverses)."""

    __tablename__ = "payment"
    __table_args__ = (
        Index("ix_payment_campaign_file", "campaign_id", "file_id"),
        Index("ix_payment_year_file", "year", "file_id"),
        # The annual report's sums of the payments of a range, from the index alone.
        Index("ix_payment_paid_on", "paid_on", "deleted_at", "funding", "file_id", "amount"),
    )

    file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("campaign.id"),
                                                          default=None)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), default=None,
                                                       index=True)
    amount: Mapped[Decimal] = mapped_column(Fen)
    paid_on: Mapped[date] = mapped_column(Date)
    year: Mapped[int] = mapped_column(Integer)
    funding: Mapped[FundingSource] = mapped_column(code_enum(FundingSource))
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payment.id"),
                                                          default=None, unique=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    override_reason: Mapped[str] = mapped_column(String(300), default="")
    officer: Mapped[str] = mapped_column(String(64), default="")


PAYMENT_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS payment_no_update BEFORE UPDATE ON payment "
    "BEGIN SELECT RAISE(ABORT, 'payments are append-only: record a reversal'); END",
    "CREATE TRIGGER IF NOT EXISTS payment_no_delete BEFORE DELETE ON payment "
    "BEGIN SELECT RAISE(ABORT, 'payments are append-only: record a reversal'); END",
)

for _statement in PAYMENT_TRIGGERS:
    event.listen(Payment.__table__, "after_create",
                 DDL(_statement).execute_if(dialect="sqlite"))  # type: ignore[no-untyped-call]
