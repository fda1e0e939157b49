"""The audit log: who did what. Ids and counts only, never personal data."""

from __future__ import annotations

from sqlalchemy.orm import Session

from unionstation.store.models import AuditEntry


def record(
    session: Session, officer: str, action: str, entity: str = "", entity_id: str = "",
    detail: str = "",
) -> None:
    session.add(
        AuditEntry(officer=officer, action=action, entity=entity, entity_id=entity_id,
                   detail=detail)
    )
