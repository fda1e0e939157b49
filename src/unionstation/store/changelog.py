"""The change-log hook: every committed change to a synced row appends one change record.

It lives on the session class, not in the services, so no service can forget it. Within
one transaction a row gets one record and one version step however many flushes it
takes; the record holds the row as committed.

ORM bulk inserts (`session.execute(insert(Member), [dicts])`, the fast path of a roster
import) are caught too: the hook fills the synced columns, runs one executemany, writes
the change records with another, and tells the other store hooks (the search index).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Result,
    Table,
    event,
    func,
    inspect,
    literal,
    select,
    update,
)
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, UOWTransaction

from unionstation.store.base import Synced, new_id, new_ids, table_of, utcnow
from unionstation.store.bulk import insert_rows, json_default, json_texts, utc_text
from unionstation.store.change_sql import insert_change_records, sql_writable
from unionstation.store.models.local import ChangeRecord

_PENDING = "_us_change_pending"  # {(entity, id): base_version}, touched in this flush
_WRITTEN = "_us_change_written"  # {(entity, id): change_id}, written in this transaction
_BASE = "_us_change_base"  # {(entity, id): base_version}, first seen in this transaction
# The first change_seq bulk inserts wrote in this transaction: their rows are not listed
# in _WRITTEN and _BASE (tens of thousands in an import), but looked up when the ORM
# touches one of them again in the same transaction.
_BULK_FROM = "_us_change_bulk_from"

OFFICER_KEY = "officer"
SYSTEM_OFFICER = "system"


class HardDeleteRefused(RuntimeError):
    """A synced row was passed to Session.delete(); rows are soft-deleted instead."""


BulkListener = Callable[[Session, type[Any], list[dict[str, Any]], int | None], None]
_BULK_LISTENERS: dict[type[Session], list[BulkListener]] = {}


class BulkInsertRefused(RuntimeError):
    """A synced table was bulk-inserted in a form the change log cannot see."""


def install_change_log(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "after_transaction_end", _after_transaction_end)
    event.listen(session_class, "do_orm_execute", _do_orm_execute)


def listen_bulk_insert(session_class: type[Session], listener: BulkListener) -> None:
    """Call `listener(session, model, rows, after)` after each ORM bulk insert of synced
    rows; `after` is the table's last rowid before them on SQLite (they are those above
    it), else None."""
    _BULK_LISTENERS.setdefault(session_class, []).append(listener)


def _key(obj: Synced) -> tuple[str, uuid.UUID]:
    return (_entity_name(obj), obj.id)


def _entity_name(obj: object) -> str:
    return str(getattr(obj, "__tablename__"))  # noqa: B009  (mapped classes only)


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    now = utcnow()
    officer = str(session.info.get(OFFICER_KEY, SYSTEM_OFFICER))
    pending: dict[tuple[str, uuid.UUID], Synced] = {}
    base: dict[tuple[str, uuid.UUID], int] = session.info.setdefault(_BASE, {})

    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise HardDeleteRefused(f"{_entity_name(obj)} rows are never deleted; set deleted_at")

    for obj in session.new:
        if not isinstance(obj, Synced):
            continue
        if obj.id is None:
            obj.id = new_id()
        obj.created_at = now
        obj.updated_at = now
        obj.updated_by = officer
        obj.version = 1
        base.setdefault(_key(obj), 0)
        pending[_key(obj)] = obj

    dirty = [obj for obj in session.dirty
             if isinstance(obj, Synced) and session.is_modified(obj)]
    _resolve_bulk(session, [_key(obj) for obj in dirty if _key(obj) not in base])
    for obj in dirty:
        key = _key(obj)
        if key not in base:
            base[key] = obj.version
            obj.version = obj.version + 1
        obj.updated_at = now
        obj.updated_by = officer
        pending[key] = obj

    session.info[_PENDING] = pending


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    pending: dict[tuple[str, uuid.UUID], Synced] = session.info.pop(_PENDING, {})
    if not pending:
        return
    written: dict[tuple[str, uuid.UUID], uuid.UUID] = session.info.setdefault(_WRITTEN, {})
    base: dict[tuple[str, uuid.UUID], int] = session.info.get(_BASE, {})
    connection = session.connection()
    officer = str(session.info.get(OFFICER_KEY, SYSTEM_OFFICER))
    table = table_of(ChangeRecord)
    now = utcnow()
    inserts: list[dict[str, Any]] = []
    next_seq: int | None = None
    for key, obj in pending.items():
        data = row_data(obj)
        values = {
            "version": obj.version,
            "op": "delete" if obj.deleted_at is not None else "upsert",
            "officer": officer,
            "created_at": now,
        }
        change_id = written.get(key)
        if change_id is not None:
            connection.execute(update(table).where(table.c.change_id == change_id),
                               {**values, "data": data})
            continue
        if next_seq is None:
            next_seq = int(connection.execute(
                select(func.coalesce(func.max(table.c.change_seq), 0) + 1)).scalar_one())
        change_id = new_id()
        inserts.append({**values, "data": data, "change_id": change_id,
                        "change_seq": next_seq, "entity": key[0], "entity_id": key[1],
                        "base_version": base.get(key, 0), "state": "pending"})
        next_seq += 1
        written[key] = change_id
    _insert_records(connection, inserts)


def _do_orm_execute(state: ORMExecuteState) -> Result[Any] | None:
    if not state.is_insert:
        return None
    mappers = state.all_mappers
    if len(mappers) != 1 or not issubclass(mappers[0].class_, Synced):
        return None
    mapper = mappers[0]
    raw = state.parameters
    if not raw:
        raise BulkInsertRefused(
            f"{mapper.class_.__name__}: pass the rows as parameters, not .values()")
    given: list[Any] = list(raw) if isinstance(raw, list | tuple) else [raw]
    session = state.session
    officer = str(session.info.get(OFFICER_KEY, SYSTEM_OFFICER))
    rows = _filled(mapper, given, officer, utcnow())
    # Every column now has a value, so the rows go to the table as one Core executemany
    # (the ORM's bulk path would split them wherever a different set of columns is None).
    table = mapper.local_table
    assert isinstance(table, Table)
    connection = session.connection()
    after = _last_rowid(connection, table)
    insert_rows(connection, table, rows)
    # What the caller gets back: how many rows went in (the driver's result is gone).
    result: Result[Any] = connection.execute(select(literal(len(rows)).label("inserted")))
    _record_inserts(session, table, rows, officer, after)
    for session_class, listeners in _BULK_LISTENERS.items():
        if isinstance(session, session_class):
            for listener in listeners:
                listener(session, mapper.class_, rows, after)
    return result


_STAMPS = ("created_at", "updated_at", "updated_by", "version", "deleted_at")


def _filled(mapper: Mapper[Any], given: list[Any], officer: str,
            now: datetime) -> list[dict[str, Any]]:
    """Every row with every column given a value, so the change record holds the row as
    stored. The defaults are looked up once for each set of keys the rows come with."""
    stamps = {"created_at": now, "updated_at": now, "updated_by": officer, "version": 1,
              "deleted_at": None}
    plans: dict[frozenset[str], tuple[dict[str, Any], list[tuple[str, Any]]]] = {}
    rows: list[dict[str, Any]] = []
    for source in given:
        keys = frozenset(source)
        plan = plans.get(keys)
        if plan is None:
            plan = plans[keys] = _defaults(mapper, keys)
        fixed, made = plan
        row = {**source, **fixed, **stamps}
        for key, make in made:
            row[key] = make(None)
        rows.append(row)
    unnamed = [row for row in rows if row.get("id") is None]
    for row, fresh in zip(unnamed, new_ids(len(unnamed)), strict=True):
        row["id"] = fresh
    return rows


def _defaults(mapper: Mapper[Any], given: frozenset[str],
              ) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """The columns `given` lacks: fixed values, and those made afresh for every row."""
    fixed: dict[str, Any] = {}
    made: list[tuple[str, Any]] = []
    for attr in mapper.column_attrs:
        if attr.key in given or attr.key in _STAMPS:
            continue
        if attr.key == "id":
            fixed["id"] = None  # made below, for all the rows at once
            continue
        default = attr.columns[0].default
        if default is not None and default.is_callable:
            made.append((attr.key, default.arg))
        elif default is not None and default.is_scalar:
            fixed[attr.key] = default.arg
        else:
            fixed[attr.key] = None
    return fixed, made


def _last_rowid(connection: Connection, table: Table) -> int | None:
    """The table's last rowid before a bulk insert, on SQLite when its change records can
    be written in SQL (else None)."""
    if connection.dialect.name != "sqlite" or not sql_writable(table):
        return None
    return int(connection.exec_driver_sql(
        f"SELECT coalesce(max(rowid), 0) FROM {table.name}").scalar_one())


def _record_inserts(session: Session, table: Table, rows: list[dict[str, Any]],
                    officer: str, after: int | None) -> None:
    """One change record for each bulk-inserted row (version 1, base 0); the rows are not
    remembered one by one (see `_resolve_bulk`). On SQLite, by one INSERT … SELECT over
    the rows just stored (`after`: the rowid before them), their JSON in the keys' order
    of the rows given; else in one executemany."""
    connection = session.connection()
    entity = table.name
    next_seq = bulk_change_seq(session)
    keys = tuple(rows[0])
    if after is not None and all(tuple(row) == keys for row in rows):
        driver = connection.connection.driver_connection
        insert_change_records(driver, table_of(ChangeRecord), table, after, next_seq, keys,
                              officer, utc_text(utcnow()))
        return
    now = utcnow()
    texts = json_texts(rows)
    inserts = [{"change_id": change_id, "change_seq": seq, "entity": entity,
                "entity_id": row["id"], "version": 1, "base_version": 0, "op": "upsert",
                "officer": officer, "data": text, "created_at": now, "state": "pending"}
               for seq, (row, change_id, text) in enumerate(
                   zip(rows, new_ids(len(rows)), texts, strict=True), next_seq)]
    _insert_records(connection, inserts)


def bulk_change_seq(session: Session) -> int:
    """The next change_seq, for change records a bulk write is about to add: from it on,
    this transaction's records are not listed in the session (see `_resolve_bulk`)."""
    table = table_of(ChangeRecord)
    next_seq = int(session.connection().execute(
        select(func.coalesce(func.max(table.c.change_seq), 0) + 1)).scalar_one())
    session.info.setdefault(_BULK_FROM, next_seq)
    return next_seq


