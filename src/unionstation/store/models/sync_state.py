"""What the station knows of its batches and of the county's answers (never synced)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from unionstation.store.base import Base, UTCDateTime, utcnow


class SyncBatch(Base):
    """A batch file written by this station: to a folder (USB stick) or for upload."""

    __tablename__ = "sync_batch"

    batch_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    from_seq: Mapped[int] = mapped_column(Integer)
    to_seq: Mapped[int] = mapped_column(Integer)
    changes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    destination: Mapped[str] = mapped_column(String(500), default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    ack_status: Mapped[str] = mapped_column(String(16), default="")


class SyncIssue(Base):
    """A change the county answered with CONFLICT or REJECTED, shown on its record."""

    __tablename__ = "sync_issue"

    change_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    status: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(32), default="")
    reason: Mapped[str] = mapped_column(String(300), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
