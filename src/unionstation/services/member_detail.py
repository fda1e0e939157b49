"""Everything about one member, for the detail pane and `members show`."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import inspect

from unionstation.domain.idnumber import masked
from unionstation.domain.permissions import Action
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import NotFound
from unionstation.services.history import HistoryLine, HistoryService
from unionstation.store.models import GrassrootsUnion, Member

HIDDEN = {"name_pinyin", "name_initials", "station_id", "deleted_at"}


@dataclass(frozen=True)
class MemberDetail:
    id: UUID
    fields: dict[str, Any]
    union_name: str
    history: list[HistoryLine]

    def as_json(self) -> dict[str, Any]:
        return {key: _json(value) for key, value in
                {**self.fields, "union": self.union_name}.items()}


def _json(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


class MemberDetailService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def get(self, member_id: UUID, unmasked: bool = False) -> MemberDetail:
        """ID number masked unless `unmasked`, which is written to the audit log."""
        self._ctx.require(Action.MEMBER_REVEAL if unmasked else Action.MEMBER_READ,
                          str(member_id))
        with self._ctx.reading() as session:
            member = session.get(Member, member_id)
            if member is None or member.deleted_at is not None:
                raise NotFound("找不到该会员。")
            union = session.get(GrassrootsUnion, member.grassroots_union_id)
            values = {attr.key: getattr(member, attr.key)
                      for attr in inspect(Member).column_attrs if attr.key not in HIDDEN}
        if unmasked:
            with self._ctx.unit_of_work() as session:
                audit.record(session, self._ctx.officer, "member.show_unmasked", "member",
                             str(member_id))
        else:
            values["id_number"] = masked(values["id_number"])
        return MemberDetail(member_id, values, union.name if union else "",
                            HistoryService(self._ctx).of(member_id))