def _resolve_bulk(session: Session, keys: list[tuple[str, uuid.UUID]]) -> None:
    """Of rows the ORM is about to write again, those bulk-inserted earlier in this
    transaction: their change record is the one to update and their base version 0, as
    for a row inserted by the ORM."""
    first = session.info.get(_BULK_FROM)
    if first is None or not keys:
        return
    written: dict[tuple[str, uuid.UUID], uuid.UUID] = session.info.setdefault(_WRITTEN, {})
    base: dict[tuple[str, uuid.UUID], int] = session.info.setdefault(_BASE, {})
    wanted = set(keys)
    table = table_of(ChangeRecord)
    ids = sorted({key[1] for key in keys})
    connection = session.connection()
    for start in range(0, len(ids), 500):
        for entity, entity_id, change_id in connection.execute(
                select(table.c.entity, table.c.entity_id, table.c.change_id).where(
                    table.c.entity_id.in_(ids[start:start + 500]),
                    table.c.change_seq >= first)):
            key = (entity, entity_id)
            if key in wanted:
                written[key] = change_id
                base[key] = 0


def _insert_records(connection: Connection, records: list[dict[str, Any]]) -> None:
    """One executemany for a batch of change records (30,000 in a 10,000-row import)."""
    table = table_of(ChangeRecord)
    insert_rows(connection, table, records)


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        for name in (_PENDING, _WRITTEN, _BASE, _BULK_FROM):
            session.info.pop(name, None)


def row_data(obj: object) -> dict[str, Any]:
    """The row's columns as JSON-ready values (the change record's payload)."""
    mapper = inspect(type(obj))
    return {attr.key: _json_value(getattr(obj, attr.key)) for attr in mapper.column_attrs}


_PLAIN = frozenset({type(None), bool, int, str})


def _json_value(value: object) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, bool | int | str) and not isinstance(value, enum.Enum):
        return value
    return json_default(value)