"""Applying one batch's changes (staged by county.staging), inside intake's transaction.

Every change of a batch gets a status for the ack: DUP (applied before, same content),
OK, CONFLICT (its base version is not the county's current version: both versions are
kept) or REJECTED (the county cannot take it: unknown entity, a record id that does not
match, an impossible ID number). A change sent again that the county answered CONFLICT or
REJECTED the first time gets that same answer again (status, code and reason as stored),
so a station that resends everything keeps the record of it. A change sent before with
different content refuses the whole batch. Rows go to the tables in bulk (county.bulk),
since the first batch of a 50,000-member station holds about 150,000 changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import methodcaller
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    Table,
    and_,
    bindparam,
    func,
    select,
    type_coerce,
    update,
)

from unionstation.county.bulk import insert_many, insert_values
from unionstation.county.models import (
    CountyChange,
    CountyConflict,
    CountyMember,
    CountyRecord,
    CountyStation,
)
from unionstation.county.projections import CHUNK, PROJECTORS, RecordState, project
from unionstation.county.purge import PURGE_ENTITY, purge_members
from unionstation.county.staging import Staged
from unionstation.store.base import table_of
from unionstation.sync.ack import AckIssue

_REPEATED = frozenset({"CONFLICT", "REJECTED"})  # answers a change sent again gets again
PROJECTED = frozenset({*PROJECTORS, PURGE_ENTITY})  # entities _write_records hands on


class ConflictingDuplicate(Exception):
    """A change_seq the county applied before arrived with different content."""

    def __init__(self, seq: int) -> None:
        super().__init__(f"change_seq {seq}")
        self.seq = seq


@dataclass(frozen=True)
class Applied:
    runs: tuple[tuple[int, int, str], ...]  # (first, last, OK|DUP|CONFLICT|REJECTED)
    issues: list[AckIssue]
    applied_through: int
    active_members: int
    new_changes: int  # changes the county had not received before

    @property
    def all_duplicate(self) -> bool:
        """Nothing new: every change was received before (whatever the answer was then)."""
        return self.new_changes == 0


@dataclass(slots=True)
class _Current:
    version: int
    deleted: bool
    existed: bool
    change: Staged | None = None  # the last change of this batch applied to it


@dataclass(frozen=True)
class _Stored:
    """Values of this batch as insert_many takes them.

    On SQLite insert_many hands rows straight to the driver, converting every value by its
    column type; for the 150,000 rows of a first batch the batch's values are put in
    SQLAlchemy's stored form once instead: UUID text as 32 hex digits and the one
    timestamp as naive UTC text. PostgreSQL takes UUID objects and the datetime.
    """

    now: Any
    uuid: Callable[[str], Any]  # a UUID given as checked text (lower-case, with dashes)

    @classmethod
    def on(cls, connection: Connection, now: datetime) -> _Stored:
        if connection.dialect.name != "sqlite":
            return cls(now, uuid.UUID)
        naive = now.astimezone(UTC).replace(tzinfo=None)
        return cls(naive.isoformat(sep=" ", timespec="microseconds"),
                   methodcaller("replace", "-", ""))


def _check_duplicates(connection: Connection, station_code: str,
                      old: Sequence[Staged]) -> list[tuple[str, str, str]]:
    """The county's first answer (status, code, reason) to each change sent again: DUP,
    or the CONFLICT or REJECTED it got then. Different content refuses the batch."""
    if not old:
        return []
    changes = table_of(CountyChange)
    stored = {row.change_seq: row for row in connection.execute(
        select(changes.c.change_seq, changes.c.content_sha256, changes.c.status,
               changes.c.code, changes.c.reason).where(
            changes.c.station_code == station_code,
            changes.c.change_seq.between(old[0].seq, old[-1].seq)))}
    answers: list[tuple[str, str, str]] = []
    for change in old:
        row = stored.get(change.seq)
        if row is None or row.content_sha256 != change.content_sha256:
            raise ConflictingDuplicate(change.seq)
        if row.status in _REPEATED:
            answers.append((row.status, row.code or "", row.reason or ""))
        else:
            answers.append(("DUP", "", ""))
    return answers


Key = tuple[str, str]  # (entity, entity_id as text)
_CHANGE_KEYS = ("station_code", "change_seq", "change_id", "entity", "entity_id", "version",
                "base_version", "op", "content_sha256", "batch_sha256", "status", "code",
                "reason", "applied_at")
_RECORD_KEYS = ("station_code", "entity", "entity_id", "version", "deleted", "data",
                "change_seq", "updated_at")


class _Written:
    """The records a station holds at the county or a batch has touched so far, as bits
    of a fixed map (2 MiB, whatever the count): a record whose bit is not set is not at
    the county, so only the few changes whose bit is set (the batch's own records touched
    again, and a bit set by another: some 5% at 900,000 records) are looked up. Filled
    for a station's first batch (empty) and for a batch large beside what the county
    holds of the station (_KEY_SCAN); any other batch looks every record up."""

    BITS = 1 << 24

    def __init__(self) -> None:
        self.bits = bytearray(self.BITS >> 3)

    def mark(self, keys: Iterable[Key]) -> None:
        bits, mask = self.bits, self.BITS - 1
        for key in keys:
            bit = hash(key) & mask
            bits[bit >> 3] |= 1 << (bit & 7)

    def holding(self, changes: Sequence[Staged]) -> list[Staged]:
        """The changes whose record may be at the county or written by the batch already;
        each change's record is marked as it goes (the chunk writes it, unless the change
        is rejected, and a record marked but not written is only looked up for nothing)."""
        bits, mask, found = self.bits, self.BITS - 1, []
        for change in changes:
            bit = hash((change.entity, change.entity_id)) & mask
            byte, flag = bit >> 3, 1 << (bit & 7)
            if bits[byte] & flag:
                found.append(change)
            else:
                bits[byte] |= flag
        return found


# A batch of at least 1/_KEY_SCAN as many changes as the station has sent before scans the
# station's record keys into the map (about a microsecond a record, from the primary key's
# index alone) rather than looking each of its records up (eight, at random places of
# the table): a whole history re-sent, a station's second batch of 300,000.
_KEY_SCAN = 4
_SCAN_ROWS = 20_000


def _dashed(hex32: str) -> str:
    """A UUID stored on SQLite (32 hex digits) as the change lines write it."""
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"


def _first_batch(connection: Connection, station_code: str) -> bool:
    """Whether the county holds no record of the station yet."""
    records = table_of(CountyRecord)
    return connection.execute(
        select(records.c.entity_id).where(records.c.station_code == station_code).limit(1)
    ).first() is None


def _written_map(connection: Connection, station_code: str, applied_through: int,
                 changes: int) -> _Written | None:
    """The map of what the county holds of the station, where it pays (see _Written)."""
    records = table_of(CountyRecord)
    if _first_batch(connection, station_code):
        return _Written()
    if changes * _KEY_SCAN < applied_through:
        return None
    written = _Written()
    sqlite = connection.dialect.name == "sqlite"
    column = type_coerce(records.c.entity_id, String) if sqlite else records.c.entity_id
    result = connection.execute(
        select(records.c.entity, column).where(records.c.station_code == station_code)
        .execution_options(yield_per=_SCAN_ROWS))
    for rows in result.partitions():
        written.mark((entity, _dashed(entity_id) if sqlite else str(entity_id))
                     for entity, entity_id in rows)
    return written


def _load_current(connection: Connection, station_code: str, new: Sequence[Staged],
                  stored: _Stored, written: _Written | None) -> dict[Key, _Current]:
    """The county's version of each record the batch touches, read in chunks; in a
    station's first batch (`written`), only of those the batch may have written before."""
    records = table_of(CountyRecord)
    current: dict[Key, _Current] = {}
    by_entity: dict[str, dict[Any, str]] = {}
    for change in new if written is None else written.holding(new):
        if change.rejected is None:  # each id in its stored form, to the key's text
            by_entity.setdefault(change.entity, {})[stored.uuid(change.entity_id)] = (
                change.entity_id)
    # On SQLite the ids go in and come out as the 32 hex digits stored, not as UUIDs.
    column = (type_coerce(records.c.entity_id, String)
              if connection.dialect.name == "sqlite" else records.c.entity_id)
    for entity, texts in by_entity.items():
        ids = list(texts)
        for start in range(0, len(ids), CHUNK):
            rows = connection.execute(
                select(column, records.c.version, records.c.deleted).where(
                    records.c.station_code == station_code, records.c.entity == entity,
                    column.in_(ids[start:start + CHUNK])))
            for entity_id, version, deleted in rows:
                current[(entity, texts[entity_id])] = _Current(version, bool(deleted), True)
    return current


