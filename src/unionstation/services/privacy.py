"""The privacy life cycle (PIPL): what is held on one member, and purging those who left.

An export gathers every field held on a member, their history, and who saw them (the
audit trail's reveals, prints and exports naming them). A purge removes members who left
before a date from the tables, the search indexes, the change log's copies, the WAL and
the free pages (secure_delete, then VACUUM), and leaves a tombstone (MemberPurge) that
syncs, so the county purges them too.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, bindparam, delete, func, inspect, select, text, update
from sqlalchemy.orm import Session

from unionstation.domain.codes import MemberStatus
from unionstation.domain.permissions import Action
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import NotFound
from unionstation.store.base import table_of
from unionstation.store.models import (
    AuditEntry,
    ChangeRecord,
    GrassrootsUnion,
    Member,
    MemberEvent,
    MemberPurge,
    MemberStatusChange,
    MemberTransfer,
)

RETENTION_KEY = "privacy.retention_years"
DEFAULT_RETENTION_YEARS = 5
LEFT = (MemberStatus.TRANSFERRED_OUT, MemberStatus.LAPSED, MemberStatus.DECEASED)
_HIDDEN = {"name_pinyin", "name_initials"}


@dataclass(frozen=True)
class Dossier:
    """Everything held on one member, for the member who asked."""

    member_id: UUID
    fields: list[tuple[str, str]]
    history: list[tuple[datetime, str, str, str]]  # when, kind, summary, officer
    seen_by: list[tuple[datetime, str, str, str]]  # when, officer, action, detail
    made_at: datetime
    made_by: str


@dataclass(frozen=True)
class PurgeResult:
    members: int
    purged: bool


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


class PrivacyService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def dossier(self, member_id: UUID) -> Dossier:
        """All held on the member (ID number whole: it is theirs); audited."""
        self._ctx.require(Action.PRIVACY_EXPORT, str(member_id))
        with self._ctx.reading() as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFound("找不到该会员。")
            fields = [(attr.key, _text(getattr(member, attr.key)))
                      for attr in inspect(Member).column_attrs if attr.key not in _HIDDEN]
            union = session.get(GrassrootsUnion, member.grassroots_union_id)
            fields.append(("grassroots_union", union.name if union else ""))
            history = [(e.happened_at, e.kind, e.summary, e.officer) for e in session.scalars(
                select(MemberEvent).where(MemberEvent.member_id == member_id)
                .order_by(MemberEvent.happened_at))]
            seen = [(a.at, a.officer, a.action, a.detail) for a in session.scalars(
                select(AuditEntry).where(AuditEntry.entity == "member",
                                         AuditEntry.entity_id == str(member_id))
                .order_by(AuditEntry.id))]
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "privacy.export", "member",
                         str(member_id))
        return Dossier(member_id, fields, history, seen, self._ctx.clock(), self._ctx.officer)

    def retention_cutoff(self) -> date:
        """Members who left before this day are past retention (the setting, in years,
        5 by default): the day a purge asks about when none is given."""
        from unionstation.services.setting_values import read_setting

        years = read_setting(self._ctx, RETENTION_KEY)
        if not isinstance(years, int) or years < 1:
            years = DEFAULT_RETENTION_YEARS
        today = self._ctx.today()
        try:
            return today.replace(year=today.year - years)
        except ValueError:  # 29 February
            return today.replace(year=today.year - years, day=28)

    def left_before(self, cutoff: date) -> list[UUID]:
        """Members whose last status change (to transferred out, lapsed or deceased)
        is before `cutoff`."""
        with self._ctx.reading() as session:
            return _leavers(session, cutoff)

    def purge(self, cutoff: date, *, dry_run: bool = False) -> PurgeResult:
        self._ctx.require(Action.PRIVACY_PURGE, cutoff.isoformat())
        if dry_run:
            ids = self.left_before(cutoff)
            with self._ctx.unit_of_work() as session:
                audit.record(session, self._ctx.officer, "privacy.purge_dry_run", "member", "",
                             f"members={len(ids)} left_before={cutoff.isoformat()}")
            return PurgeResult(len(ids), False)
        with self._ctx.unit_of_work() as session:
            connection = session.connection()
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
            ids = _leavers(session, cutoff)
            if ids:
                remove_members(session, connection, ids)
                for member_id in ids:
                    session.add(MemberPurge(member_id=member_id, purged_on=self._ctx.today(),
                                            left_before=cutoff))
            audit.record(session, self._ctx.officer, "privacy.purge", "member", "",
                         f"members={len(ids)} left_before={cutoff.isoformat()}")
        if ids:
            self._compact()
        return PurgeResult(len(ids), True)

    def _compact(self) -> None:
        """Rewrite the file without the freed pages, and empty the WAL."""
        with self._ctx.session_factory() as session:
            engine = session.get_bind().engine
        with engine.connect() as connection:
            raw: Any = connection.connection.driver_connection
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _leavers(session: Session, cutoff: date) -> list[UUID]:
    last_change = (select(MemberStatusChange.member_id,
                          func.max(MemberStatusChange.changed_on).label("left_on"))
                   .group_by(MemberStatusChange.member_id).subquery())
    return list(session.scalars(
        select(Member.id).join(last_change, last_change.c.member_id == Member.id)
        .where(Member.status.in_(LEFT), last_change.c.left_on < cutoff)
        .order_by(Member.id)))


def remove_members(session: Session, connection: Connection, ids: Sequence[UUID]) -> None:
    """Remove members and the records that name them, with their search index entries."""
    from unionstation.store import search_index

    related: list[UUID] = list(ids)
    for model in (MemberEvent, MemberStatusChange, MemberTransfer):
        related += session.scalars(select(model.id).where(model.member_id.in_(ids)))
    if connection.dialect.name == "sqlite":
        rowids = [row[0] for row in connection.execute(
            text("SELECT rowid FROM member WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)), {"ids": [i.hex for i in ids]})]
        search_index.remove_members(connection, rowids)
        for table in (search_index.CHARS_TABLE, search_index.TRIGRAM_TABLE):
            # Merge the segments so the deleted rows' terms leave the index's pages too.
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    for model in (MemberEvent, MemberStatusChange, MemberTransfer):
        connection.execute(delete(table_of(model)).where(table_of(model).c.member_id.in_(ids)))
    connection.execute(delete(table_of(Member)).where(table_of(Member).c.id.in_(ids)))
    # The change log keeps its sequence (sync counts on it) but not the personal data.
    changes = table_of(ChangeRecord)
    connection.execute(
        update(changes).where(changes.c.entity_id == bindparam("b_id")),
        [{"b_id": entity_id, "data": {"id": str(entity_id), "purged": True}}
         for entity_id in related])
