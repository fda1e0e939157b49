"""Bringing a station back to the county's state from its re-base file (`sync rebase FILE`).

In one transaction, the file's signature having been checked over the whole file first:
1. the station's own changes the county does not hold (the file lists every change id the
   county has) are set aside: what was entered since the restore, and anything exported
   that never reached the county;
2. every county record is written as the county has it (version, data, tombstone), a page
   at a time as the file is read and each record checked and converted, so the station is
   never whole in memory; a record that fails its check rolls everything back;
3. each record set aside goes back on top, in its local state, as one new change based on
   the county's version (the station's entry wins the whole record), except those of a
   member the county purged (its `member_purge` tombstone): those members are removed with
   the records that name them and their search index entries, as a purge here does;
4. the change log restarts at the county's sequence: one acknowledged mark at the number
   the county applied, then the kept changes after it, pending; earlier batches are
   superseded, so no old receipt is taken for new changes.
Then the high-water mark beside the keys is set to the county's sequence and export
resumes. Nothing is written when any check fails.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Enum,
    Table,
    Time,
    Uuid,
    bindparam,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from unionstation.paths import StationHome
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.members import MemberService
from unionstation.services.privacy import remove_members
from unionstation.store import search_index
from unionstation.store.base import Base, UTCDateTime, new_id, table_of, utcnow
from unionstation.store.changelog import row_data
from unionstation.store.models import ChangeRecord, SyncBatch
from unionstation.sync.errors import DamagedFile, SyncError
from unionstation.sync.high_water import REBASE_ENTITY, reset_mark
from unionstation.sync.outbox import SUPERSEDED
from unionstation.sync.rebase_file import RebaseContent, RebaseRecord, rebase_file_name
from unionstation.sync.station_settings import MISMATCH_KEY, LastAck, SyncSettings

Row = dict[str, Any]
APPEND_ONLY = frozenset({"payment"})  # refused UPDATE and DELETE by triggers
Key = tuple[str, uuid.UUID]
PURGE_ENTITY = "member_purge"  # the county's tombstone of a member purged (county/purge.py)
_OF_MEMBER = frozenset({"member", "member_event", "member_status_change", "member_transfer"})
_PAGE = 1000  # records written at a time


@dataclass(frozen=True)
class RebaseOutcome:
    records: int  # county records written
    members: int  # active members after the re-base
    resumed_at: int  # the change number the next batch starts from
    kept: int  # local changes kept on top, to be sent


def synced_models() -> dict[str, type[Any]]:
    import unionstation.store.models  # noqa: F401  (fills Base's registry)

    return {str(m.class_.__tablename__): m.class_ for m in Base.registry.mappers
            if getattr(m.class_, "__synced__", False)}


def _converter(column: Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, UTCDateTime | DateTime):
        return _moment
    if isinstance(kind, Uuid):
        return uuid.UUID
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Time):
        return time.fromisoformat
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class
    return _same


def _same(value: Any) -> Any:
    return value


def _moment(value: Any) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _default(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None
    if getattr(default, "is_scalar", False):
        return getattr(default, "arg", None)
    if getattr(default, "is_callable", False):
        return getattr(default, "arg")(None)  # noqa: B009
    return None


class Converter:
    """Each record converted to its table's columns; DamagedFile (or SyncError for a kind
    of record this program does not know) naming the record and field that cannot be."""

    def __init__(self) -> None:
        self._models = synced_models()
        self._columns: dict[str, list[tuple[Column[Any], Callable[[Any], Any]]]] = {}

    def row(self, index: int, record: RebaseRecord) -> Row:
        columns = self._columns.get(record.entity)
        if columns is None:
            model = self._models.get(record.entity)
            if model is None:
                raise SyncError(f"重建文件第 {index + 1} 条记录的数据类型“{record.entity[:40]}”"
                                "本程序不认识:请先升级 UnionStation,再导入。")
            columns = self._columns[record.entity] = [
                (c, _converter(c)) for c in table_of(model).columns]
        row: Row = {}
        for column, convert in columns:
            if column.key not in record.data:
                row[column.key] = _default(column)
                continue
            value = record.data[column.key]
            try:
                row[column.key] = None if value is None else convert(value)
            except (TypeError, ValueError):
                raise DamagedFile(f"重建文件第 {index + 1} 条记录({record.entity})的字段"
                                  f"“{column.key}”值不对,未作任何改动。") from None
        row["version"] = record.version
        return row


def check_all(content: RebaseContent) -> None:
    """Read the whole file once, converting every record and keeping none (a rebuild checks
    the file before it makes a station)."""
    converter = Converter()
    for index, record in enumerate(content.records):
        converter.row(index, record)


def apply_rebase(context: ServiceContext, home: StationHome, content: RebaseContent,
                 data: bytes) -> RebaseOutcome:
    """Bring this station to the county's state (see the module docstring)."""
    header = content.header
    settings = SyncSettings(context)
    last = settings.last_ack()
    if last is not None and last.issued_at > header.created_at:
        raise SyncError("这份重建文件比本站最近收到的回执还旧,已不能使用;"
                        "请县总工会重新制作一份。未作任何改动。")
    models = synced_models()
    through = header.applied_through
    try:
        kept = _apply(context, content, models, data)
    except IntegrityError as exc:  # at commit: a record pointing at one neither side has
        raise SyncError(f"重建文件中的记录与本机记录对不上({str(exc.orig)[:80]}),"
                        "未作任何改动。请与县总工会核对。") from None
    settings.save_last_ack(LastAck(header.created_at, through,
                                   {"active_members": header.members}))
    settings.put(MISMATCH_KEY, None)
    reset_mark(home, through)
    return RebaseOutcome(header.records, MemberService(context).count_active(),
                         through + 1, len(kept))


