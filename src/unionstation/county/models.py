"""The county's store: stations and their keys, batches received, every change applied,
the current state of every record, and the projections consolidation reads.

Its own metadata and migrations (county/migrations), the same on SQLite and PostgreSQL.
Records are kept per station and never merged: a person enrolled at two stations is two
records here and one case for the county to resolve.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    DDL,
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Uuid,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from unionstation.county.name_grams import CREATE_FUNCTION, CREATE_INDEX
from unionstation.domain.collation import name_collation_key
from unionstation.domain.pinyin import name_search_keys
from unionstation.store.base import NAMING_CONVENTION, UTCDateTime, utcnow

# A pinyin sort key compared byte by byte: SQLite's default BINARY, PostgreSQL's "C"
# (its default collation would skip the key's separators and mix the order).
COLLATION_KEY = Text().with_variant(Text(collation="C"), "postgresql")


def _name_key_of_row(context: Any) -> str:
    """The key of the row's own name, for an insert that gives none."""
    return name_collation_key(str(context.get_current_parameters().get("name") or ""))


def _pinyin_of_row(context: Any) -> str:
    return name_search_keys(str(context.get_current_parameters().get("name") or "")).full


def _initials_of_row(context: Any) -> str:
    return name_search_keys(str(context.get_current_parameters().get("name") or "")).initials


class CountyBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CountyInfo(CountyBase):
    """The county federation itself (one row)."""

    __tablename__ = "county_info"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CountyStation(CountyBase):
    """A station the county issued an enrolment file to."""

    __tablename__ = "county_station"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    applied_through: Mapped[int] = mapped_column(Integer, default=0)
    last_batch_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class CountyStationKey(CountyBase):
    """A station's Ed25519 public key, pinned when registered; revoked when a laptop is lost."""

    __tablename__ = "county_station_key"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    station_code: Mapped[str] = mapped_column(ForeignKey("county_station.code"), index=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(40))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class CountyBatch(CountyBase):
    """A batch file received: applied, or parked until the changes before it arrive.

    `ack` holds the exact signed bytes sent back, so a replay gets the same bytes; `data`
    holds a parked batch's file until it is applied (then it is cleared).
    """

    __tablename__ = "county_batch"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    batch_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    station_code: Mapped[str] = mapped_column(ForeignKey("county_station.code"), index=True)
    from_seq: Mapped[int] = mapped_column(Integer)
    to_seq: Mapped[int] = mapped_column(Integer)
    changes: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # applied | parked
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    source: Mapped[str] = mapped_column(String(300), default="")
    ack: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    data: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class CountyChange(CountyBase):
    """One change as received, kept for audit and to tell a replay from a forgery."""

    __tablename__ = "county_change"

    station_code: Mapped[str] = mapped_column(
        ForeignKey("county_station.code"), primary_key=True)
    change_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)  # not indexed (county_0008)
    version: Mapped[int] = mapped_column(Integer)
    base_version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(8))
    content_sha256: Mapped[str] = mapped_column(String(64))
    batch_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # OK | CONFLICT | REJECTED
    code: Mapped[str] = mapped_column(String(32), default="")
    reason: Mapped[str] = mapped_column(String(300), default="")
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CountyRecord(CountyBase):
    """The current state of one station's record of any synced entity."""

    __tablename__ = "county_record"

    station_code: Mapped[str] = mapped_column(
        ForeignKey("county_station.code"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    change_seq: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CountyConflict(CountyBase):
    """A change whose base version was stale: both versions kept for the county to resolve."""

    __tablename__ = "county_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    station_code: Mapped[str] = mapped_column(ForeignKey("county_station.code"), index=True)
    change_seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    current_version: Mapped[int] = mapped_column(Integer)
    base_version: Mapped[int] = mapped_column(Integer)
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class CountyAlert(CountyBase):
    """Something the county must look at: a forged or conflicting duplicate, a refused batch."""

    __tablename__ = "county_alert"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    station_code: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")


class CountyMember(CountyBase):
    """Projection of the `member` records for consolidation (kept by intake)."""

    __tablename__ = "county_member"
    __table_args__ = (
        Index("ix_county_member_id_number_status", "id_number", "status"),
        # the members list's ORDER BY, read in index order (county_0007)
        Index("ix_county_member_station_name_member", "station_code", "name_key",
              "member_id"),
        Index("ix_county_member_name_initials", "name_initials"),
        Index("ix_county_member_name_pinyin", "name_pinyin"),
    )

    station_code: Mapped[str] = mapped_column(
        ForeignKey("county_station.code"), primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    union_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    # matched by a part (LIKE '%…%'): no b-tree (county_0008); a trigram index on PostgreSQL
    name: Mapped[str] = mapped_column(String(100))
    # domain.collation.name_collation_key(name): the members list's pinyin order.
    name_key: Mapped[str] = mapped_column(COLLATION_KEY, default=_name_key_of_row)
    # domain.pinyin.name_search_keys(name): a search typed in letters matches a prefix of
    # either (county_0006), as the station's register does.
    name_pinyin: Mapped[str] = mapped_column(COLLATION_KEY, default=_pinyin_of_row)
    name_initials: Mapped[str] = mapped_column(COLLATION_KEY, default=_initials_of_row)
    id_number: Mapped[str] = mapped_column(String(18))
    gender: Mapped[str] = mapped_column(String(1), default="")
    status: Mapped[str] = mapped_column(String(32))
    joined_on: Mapped[date | None] = mapped_column(Date, default=None)
    migrant_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    priority_group: Mapped[str | None] = mapped_column(String(32), default=None)
    model_worker_level: Mapped[str | None] = mapped_column(String(32), default=None)
    employer: Mapped[str] = mapped_column(String(200), default="")
    transfer_in_from: Mapped[str] = mapped_column(String(200), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


# A part of a name shorter than a trigram, on PostgreSQL (county_name_grams; county_0007).
for _ddl in (CREATE_FUNCTION, CREATE_INDEX):
    event.listen(CountyMember.__table__, "after_create",
                 DDL(_ddl).execute_if(dialect="postgresql"))  # type: ignore[no-untyped-call]


class CountyUnion(CountyBase):
    """Projection of the `grassroots_union` records: names for the members list, credit
    codes to find one union code used at two stations."""

    __tablename__ = "county_union"

    station_code: Mapped[str] = mapped_column(
        ForeignKey("county_station.code"), primary_key=True)
    union_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    credit_code: Mapped[str] = mapped_column(String(18), default="", index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class CountyTransfer(CountyBase):
    """Projection of `member_transfer` records of kind out or in, to match across stations."""

    __tablename__ = "county_transfer"

    station_code: Mapped[str] = mapped_column(
        ForeignKey("county_station.code"), primary_key=True)
    transfer_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # out | in
    transfer_on: Mapped[date | None] = mapped_column(Date, default=None)
    from_name: Mapped[str] = mapped_column(String(200), default="")
    to_name: Mapped[str] = mapped_column(String(200), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class CountyOfficer(CountyBase):
    """A county officer: login, name, role (admin, officer, auditor), never deleted, only
    disabled (the audit trail names them). Their password wraps the county's key in
    `county.keys` (county_keyring.py); on PostgreSQL the accounts and roles live here."""

    __tablename__ = "county_officer"

    login: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CountyAuditEntry(CountyBase):
    """The county's audit trail, append-only and hash-chained as a station's
    (store.models.local.audit_hash): logins, refusals, station keys, intake, officers."""

    __tablename__ = "county_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    officer: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class CountyStatusChange(CountyBase):
    """Projection of `member_status_change` records: the steps the county's figures are
    counted from. Days and recording times are kept as the station wrote them (ISO text),
    which is how the counting compares them."""

    __tablename__ = "county_status_change"
    __table_args__ = (Index("ix_county_status_change_member", "station_code", "member_id"),)

    station_code: Mapped[str] = mapped_column(
        ForeignKey("county_station.code"), primary_key=True)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    from_status: Mapped[str | None] = mapped_column(String(32), default=None)
    to_status: Mapped[str] = mapped_column(String(32))
    changed_on: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[str] = mapped_column(String(40), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class CountyMove(CountyBase):
    """Projection of `member_transfer` records of kind internal: moves between one
    station's own unions (county_transfer holds those across stations)."""

    __tablename__ = "county_move"
    __table_args__ = (Index("ix_county_move_member", "station_code", "member_id"),)

    station_code: Mapped[str] = mapped_column(
        ForeignKey("county_station.code"), primary_key=True)
    transfer_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    from_union_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    to_union_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    transfer_on: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[str] = mapped_column(String(40), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