def _conflict_reason(current: int, base: int) -> str:
    return (f"县里的记录已是第 {current} 版,这次修改基于第 {base} 版:"
            "两个版本都已保留,请与县总工会核对")


class BatchApplier:
    """Applies one batch chunk by chunk (`feed`, then `finish`), inside the caller's
    transaction, which commits or rolls back all: memory holds one chunk, whatever the
    batch's size. Each chunk reads the county's current versions of what it touches, so a
    record changed in an earlier chunk of the same batch is seen as it was left."""

    def __init__(self, connection: Connection, station_code: str, batch_sha256: str,
                 applied_through: int, now: datetime, changes: int = 0) -> None:
        self.connection = connection
        self.station_code = station_code
        self.batch_sha256 = batch_sha256
        self.applied_through = self.through = applied_through
        self.now = now
        self.stored = _Stored.on(connection, now)
        self.runs: list[tuple[int, int, str]] = []
        self.issues: list[AckIssue] = []
        self.new_changes = 0
        self.written = _written_map(connection, station_code, applied_through, changes)

    def _status(self, change: Staged, status: str, code: str = "", reason: str = "") -> None:
        runs = self.runs
        if runs and runs[-1][2] == status and runs[-1][1] == change.seq - 1:
            runs[-1] = (runs[-1][0], change.seq, status)
        else:
            runs.append((change.seq, change.seq, status))
        if status not in ("OK", "DUP"):
            self.issues.append(AckIssue(change_seq=change.seq, entity=change.entity,
                                        entity_id=change.entity_id, status=status,
                                        code=code, reason=reason))

    def feed(self, staged: Sequence[Staged]) -> None:
        """Apply one chunk of consecutive changes (staged and validated)."""
        if not staged:
            return
        connection, station_code, stored = self.connection, self.station_code, self.stored
        if staged[0].seq > self.applied_through:  # as in every batch not sent again
            old, new = [], staged
        else:
            old = [change for change in staged if change.seq <= self.applied_through]
            new = [change for change in staged if change.seq > self.applied_through]
        for change, (status, code, reason) in zip(
                old, _check_duplicates(connection, station_code, old), strict=True):
            self._status(change, status, code, reason)
        current = _load_current(connection, station_code, new, stored, self.written)
        change_rows: list[tuple[Any, ...]] = []
        conflict_rows: list[dict[str, Any]] = []
        for change in new:
            status, code, reason = "OK", "", ""
            key = (change.entity, change.entity_id)
            state = current.get(key)
            if change.rejected is not None:
                status, (code, reason) = "REJECTED", change.rejected
            elif state is not None and state.version != change.base_version:
                status, code = "CONFLICT", "stale_base_version"
                reason = _conflict_reason(state.version, change.base_version)
                conflict_rows.append({
                    "station_code": station_code, "change_seq": change.seq,
                    "entity": change.entity, "entity_id": stored.uuid(change.entity_id),
                    "current_version": state.version, "base_version": change.base_version,
                    "incoming": change.line, "received_at": stored.now, "resolved_at": None})
            else:
                if state is None:
                    state = current[key] = _Current(0, False, False)
                state.version, state.deleted = change.version, change.op == "delete"
                state.change = change
            self._status(change, status, code, reason)
            change_rows.append((
                station_code, change.seq, stored.uuid(change.change_id), change.entity,
                stored.uuid(change.entity_id), change.version, change.base_version,
                change.op, change.content_sha256, self.batch_sha256, status, code[:32],
                reason[:300], stored.now))
        insert_values(connection, table_of(CountyChange), _CHANGE_KEYS, change_rows)
        insert_many(connection, table_of(CountyConflict), conflict_rows)
        _write_records(connection, station_code, current, self.now, stored)
        self.new_changes += len(new)
        self.through = max(self.through, staged[-1].seq)

    def finish(self) -> Applied:
        stations = table_of(CountyStation)
        self.connection.execute(
            update(stations).where(stations.c.code == self.station_code)
            .values(applied_through=self.through, last_batch_at=self.now))
        return Applied(tuple(self.runs), self.issues, self.through,
                       active_members(self.connection, self.station_code),
                       new_changes=self.new_changes)