def _apply(context: ServiceContext, content: RebaseContent, models: dict[str, type[Any]],
           data: bytes) -> list[tuple[Key, int, int]]:
    header = content.header
    through = header.applied_through
    with context.unit_of_work() as session:
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        set_aside = _local_changes(session, content.change_ids)
        local_rows = _rows_of(session, models, set_aside)
        _clear(session, models, local_rows)
        county_versions, purged = _write_county(session, content, set_aside)
        local_rows = [(key, row) for key, row in local_rows
                      if not (key[0] in _OF_MEMBER and _member_of(key, row) in purged)]
        kept = _put_back(session, models, local_rows, county_versions,
                         header.station_code)
        if purged:
            remove_members(session, connection, sorted(purged))
        _restart_log(session, kept, through, header.rebase_id, context.officer)
        _supersede_batches(session, header.rebase_id, data, through,
                           rebase_file_name(header.station_code, header.rebase_id))
        search_index.rebuild(connection)
        audit.record(session, context.officer, "sync.rebase", "station", header.station_code,
                     f"records={header.records} applied_through={through} "
                     f"kept={len(kept)} purged={len(purged)}")
    return kept


def _member_of(key: Key, row: Row) -> uuid.UUID | None:
    return key[1] if key[0] == "member" else row.get("member_id")


def _write_county(session: Session, content: RebaseContent, set_aside: dict[Key, int],
                  ) -> tuple[dict[Key, int], set[uuid.UUID]]:
    """Every county record written as the county has it, a page at a time as the file is
    read; returns the county's version of the records set aside, and the members the
    county purged (its `member_purge` tombstones)."""
    converter = Converter()
    tables = {table.name: table for table in Base.metadata.sorted_tables}
    versions: dict[Key, int] = {}
    purged: set[uuid.UUID] = set()
    page: dict[str, list[Row]] = {}
    for index, record in enumerate(content.records):
        row = converter.row(index, record)
        key = (record.entity, row["id"])
        if key in set_aside:
            versions[key] = record.version
        if record.entity == PURGE_ENTITY and row.get("member_id") is not None:
            purged.add(row["member_id"])
        page.setdefault(record.entity, []).append(row)
        if index % _PAGE == _PAGE - 1:
            _flush(session, tables, page)
    _flush(session, tables, page)
    return versions, purged


def _flush(session: Session, tables: dict[str, Table], page: dict[str, list[Row]]) -> None:
    for entity, rows in page.items():
        _write(session, tables[entity], rows)
    page.clear()


def _local_changes(session: Session, county_has: frozenset[str]) -> dict[Key, int]:
    """(entity, id) of every record changed here in a way the county does not hold, with
    the first such change's number (the order they go back in)."""
    log = table_of(ChangeRecord)
    found: dict[Key, int] = {}
    for change_id, seq, entity, entity_id in session.execute(
            select(log.c.change_id, log.c.change_seq, log.c.entity, log.c.entity_id)
            .where(log.c.entity != REBASE_ENTITY).order_by(log.c.change_seq)):
        if change_id.hex not in county_has:
            found.setdefault((entity, entity_id), seq)
    return found


def _rows_of(session: Session, models: dict[str, type[Any]],
             keys: dict[Key, int]) -> list[tuple[Key, Row]]:
    """The local rows of those records as they stand, in the order of their first change."""
    by_entity: dict[str, list[uuid.UUID]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, []).append(entity_id)
    rows: dict[Key, Row] = {}
    for entity, ids in by_entity.items():
        if entity not in models:
            continue
        table = table_of(models[entity])
        for start in range(0, len(ids), 500):
            for row in session.execute(select(table).where(
                    table.c.id.in_(ids[start:start + 500]))):
                rows[(entity, row.id)] = dict(row._mapping)
    return sorted(rows.items(), key=lambda item: keys[item[0]])


