"""Values kept in the `setting` table by key (print settings, sync settings, ...)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.store.models import Setting


def read_setting(context: ServiceContext, key: str) -> Any:
    """The stored value, or None."""
    with context.reading() as session:
        row = session.get(Setting, key)
        return None if row is None else row.value


def read_settings(context: ServiceContext, keys: Sequence[str]) -> dict[str, Any]:
    """The stored values of `keys` (those present), in one query."""
    with context.reading() as session:
        rows = session.scalars(select(Setting).where(Setting.key.in_(list(keys))))
        return {row.key: row.value for row in rows}


def write_setting(context: ServiceContext, key: str, value: Any) -> None:
    """Store `value` under `key`; None removes the key. Audited (the key, not the value)."""
    with context.unit_of_work() as session:
        audit.record(session, context.officer, "settings.change", "setting", key)
        row = session.get(Setting, key)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
