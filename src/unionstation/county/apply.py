"""Staging, validating and applying one batch's changes, inside intake's transaction.

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

import hashlib
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import methodcaller
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, bindparam, func, select, update

from unionstation.county.bulk import insert_many
from unionstation.county.models import (
    CountyChange,
    CountyConflict,
    CountyMember,
    CountyRecord,
    CountyStation,
)
from unionstation.county.projections import CHUNK, RecordState, project
from unionstation.county.purge import PURGE_ENTITY, purge_members
from unionstation.domain.idnumber import InvalidIdNumber, parse_id_number
from unionstation.store.base import Base, table_of
from unionstation.store.bulk import JsonText
from unionstation.sync.ack import AckIssue
from unionstation.sync.canonical import encode_text
from unionstation.sync.errors import DamagedFile

MAX_INT = 2**31 - 1  # PostgreSQL's integer
_ENTITY_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
_REPEATED = frozenset({"CONFLICT", "REJECTED"})  # answers a change sent again gets again


def synced_entities() -> frozenset[str]:
    """Table names of every station model that declares itself synced (`__synced__`)."""
    import unionstation.store.models  # noqa: F401  (fills Base's registry)

    return frozenset(
        str(mapper.class_.__tablename__) for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__synced__", False)
    )


@dataclass(slots=True)
class Staged:
    """One change line, checked, with the hash that tells a replay from a forgery."""

    seq: int
    change_id: str  # UUID text, lower-case with dashes (decrypt_batch checked the form)
    entity: str
    entity_id: str  # the same
    version: int
    base_version: int
    op: str
    data: dict[str, Any]
    line: dict[str, Any]
    content_sha256: str  # of the line's canonical JSON
    data_json: str  # the canonical JSON of `data`, as county_record stores it
    rejected: tuple[str, str] | None = None  # (code, reason)


def _damaged(index: int, what: str) -> DamagedFile:
    return DamagedFile(f"批次文件第 {index + 1} 条变更格式不对({what}),整批不予接收。")


def data_text(line_text: str) -> str:
    """The `data` object's text within a change line's canonical JSON.

    The line has exactly the change-line keys (decrypt_batch checked), sorted: the four
    before "data" and the five after it hold plain strings and numbers, in which a quote
    is always escaped; so the first `,"data":` and the last `,"entity":` are the keys.
    """
    start = line_text.index(',"data":') + len(',"data":')
    return line_text[start:line_text.rindex(',"entity":')]


def stage(lines: Sequence[dict[str, Any]]) -> list[Staged]:
    """Every change line with its hash; a line the county's columns cannot hold refuses the
    batch as damaged. (decrypt_batch has checked each line's keys and their types.)"""
    staged: list[Staged] = []
    for index, line in enumerate(lines):
        entity, seq = line["entity"], line["change_seq"]
        version, base_version = line["version"], line["base_version"]
        if not _ENTITY_NAME.fullmatch(entity):
            raise _damaged(index, "数据类型名称不对")
        if not (seq <= MAX_INT and 1 <= version <= MAX_INT and 0 <= base_version <= MAX_INT):
            raise _damaged(index, "序号或版本号超出范围")
        try:
            text = encode_text(line)
        except ValueError:  # NaN or infinity in the data
            raise _damaged(index, "数据含有无法表示的数值") from None
        staged.append(Staged(
            seq=seq, change_id=line["change_id"], entity=entity,
            entity_id=line["entity_id"], version=version,
            base_version=base_version, op=line["op"], data=line["data"], line=line,
            content_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            data_json=data_text(text),
        ))
    return staged


Validator = Callable[[dict[str, Any]], tuple[str, str] | None]


def _member(data: dict[str, Any]) -> tuple[str, str] | None:
    value = data.get("id_number")
    if not isinstance(value, str):
        return "bad_id_number", "会员记录缺少身份证号码"
    try:
        parsed = parse_id_number(value)
    except InvalidIdNumber as exc:
        return "bad_id_number", str(exc)
    if parsed.value != value:
        return "bad_id_number", "身份证号码未按18位标准形式保存"
    return None


# Checks of an entity's data beyond the ones every change gets; a later entity may add one.
VALIDATORS: dict[str, Validator] = {"member": _member}


def validate(staged: Iterable[Staged], entities: frozenset[str]) -> None:
    """Mark the changes the county cannot take as REJECTED (code and reason)."""
    for change in staged:
        if change.entity not in entities:
            change.rejected = ("unknown_entity",
                               f"县总工会不认识数据类型“{change.entity}”(站点程序可能比县里的新)")
        elif change.data.get("id") != change.entity_id:
            change.rejected = ("id_mismatch", "记录内容的编号与变更的记录编号不一致")
        elif (check := VALIDATORS.get(change.entity)) is not None:
            change.rejected = check(change.data)


class ConflictingDuplicate(Exception):
    """A change_seq the county applied before arrived with different content."""

    def __init__(self, seq: int) -> None:
        super().__init__(f"change_seq {seq}")
        self.seq = seq


@dataclass(frozen=True)
class Applied:
    statuses: list[tuple[int, str]]  # (change_seq, OK|DUP|CONFLICT|REJECTED), every change
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


def _load_current(connection: Connection, station_code: str,
                  new: Sequence[Staged]) -> dict[Key, _Current]:
    """The county's version of each record the batch touches, read in chunks."""
    records = table_of(CountyRecord)
    current: dict[Key, _Current] = {}
    any_record = connection.execute(
        select(records.c.entity_id).where(records.c.station_code == station_code).limit(1)
    ).first()
    if any_record is None:  # the station's first batch: nothing to look up
        return current
    by_entity: dict[str, set[str]] = {}
    for change in new:
        if change.rejected is None:
            by_entity.setdefault(change.entity, set()).add(change.entity_id)
    for entity, id_set in by_entity.items():
        ids = [uuid.UUID(text) for text in id_set]
        for start in range(0, len(ids), CHUNK):
            rows = connection.execute(
                select(records.c.entity_id, records.c.version, records.c.deleted).where(
                    records.c.station_code == station_code, records.c.entity == entity,
                    records.c.entity_id.in_(ids[start:start + CHUNK])))
            for entity_id, version, deleted in rows:
                current[(entity, str(entity_id))] = _Current(version, bool(deleted), True)
    return current


def _conflict_reason(current: int, base: int) -> str:
    return (f"县里的记录已是第 {current} 版,这次修改基于第 {base} 版:"
            "两个版本都已保留,请与县总工会核对")


def apply_changes(connection: Connection, station_code: str, batch_sha256: str,
                  staged: Sequence[Staged], applied_through: int, now: datetime) -> Applied:
    """Apply the batch's new changes; the caller's transaction commits or rolls back all."""
    old = [change for change in staged if change.seq <= applied_through]
    new = [change for change in staged if change.seq > applied_through]
    statuses: list[tuple[int, str]] = []
    issues: list[AckIssue] = []
    for change, (status, code, reason) in zip(
            old, _check_duplicates(connection, station_code, old), strict=True):
        statuses.append((change.seq, status))
        if status != "DUP":
            issues.append(AckIssue(change_seq=change.seq, entity=change.entity,
                                   entity_id=change.entity_id, status=status,
                                   code=code, reason=reason))
    current = _load_current(connection, station_code, new)
    stored = _Stored.on(connection, now)
    change_rows: list[dict[str, Any]] = []
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
        statuses.append((change.seq, status))
        if status != "OK":
            issues.append(AckIssue(change_seq=change.seq, entity=change.entity,
                                   entity_id=change.entity_id, status=status,
                                   code=code, reason=reason))
        change_rows.append({
            "station_code": station_code, "change_seq": change.seq,
            "change_id": stored.uuid(change.change_id), "entity": change.entity,
            "entity_id": stored.uuid(change.entity_id), "version": change.version,
            "base_version": change.base_version, "op": change.op,
            "content_sha256": change.content_sha256, "batch_sha256": batch_sha256,
            "status": status, "code": code[:32], "reason": reason[:300],
            "applied_at": stored.now})
    insert_many(connection, table_of(CountyChange), change_rows)
    insert_many(connection, table_of(CountyConflict), conflict_rows)
    _write_records(connection, station_code, current, now, stored)
    through = max(applied_through, staged[-1].seq) if staged else applied_through
    stations = table_of(CountyStation)
    connection.execute(update(stations).where(stations.c.code == station_code)
                       .values(applied_through=through, last_batch_at=now))
    return Applied(statuses, issues, through, active_members(connection, station_code),
                   new_changes=len(new))


def _write_records(connection: Connection, station_code: str, current: dict[Key, _Current],
                   now: datetime, stored: _Stored) -> None:
    """Each touched record once, in its newest state; then the projections."""
    records = table_of(CountyRecord)
    inserts: list[dict[str, Any]] = []
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
            inserts.append({
                "station_code": station_code, "entity": entity, "entity_id": key,
                "version": state.version, "deleted": state.deleted,
                "data": JsonText(change.data_json), "change_seq": change.seq,
                "updated_at": stored.now})
        touched.setdefault(entity, []).append(
            RecordState(entity_id, key, change.data, state.deleted, state.existed))
    insert_many(connection, records, inserts)
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


def runs(statuses: Sequence[tuple[int, str]]) -> tuple[tuple[int, int, str], ...]:
    """Consecutive changes of one status as (first, last, status)."""
    result: list[tuple[int, int, str]] = []
    for seq, status in statuses:
        if result and result[-1][2] == status and result[-1][1] == seq - 1:
            result[-1] = (result[-1][0], seq, status)
        else:
            result.append((seq, seq, status))
    return tuple(result)
