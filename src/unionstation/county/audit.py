"""The county's audit trail: who did what at the county. Ids and counts only.

Hash-chained as the station's (store.models.local.audit_hash, services.audit.verify):
every entry holds the hash of the one before, so `verify` names the first entry edited or
deleted by hand. On PostgreSQL an advisory lock keeps appends one at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from unionstation.county.models import CountyAuditEntry
from unionstation.services.audit import AuditPage, AuditRow, Verification
from unionstation.store.models.local import GENESIS_HASH, audit_hash

_CHAIN_LOCK = 0x55530001  # "US", the county audit chain (SQLite writers begin IMMEDIATE)

__all__ = ["CountyAuditFilter", "list_county_audit", "record", "verify_county_audit"]


def record(session: Session, officer: str, action: str, entity: str = "",
           entity_id: str = "", detail: str = "") -> None:
    """Append one entry in the caller's transaction, chained onto the last one."""
    if session.get_bind().dialect.name == "postgresql":
        # Two writers must not chain onto the same entry: one at a time, to commit.
        session.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": _CHAIN_LOCK})
    last = session.execute(select(CountyAuditEntry.id, CountyAuditEntry.hash).order_by(
        CountyAuditEntry.id.desc()).limit(1)).first()
    seq, previous = (1, GENESIS_HASH) if last is None else (int(last[0]) + 1, str(last[1]))
    at = datetime.now(UTC).replace(tzinfo=None)
    officer, action, entity, entity_id = officer[:64], action[:64], entity[:64], entity_id[:64]
    link = audit_hash(seq, at, officer, action, entity, entity_id, detail, previous)
    session.add(CountyAuditEntry(id=seq, at=at.replace(tzinfo=UTC), officer=officer,
                                 action=action, entity=entity, entity_id=entity_id,
                                 detail=detail, prev_hash=previous, hash=link))
    session.flush()


def verify_county_audit(session: Session) -> Verification:
    previous, expected, count = GENESIS_HASH, 1, 0
    rows = session.execute(select(
        CountyAuditEntry.id, CountyAuditEntry.at, CountyAuditEntry.officer,
        CountyAuditEntry.action, CountyAuditEntry.entity, CountyAuditEntry.entity_id,
        CountyAuditEntry.detail, CountyAuditEntry.prev_hash, CountyAuditEntry.hash,
    ).order_by(CountyAuditEntry.id)).yield_per(2000)
    for seq, at, officer, action, entity, entity_id, detail, prev_hash, link in rows:
        count += 1
        wanted = audit_hash(seq, at, officer, action, entity, entity_id, detail, previous)
        if seq != expected or prev_hash != previous or link != wanted:
            return Verification(False, count, min(seq, expected))
        previous, expected = link, expected + 1
    return Verification(True, count)


@dataclass(frozen=True)
class CountyAuditFilter:
    officer: str | None = None
    action: str | None = None
    limit: int = 100


def list_county_audit(session: Session, wanted: CountyAuditFilter) -> AuditPage:
    """Newest first; `action` a whole action or a prefix ending in a dot."""
    filters = []
    if wanted.officer:
        filters.append(CountyAuditEntry.officer == wanted.officer)
    if wanted.action:
        filters.append(CountyAuditEntry.action.startswith(wanted.action)
                       if wanted.action.endswith(".")
                       else CountyAuditEntry.action == wanted.action)
    total = session.scalar(
        select(func.count()).select_from(CountyAuditEntry).where(*filters)) or 0
    rows = session.scalars(select(CountyAuditEntry).where(*filters).order_by(
        CountyAuditEntry.id.desc()).limit(max(wanted.limit, 0)))
    return AuditPage(int(total), [
        AuditRow(row.id, row.at, row.officer, row.action,
                 f"{row.entity}:{row.entity_id}" if row.entity_id else row.entity, row.detail)
        for row in rows])