def _write_records(connection: Connection, station_code: str, current: dict[Key, _Current],
                   now: datetime, stored: _Stored) -> None:
    """Each touched record once, in its newest state; then the projections."""
    records = table_of(CountyRecord)
    inserts: list[tuple[Any, ...]] = []
    updates: list[dict[str, Any]] = []
    touched: dict[str, list[RecordState]] = {}
    for (entity, entity_id), state in current.items():
        change = state.change
        if change is None:
            continue
        key = stored.uuid(entity_id)
        if state.existed:
            updates.append({
                "version": state.version, "deleted": state.deleted, "data": change.data,
                "change_seq": change.seq, "updated_at": now,
                "b_entity": entity, "b_entity_id": uuid.UUID(entity_id)})
        else:
            inserts.append((station_code, entity, key, state.version, state.deleted,
                            change.data_json, change.seq, stored.now))
        if entity in PROJECTED:  # the state only of what a projection or purge reads
            touched.setdefault(entity, []).append(
                RecordState(entity_id, key, change.data, state.deleted, state.existed))
    insert_values(connection, records, _RECORD_KEYS, inserts)
    if updates:
        connection.execute(
            update(records).where(and_(
                records.c.station_code == station_code,
                records.c.entity == bindparam("b_entity"),
                records.c.entity_id == bindparam("b_entity_id"))),
            updates)
    for entity, states in touched.items():
        project(connection, station_code, entity, states)
        if entity == PURGE_ENTITY:
            purge_members(connection, station_code, states)


def active_members(connection: Connection, station_code: str) -> int:
    """Active, not deleted members of a station at the county (the ack's sanity count)."""
    members = table_of(CountyMember)
    return int(connection.execute(
        select(func.count()).select_from(members).where(
            members.c.station_code == station_code, *_active(members))).scalar_one())


def active_members_by_station(connection: Connection) -> dict[str, int]:
    """active_members of every station that has any, by station code."""
    members = table_of(CountyMember)
    rows = connection.execute(select(members.c.station_code, func.count()).where(
        *_active(members)).group_by(members.c.station_code))
    return {code: int(count) for code, count in rows}


def _active(members: Table) -> tuple[ColumnElement[bool], ...]:
    return members.c.status == "active", members.c.deleted.is_(False)
