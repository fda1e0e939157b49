"""Tables that stay on the station: officers, audit log, settings, and the change log."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, synonym

from unionstation.store.base import Base, Synced, UTCDateTime, new_id, utcnow


class Officer(Base):
    """A person who uses the program; their login signs every change.

    Never deleted, only disabled (`active` false): the audit trail names them. The
    column `name` is the login (it was the only name before officers logged in).
    """

    __tablename__ = "officer"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    login = synonym("name")
    display_name: Mapped[str] = mapped_column(String(64), default="")
    role: Mapped[str] = mapped_column(String(16), default="officer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


GENESIS_HASH = "0" * 64


def audit_hash(seq: int, at: datetime, officer: str, action: str, entity: str,
               entity_id: str, detail: str, prev_hash: str) -> str:
    """The chain link: SHA-256 over the entry's fields and the hash of the one before.

    `at` is taken as stored (naive UTC, microseconds), so a row read back hashes the same.
    """
    stamp = at.replace(tzinfo=None).isoformat(timespec="microseconds")
    text = json.dumps([seq, stamp, officer, action, entity, entity_id, detail, prev_hash],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class AuditEntry(Base):
    """Who did what, when: never personal data in `detail`, only ids and counts.

    Append-only and hash-chained: `id` is the sequence number (consecutive from 1),
    `prev_hash` the `hash` of the entry before, so an edited or deleted row breaks the
    chain at that entry (services.audit.verify).
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    seq = synonym("id")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    officer: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)
    hash: Mapped[str] = mapped_column(String(64), default="")


class MemberPurge(Synced, Base):
    """The tombstone of a member purged at the end of retention (PIPL): ids and dates
    only. It syncs like any row, so the county purges the member too."""

    __tablename__ = "member_purge"

    member_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    purged_on: Mapped[date] = mapped_column(Date)
    left_before: Mapped[date] = mapped_column(Date)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class ChangeRecord(Base):
    """One committed change to a synced row: the outbox of DESIGN.md section 3.

    Written only by the session hook in store.changelog, in the transaction of the
    change itself; `change_seq` is consecutive for the station.
    """

    __tablename__ = "change_log"

    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    change_seq: Mapped[int] = mapped_column(Integer, unique=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    version: Mapped[int] = mapped_column(Integer)
    base_version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(8))
    officer: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # "pending" until the county acknowledges it ("acknowledged") or answers it with an
    # issue ("error"). A batch is not marked on its rows: the sync_batch row holds its
    # range (sync.outbox.waiting_counts). Databases before 0011 may hold "exported" rows,
    # which count as pending and sent, as they did.
    state: Mapped[str] = mapped_column(String(16), default="pending")
    batch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)  # before 0011

    # The outbox's range and the sync page's counts from the index alone (migration 0011).
    __table_args__ = (Index("ix_change_log_state_seq", "state", "change_seq"),)
