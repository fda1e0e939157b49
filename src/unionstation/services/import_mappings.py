"""Column mappings an officer saved by name, offered again for a sheet with the same headers.

Kept in the local `setting` table (not synced: a mapping is this laptop's convenience).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from unionstation.domain.text import normalize_text
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField
from unionstation.services.setting_values import write_setting
from unionstation.store.models import Setting

PREFIX = "import.mapping."


@dataclass(frozen=True)
class SavedMapping:
    name: str
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]  # per column, as the headers run


def _signature(headers: Sequence[str]) -> tuple[str, ...]:
    return tuple(normalize_text(h) for h in headers)


class ImportMappingService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def save(self, name: str, headers: Sequence[str], fields: Sequence[str | None]) -> None:
        clean = normalize_text(name)
        if not clean:
            raise InvalidField("列对应方案", "名称", "不能为空。")
        value = {"name": clean, "headers": list(_signature(headers)), "fields": list(fields)}
        write_setting(self._ctx, PREFIX + clean, value)

    def all(self) -> list[SavedMapping]:
        with self._ctx.reading() as session:
            settings = session.scalars(select(Setting).where(Setting.key.startswith(PREFIX))
                                       .order_by(Setting.key))
            return [SavedMapping(str(s.value["name"]), tuple(s.value["headers"]),
                                 tuple(s.value["fields"])) for s in settings]

    def matching(self, headers: Sequence[str]) -> list[SavedMapping]:
        """Saved mappings made for exactly these headers."""
        wanted = _signature(headers)
        return [m for m in self.all() if m.headers == wanted]
