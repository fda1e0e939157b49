"""Members (会员) as the 会员登记表 records them, and their status history."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from unionstation.domain.codes import (
    ConsentMethod,
    Education,
    Ethnicity,
    Gender,
    HouseholdKind,
    MemberStatus,
    ModelWorkerLevel,
    PoliticalStatus,
    PriorityGroup,
)
from unionstation.store.base import Base, Synced, UTCDateTime
from unionstation.store.models.columns import code_enum

ACTIVE_MEMBER = text("status = 'active' AND deleted_at IS NULL")
LIVE_MEMBER = text("deleted_at IS NULL")
MODEL_WORKER = text("model_worker_level IS NOT NULL")
# The register's covering indexes (migration 0008, services/member_query.py).
REGISTER_ORDER_INDEX = "ix_member_register_order"
REGISTER_INITIALS_INDEX = "ix_member_register_initials"
MODEL_WORKERS_INDEX = "ix_member_model_workers"


class Member(Synced, Base):
    __tablename__ = "member"
    __table_args__ = (
        # One active membership per person per station; lapsed and transferred-out
        # records of the same person may remain beside it.
        Index(
            "uq_member_active_id_number",
            "station_id",
            "id_number",
            unique=True,
            sqlite_where=ACTIVE_MEMBER,
            postgresql_where=ACTIVE_MEMBER,
        ),
        # What the reports read of every member, in the index alone (services/reports).
        Index("ix_member_report", "id", "deleted_at", "grassroots_union_id", "gender",
              "migrant_worker", "priority_group", "model_worker_level", "transfer_in_from"),
        # The name order and the pinyin initials, read without the member rows.
        Index(REGISTER_ORDER_INDEX, "name_pinyin", "id", "status", "name_initials",
              sqlite_where=LIVE_MEMBER, postgresql_where=LIVE_MEMBER),
        Index(REGISTER_INITIALS_INDEX, "name_initials", "name_pinyin", "id", "status",
              sqlite_where=LIVE_MEMBER, postgresql_where=LIVE_MEMBER),
        Index(MODEL_WORKERS_INDEX, "status",
              sqlite_where=MODEL_WORKER, postgresql_where=MODEL_WORKER),
    )

    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"), index=True)
    grassroots_union_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("grassroots_union.id"), index=True
    )

    name: Mapped[str] = mapped_column(String(100))
    name_pinyin: Mapped[str] = mapped_column(String(200), index=True, default="")
    name_initials: Mapped[str] = mapped_column(String(50), index=True, default="")
    gender: Mapped[Gender] = mapped_column(code_enum(Gender, 1))
    ethnicity: Mapped[Ethnicity | None] = mapped_column(code_enum(Ethnicity, 2), default=None)
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    birth_date: Mapped[date] = mapped_column(Date, index=True)
    native_place: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="", index=True)
    education: Mapped[Education | None] = mapped_column(code_enum(Education, 2), default=None)
    political_status: Mapped[PoliticalStatus | None] = mapped_column(
        code_enum(PoliticalStatus, 2), default=None
    )
    household_place: Mapped[str] = mapped_column(String(200), default="")
    household_kind: Mapped[HouseholdKind | None] = mapped_column(
        code_enum(HouseholdKind), default=None
    )
    migrant_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    priority_group: Mapped[PriorityGroup | None] = mapped_column(
        code_enum(PriorityGroup), default=None, index=True
    )
    employer: Mapped[str] = mapped_column(String(200), default="")
    job: Mapped[str] = mapped_column(String(100), default="")
    professional_title: Mapped[str] = mapped_column(String(100), default="")
    skill_level: Mapped[str] = mapped_column(String(50), default="")

    model_worker_level: Mapped[ModelWorkerLevel | None] = mapped_column(
        code_enum(ModelWorkerLevel), default=None
    )
    model_worker_title: Mapped[str] = mapped_column(String(100), default="")
    model_worker_year: Mapped[int | None] = mapped_column(Integer, default=None)
    model_worker_body: Mapped[str] = mapped_column(String(200), default="")

    joined_on: Mapped[date] = mapped_column(Date)
    card_no: Mapped[str | None] = mapped_column(String(32), unique=True, default=None)
    status: Mapped[MemberStatus] = mapped_column(
        code_enum(MemberStatus), default=MemberStatus.ACTIVE, index=True
    )
    photo_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    address: Mapped[str] = mapped_column(String(300), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")

    consent_on: Mapped[date | None] = mapped_column(Date, default=None)
    consent_method: Mapped[ConsentMethod | None] = mapped_column(
        code_enum(ConsentMethod), default=None
    )

    enrollment_drive_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("enrollment_drive.id"), default=None, index=True
    )
    transfer_in_from: Mapped[str] = mapped_column(String(200), default="")


class MemberStatusChange(Synced, Base):
    """One dated step in a member's life cycle, and who recorded it."""

    __tablename__ = "member_status_change"
    __table_args__ = (
        # A member's steps, and the reports' grouping of them, from the index alone.
        Index("ix_member_status_change_history", "member_id", "deleted_at", "changed_on",
              "to_status"),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"))
    from_status: Mapped[MemberStatus | None] = mapped_column(
        code_enum(MemberStatus), default=None
    )
    to_status: Mapped[MemberStatus] = mapped_column(code_enum(MemberStatus))
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")
    officer: Mapped[str] = mapped_column(String(64), default="")


class MemberEvent(Synced, Base):
    """One line of a member's history: enrolled, edited, status, transfer, printed.

    `summary` says what happened in the officers' words; `detail` holds field names and
    codes, never the personal values themselves.
    """

    __tablename__ = "member_event"

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(String(500), default="")
    officer: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class MemberTransfer(Synced, Base):
    """A move of a member's relation (会员关系接转): within, out of, or into the station."""

    __tablename__ = "member_transfer"

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # internal | out | in
    transfer_on: Mapped[date] = mapped_column(Date)
    from_union_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("grassroots_union.id"), default=None
    )
    to_union_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("grassroots_union.id"), default=None
    )
    from_name: Mapped[str] = mapped_column(String(200), default="")
    to_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
    officer: Mapped[str] = mapped_column(String(64), default="")


class EnrollmentDrive(Synced, Base):
    """A collective enrollment (集中入会): one date, one place, many workers."""

    __tablename__ = "enrollment_drive"

    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    grassroots_union_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grassroots_union.id"))
    note: Mapped[str] = mapped_column(String(500), default="")
