"""Values kept in the `setting` table by key (print settings, sync settings, ...)."""

from __future__ import annotations

from typing import Any

from unionstation.services.context import ServiceContext
from unionstation.store.models import Setting


def read_setting(context: ServiceContext, key: str) -> Any:
    """The stored value, or None."""
    with context.reading() as session:
        row = session.get(Setting, key)
        return None if row is None else row.value


def write_setting(context: ServiceContext, key: str, value: Any) -> None:
    """Store `value` under `key`; None removes the key."""
    with context.unit_of_work() as session:
        row = session.get(Setting, key)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
