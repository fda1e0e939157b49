"""The audit trail: who did what. Ids and counts only, never personal data.

Append-only and hash-chained (store.models.local.audit_hash): every entry holds the hash
of the one before, so `verify` names the first entry edited or deleted by hand. Writes
begin IMMEDIATE (store.engine), so two writers never chain onto the same entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionstation.store.models import AuditEntry
from unionstation.store.models.local import GENESIS_HASH, audit_hash

if TYPE_CHECKING:
    from unionstation.services.context import ServiceContext

__all__ = ["AuditPage", "AuditRow", "AuditService", "Verification", "list_entries", "record",
           "verify"]


def record(
    session: Session, officer: str, action: str, entity: str = "", entity_id: str = "",
    detail: str = "",
) -> None:
    """Append one entry, chained onto the last one (flushed, in the caller's transaction)."""
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    seq, previous = (1, GENESIS_HASH) if last is None else (int(last[0]) + 1, str(last[1]))
    at = datetime.now(UTC).replace(tzinfo=None)
    officer, action = officer[:64], action[:64]
    entity, entity_id = entity[:64], entity_id[:64]
    link = audit_hash(seq, at, officer, action, entity, entity_id, detail, previous)
    session.add(AuditEntry(id=seq, at=at.replace(tzinfo=UTC), officer=officer, action=action,
                           entity=entity, entity_id=entity_id, detail=detail,
                           prev_hash=previous, hash=link))
    session.flush()


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    first_bad: int | None = None


def verify(session: Session) -> Verification:
    """Walk the chain from the first entry; the first whose link fails is named.

    A row edited by hand no longer hashes to its `hash`; a deleted row leaves a gap in
    the sequence (or a `prev_hash` that no longer matches), named at the entry after it.
    """
    previous = GENESIS_HASH
    expected = 1
    count = 0
    rows = session.execute(
        select(AuditEntry.id, AuditEntry.at, AuditEntry.officer, AuditEntry.action,
               AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail,
               AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.id)
    ).yield_per(2000)
    for seq, at, officer, action, entity, entity_id, detail, prev_hash, link in rows:
        count += 1
        wanted = audit_hash(seq, at, officer, action, entity, entity_id, detail, previous)
        if seq != expected or prev_hash != previous or link != wanted:
            return Verification(False, count, min(seq, expected))
        previous = link
        expected += 1
    return Verification(True, count)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    officer: str
    action: str
    target: str
    detail: str


@dataclass(frozen=True)
class AuditPage:
    total: int
    entries: list[AuditRow]


def list_entries(session: Session, *, officer: str | None = None, action: str | None = None,
                 since: date | None = None, until: date | None = None,
                 limit: int = 100) -> AuditPage:
    """Newest first. `action` matches a whole action or a prefix ending in a dot
    (`member.` for every member action); dates are local days, `until` inclusive."""
    filters = []
    if officer:
        filters.append(AuditEntry.officer == officer)
    if action:
        filters.append(AuditEntry.action.startswith(action) if action.endswith(".")
                       else AuditEntry.action == action)
    if since is not None:
        filters.append(AuditEntry.at >= _local_midnight(since))
    if until is not None:
        filters.append(AuditEntry.at < _local_midnight(until + timedelta(days=1)))
    total = session.scalar(select(func.count()).select_from(AuditEntry).where(*filters)) or 0
    rows = session.scalars(
        select(AuditEntry).where(*filters).order_by(AuditEntry.id.desc()).limit(max(limit, 0))
    )
    return AuditPage(int(total), [
        AuditRow(row.id, row.at, row.officer, row.action,
                 f"{row.entity}:{row.entity_id}" if row.entity_id else row.entity, row.detail)
        for row in rows
    ])


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone(UTC)


class AuditService:
    """The audit page and `unionstation audit`: admin and auditor only (AUDIT_READ)."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def entries(self, *, officer: str | None = None, action: str | None = None,
             since: date | None = None, until: date | None = None,
             limit: int = 100) -> AuditPage:
        from unionstation.domain.permissions import Action

        self._ctx.require(Action.AUDIT_READ)
        with self._ctx.reading() as session:
            return list_entries(session, officer=officer, action=action, since=since,
                                until=until, limit=limit)

    def verify(self) -> Verification:
        from unionstation.domain.permissions import Action

        self._ctx.require(Action.AUDIT_READ)
        with self._ctx.reading() as session:
            result = verify(session)
        with self._ctx.unit_of_work() as session:
            record(session, self._ctx.officer, "audit.verify", "audit", "",
                   f"ok={result.ok} entries={result.entries}")
        return result

    def actions(self) -> list[str]:
        """Every action named in the trail (the page's filter list)."""
        from unionstation.domain.permissions import Action

        self._ctx.require(Action.AUDIT_READ)
        with self._ctx.reading() as session:
            return sorted(session.scalars(select(AuditEntry.action).distinct()))
