"""A member's history: every enrollment, edit, status change, transfer and print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionstation.services.context import ServiceContext
from unionstation.store.base import utcnow
from unionstation.store.models import MemberEvent

ENROLLED = "enrolled"
EDITED = "edited"
STATUS = "status"
TRANSFER = "transfer"
PRINTED = "printed"
DELETED = "deleted"


@dataclass(frozen=True)
class HistoryLine:
    happened_at: datetime
    kind: str
    summary: str
    officer: str


def note(session: Session, member_id: UUID, kind: str, summary: str, officer: str,
         detail: dict[str, Any] | None = None) -> None:
    """Add one line to the member's history inside the caller's transaction."""
    session.add(MemberEvent(member_id=member_id, happened_at=utcnow(), kind=kind,
                            summary=summary, officer=officer, detail=detail or {}))


class HistoryService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def of(self, member_id: UUID) -> list[HistoryLine]:
        """Newest first."""
        with self._ctx.reading() as session:
            events = session.scalars(
                select(MemberEvent)
                .where(MemberEvent.member_id == member_id, MemberEvent.deleted_at.is_(None))
                .order_by(MemberEvent.happened_at.desc(), MemberEvent.created_at.desc())
            )
            return [HistoryLine(e.happened_at, e.kind, e.summary, e.officer) for e in events]

    def record_print(self, member_ids: list[UUID], what: str) -> None:
        with self._ctx.unit_of_work() as session:
            for member_id in member_ids:
                note(session, member_id, PRINTED, f"打印{what}", self._ctx.officer,
                     {"document": what})
