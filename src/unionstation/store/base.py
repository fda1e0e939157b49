"""Declarative base, column types and the columns every synced row carries."""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Table, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


# RFC 9562 version 7: 48 bits of Unix time in milliseconds, the version, 74 random bits
# (the variant's two bits between them).
_RANDOM_BITS = 74
_VERSION_7 = (0x7 << 76) | (0b10 << 62)


def _v7(millis: int, random_74: int) -> uuid.UUID:
    high, low = random_74 >> 62, random_74 & ((1 << 62) - 1)  # 12 bits, 62 bits
    return uuid.UUID(int=(millis << 80) | _VERSION_7 | (high << 64) | low)


def new_id() -> uuid.UUID:
    """A new record's id: a time-ordered UUID (version 7).

    Ids made later sort later, so a table's or an index's rows keyed by id are added at
    its end instead of at random places: at the county, a station's 300,000-change batch
    writes its records, members and status steps into b-trees far larger than the page
    cache, and random (version 4) ids cost one page read and one spilled page write per
    row and index there. The 74 random bits keep ids made in the same millisecond apart
    (on two laptops as on one), as unguessable as version 4's 122."""
    return _v7(time.time_ns() // 1_000_000,
               int.from_bytes(os.urandom(10), "big") >> (80 - _RANDOM_BITS))


def new_ids(count: int) -> list[uuid.UUID]:
    """`count` new ids (as new_id) from one read of the OS's random source, in ascending
    order: a big import's rows are added in id order too."""
    millis = time.time_ns() // 1_000_000
    raw, shift = os.urandom(10 * count), 80 - _RANDOM_BITS
    randoms = sorted(int.from_bytes(raw[i:i + 10], "big") >> shift
                     for i in range(0, 10 * count, 10))
    return [_v7(millis, value) for value in randoms]


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC, so SQLite and PostgreSQL agree."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


def table_of(model: type[Any]) -> Table:
    """A mapped class's Table (typed; every model here maps to one table)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


Base.metadata.naming_convention = NAMING_CONVENTION


class Synced:
    """Columns of every row that is sent up to the county.

    The change-log hook (store.changelog) fills `created_at`, `updated_at`, `updated_by`
    and `version`; services never set them. Rows are never deleted: `deleted_at` is a
    tombstone that travels to the county like any other change.
    """

    __synced__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