def _clear(session: Session, models: dict[str, type[Any]],
           local: list[tuple[Key, Row]]) -> None:
    """Take out the records changed here that the county does not hold, until they go
    back on top: the county's records may have taken their numbers (a card number given
    twice, say); those the county has come back from its copy. Foreign keys are checked at
    commit, when they are back."""
    for (entity, entity_id), _row in local:
        if entity not in APPEND_ONLY:
            table = table_of(models[entity])
            session.connection().execute(delete(table).where(table.c.id == entity_id))


def _write(session: Session, table: Table, rows: list[Row]) -> None:
    """Insert the rows this station lacks, update the rest, all columns (append-only
    rows are never changed: the county's copy is the same row)."""
    connection = session.connection()
    ids = [row["id"] for row in rows]
    have: set[Any] = set()
    for start in range(0, len(ids), 500):
        have.update(connection.execute(
            select(table.c.id).where(table.c.id.in_(ids[start:start + 500]))).scalars())
    inserts = [row for row in rows if row["id"] not in have]
    updates = [{f"v_{key}": value for key, value in row.items()}
               for row in rows if row["id"] in have and table.name not in APPEND_ONLY]
    if inserts:
        connection.execute(insert(table), inserts)
    if updates:
        values: dict[str, Any] = {key: bindparam(f"v_{key}") for key in rows[0] if key != "id"}
        connection.execute(update(table).where(table.c.id == bindparam("v_id"))
                           .values(values), updates)


def _put_back(session: Session, models: dict[str, type[Any]], local: list[tuple[Key, Row]],
              county_versions: dict[Key, int], station_code: str) -> list[tuple[Key, int, int]]:
    """The records set aside, in their local state on top of the county's; returns each
    with its new version and base version. A member whose card number the county's
    records took gets the next free one; any other clash refuses the re-base."""
    from unionstation.services.card_numbers import next_card_number

    kept: list[tuple[Key, int, int]] = []
    for key, row in local:
        base = county_versions.get(key, 0)
        version = base + 1 if base else int(row["version"])
        table = table_of(models[key[0]])
        values: Row = {**row, "version": version}
        for attempt in range(2):
            try:
                with session.begin_nested():
                    _write(session, table, [values])
                break
            except IntegrityError as exc:
                if attempt or key[0] != "member" or not values.get("card_no"):
                    raise SyncError(
                        f"本机恢复后录入的{key[0]}记录 {key[1]} 与县总工会的记录编号重复"
                        f"({str(exc.orig)[:80]}),未作任何改动。请与县总工会核对。") from None
                values["card_no"] = next_card_number(session, station_code)
        kept.append((key, version, base))
    return kept


def _restart_log(session: Session, kept: list[tuple[Key, int, int]], through: int,
                 rebase_id: uuid.UUID, officer: str) -> None:
    log = table_of(ChangeRecord)
    connection = session.connection()
    connection.execute(delete(log))
    now = utcnow()
    rows: list[Row] = []
    if through > 0:
        rows.append({"change_id": new_id(), "change_seq": through, "entity": REBASE_ENTITY,
                     "entity_id": rebase_id, "version": 1, "base_version": 0, "op": "upsert",
                     "officer": officer, "data": {"applied_through": through},
                     "created_at": now, "state": "acknowledged", "batch_id": None})
    session.expire_all()
    models = synced_models()
    for seq, ((entity, entity_id), version, base) in enumerate(kept, start=through + 1):
        obj = session.get(models[entity], entity_id)
        assert obj is not None
        rows.append({"change_id": new_id(), "change_seq": seq, "entity": entity,
                     "entity_id": entity_id, "version": version, "base_version": base,
                     "op": "delete" if obj.deleted_at is not None else "upsert",
                     "officer": officer, "data": row_data(obj), "created_at": now,
                     "state": "pending", "batch_id": None})
    if rows:
        connection.execute(insert(log), rows)


def _supersede_batches(session: Session, rebase_id: uuid.UUID, data: bytes, through: int,
                       file_name: str) -> None:
    session.execute(update(SyncBatch).values(ack_status=SUPERSEDED))
    session.add(SyncBatch(batch_id=rebase_id, file_name=file_name,
                          sha256=hashlib.sha256(data).hexdigest(), from_seq=0,
                          to_seq=through, changes=0, destination="(county re-base)",
                          acknowledged_at=utcnow(), ack_status="rebase"))
    session.flush()
