"""Workers' homes: venues, their checklists, assets and stocktakes, the reading room's books
and loans, and the counted services. Money is integer fen (never float, never Numeric on
SQLite, which would hand floats back)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionstation.domain.homes import (
    AssetCategory,
    AssetCondition,
    ModelLevel,
    ServiceKind,
    VenueKind,
)
from unionstation.store.base import Base, Synced, UTCDateTime
from unionstation.store.models.columns import code_enum


class Venue(Synced, Base):
    __tablename__ = "venue"

    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"), index=True)
    kind: Mapped[VenueKind] = mapped_column(code_enum(VenueKind), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    serial: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    host_union: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[ModelLevel | None] = mapped_column(code_enum(ModelLevel), default=None)
    stars: Mapped[int] = mapped_column(Integer, default=0)
    accredited_on: Mapped[date | None] = mapped_column(Date, default=None)
    opened_on: Mapped[date | None] = mapped_column(Date, default=None)
    address: Mapped[str] = mapped_column(String(300), default="")
    area_m2: Mapped[int | None] = mapped_column(Integer, default=None)
    opening_hours: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(100), default="")
    photo_hashes: Mapped[list[str]] = mapped_column(JSON, default=list)


class VenueCheck(Synced, Base):
    """One item of a venue's standard, self-scored: met or not, a note, evidence photos."""

    __tablename__ = "venue_check"
    __table_args__ = (Index("uq_venue_check_item", "venue_id", "standard", "item", unique=True),)

    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venue.id"), index=True)
    standard: Mapped[str] = mapped_column(String(32))
    item: Mapped[str] = mapped_column(String(32))
    met: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(300), default="")
    photo_hashes: Mapped[list[str]] = mapped_column(JSON, default=list)


class Asset(Synced, Base):
    __tablename__ = "asset"
    __table_args__ = (Index("uq_asset_station_tag", "station_id", "tag", unique=True),)

    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"), index=True)
    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venue.id"), index=True)
    tag: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[AssetCategory] = mapped_column(code_enum(AssetCategory), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str] = mapped_column(String(16), default="件")
    unit_value_fen: Mapped[int] = mapped_column(Integer, default=0)
    # {funding source code: percent}; one source at 100 when not mixed.
    funding: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    acquired_on: Mapped[date | None] = mapped_column(Date, default=None)
    condition: Mapped[AssetCondition] = mapped_column(
        code_enum(AssetCondition), default=AssetCondition.GOOD, index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    next_audit_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    disposed_on: Mapped[date | None] = mapped_column(Date, default=None)
    disposal_reason: Mapped[str] = mapped_column(String(300), default="")


class AssetEvent(Synced, Base):
    """One line of an asset's history: added, edited, counted, disposed."""

    __tablename__ = "asset_event"

    asset_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("asset.id"), index=True)
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(String(300), default="")
    officer: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Stocktake(Synced, Base):
    __tablename__ = "stocktake"

    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venue.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    counters: Mapped[str] = mapped_column(String(200), default="")


class StocktakeLine(Synced, Base):
    """A tag on the frozen list (expected > 0), or a surplus one counted but not on it."""

    __tablename__ = "stocktake_line"
    __table_args__ = (Index("uq_stocktake_line_tag", "stocktake_id", "tag", unique=True),)

    stocktake_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stocktake.id"), index=True)
    asset_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("asset.id"), default=None)
    tag: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200), default="")
    expected: Mapped[int] = mapped_column(Integer, default=0)
    counted: Mapped[int | None] = mapped_column(Integer, default=None)
    condition: Mapped[AssetCondition | None] = mapped_column(
        code_enum(AssetCondition), default=None)


class Book(Synced, Base):
    __tablename__ = "book"

    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venue.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    author: Mapped[str] = mapped_column(String(200), default="")
    isbn: Mapped[str] = mapped_column(String(13), default="", index=True)
    category: Mapped[str] = mapped_column(String(50), default="")
    copies: Mapped[int] = mapped_column(Integer, default=1)
    donor: Mapped[str] = mapped_column(String(200), default="")


class Loan(Synced, Base):
    __tablename__ = "loan"

    book_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("book.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    lent_on: Mapped[date] = mapped_column(Date, index=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class ServiceLog(Synced, Base):
    """How many times a service was given at a venue on a day (one row per venue, day,
    service; entering a day again replaces its count)."""

    __tablename__ = "service_log"
    __table_args__ = (
        Index("uq_service_log_day", "venue_id", "day", "service", unique=True),
    )

    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venue.id"))
    day: Mapped[date] = mapped_column(Date)
    service: Mapped[ServiceKind] = mapped_column(code_enum(ServiceKind))
    count: Mapped[int] = mapped_column(Integer, default=0)
