"""The station and its grassroots unions."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from unionstation.domain.codes import UnionKind
from unionstation.store.base import Base, Synced
from unionstation.store.models.columns import code_enum


class Station(Synced, Base):
    """The township or street federation running this installation (one row)."""

    __tablename__ = "station"

    name: Mapped[str] = mapped_column(String(100))
    division_code: Mapped[str] = mapped_column(String(12), unique=True)
    county_name: Mapped[str] = mapped_column(String(100), default="")


class GrassrootsUnion(Synced, Base):
    """A union at one employer, or a sector/area federation, that members belong to."""

    __tablename__ = "grassroots_union"

    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("station.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[UnionKind] = mapped_column(code_enum(UnionKind), default=UnionKind.ENTERPRISE)
    credit_code: Mapped[str | None] = mapped_column(String(18), default=None)
    chair: Mapped[str] = mapped_column(String(50), default="")
    contact: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    founded_on: Mapped[date | None] = mapped_column(Date, default=None)
    address: Mapped[str] = mapped_column(String(300), default="")
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("grassroots_union.id"), default=None
    )
