"""Synced rows made from other rows in SQL (INSERT … SELECT), change records included.

A roster import gives each new member a status line and a history line; both follow from
the member row, so they are written per chunk by one INSERT … SELECT each, and their change
records by another that writes each row's JSON with `json_object`, in the form the Python
path writes (`store.bulk.json_text`: ids with dashes, UTC times in ISO form with their
offset, JSON columns nested). SQLite only; other databases take the ORM bulk path.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, Integer, String, Table, Uuid
from sqlalchemy.orm import Session

from unionstation.store.base import UTCDateTime, table_of
from unionstation.store.changelog import OFFICER_KEY, SYSTEM_OFFICER, bulk_change_seq
from unionstation.store.models.local import ChangeRecord

# A version-4 UUID as 32 hex digits, made by SQLite for each row.
NEW_ID = ("lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || "
          "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || "
          "hex(randomblob(6)))")


def dashed(column: str) -> str:
    """A stored UUID (32 hex digits) as `str(uuid)` writes it."""
    parts = "||'-'||".join(f"substr({column}, {start}, {length})" for start, length in
                           ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12)))
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE {parts} END"


def _utc_iso(column: str) -> str:
    """A stored UTC time ('YYYY-MM-DD HH:MM:SS.ffffff') as `datetime.isoformat` writes
    the aware value (no fraction when it is zero, '+00:00' after)."""
    return (f"CASE WHEN {column} IS NULL THEN NULL "
            f"WHEN substr({column}, 20) = '.000000' "
            f"THEN substr({column}, 1, 10) || 'T' || substr({column}, 12, 8) || '+00:00' "
            f"ELSE substr({column}, 1, 10) || 'T' || substr({column}, 12) || '+00:00' END")


def json_value(table: Table, name: str, alias: str) -> str:
    """The SQL giving column `name` of a stored row in the form its change record holds."""
    column = f"{alias}.{name}"
    kind = table.c[name].type
    if isinstance(kind, Uuid):
        return dashed(column)
    if isinstance(kind, UTCDateTime):
        return _utc_iso(column)
    if isinstance(kind, JSON):
        return f"json({column})"
    if isinstance(kind, Boolean):
        return (f"CASE WHEN {column} IS NULL THEN NULL WHEN {column} THEN json('true') "
                f"ELSE json('false') END")
    if isinstance(kind, Date | Enum | Integer | String):  # stored as the JSON holds them
        return column
    raise TypeError(f"{table.name}.{name}: no SQL for its change text ({kind!r})")


def insert_selected(session: Session, model: type[Any], values: dict[str, str],
                    source: str, params: dict[str, Any]) -> int:
    """`INSERT INTO <model's table> SELECT <values> FROM <source>`: `values` gives the SQL
    of every column but the stamps (id, created_at, updated_at, updated_by, version,
    deleted_at, filled here: a new id, now, the officer, 1, NULL) over `source` (a FROM
    clause, with its ORDER BY; `params` bound by name, `:now` among them as stored).
    Then one change record for each new row, version 1, in the order of the rows, as the
    ORM bulk path writes them. Returns the number of rows."""
    table = table_of(model)
    connection = session.connection()
    driver = connection.connection.driver_connection
    assert driver is not None
    officer = str(session.info.get(OFFICER_KEY, SYSTEM_OFFICER))
    stamps = {"id": NEW_ID, "created_at": ":now", "updated_at": ":now", "updated_by": ":by",
              "version": "1", "deleted_at": "NULL"}
    columns = {**values, **stamps}
    missing = {c.name for c in table.columns} - set(columns)
    if missing:
        raise ValueError(f"{table.name}: no value for {sorted(missing)}")
    before = driver.execute(f"SELECT coalesce(max(rowid), 0) FROM {table.name}").fetchone()[0]
    bound = {**params, "by": officer}
    driver.execute(f"INSERT INTO {table.name} ({', '.join(columns)}) "
                   f"SELECT {', '.join(columns.values())} FROM {source}", bound)
    count = driver.execute(f"SELECT count(*) FROM {table.name} WHERE rowid > ?",
                           (before,)).fetchone()[0]
    if count:
        _record_selected(session, driver, table, before, bound)
    return int(count)


def _record_selected(session: Session, driver: Any, table: Table, before: int,
                     params: dict[str, Any]) -> None:
    log = table_of(ChangeRecord)
    first = bulk_change_seq(session)
    data = ", ".join(f"'{c.name}', {json_value(table, c.name, 'r')}" for c in table.columns)
    driver.execute(
        f"INSERT INTO {log.name} (change_id, change_seq, entity, entity_id, version, "
        "base_version, op, officer, data, created_at, state) "
        f"SELECT {NEW_ID}, :first + row_number() OVER (ORDER BY r.rowid) - 1, :entity, r.id, "
        f"1, 0, 'upsert', :by, json_object({data}), :now, 'pending' "
        f"FROM {table.name} AS r WHERE r.rowid > :before ORDER BY r.rowid",
        {"first": first, "entity": table.name, "by": params["by"], "now": params["now"],
         "before": before})
