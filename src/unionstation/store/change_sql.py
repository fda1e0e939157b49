"""Change records written by SQLite itself (INSERT … SELECT over rows just stored), with
each row's JSON made by `json_object` in the form the Python path writes
(`store.bulk.json_text`): ids with dashes, UTC times in ISO form with their offset, JSON
columns nested, booleans as true and false. A table with a column of another type
(money as fen, say) is not written this way (`sql_writable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, Integer, String, Table, Uuid
from sqlalchemy.types import TypeDecorator

from unionstation.store.base import UTCDateTime

# A version-7 UUID (store.base.new_id) as 32 hex digits, made by SQLite for each row:
# the statement's Unix time in milliseconds ('now' is one time for a whole statement),
# the version, then 74 random bits around the variant.
NEW_ID = ("lower(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000.0 "
          "AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || "
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


def sql_writable(table: Table) -> bool:
    """Whether every column's change text can be made in SQL."""
    return all(_plain(column.type) for column in table.columns)


def _plain(kind: Any) -> bool:
    if isinstance(kind, UTCDateTime):
        return True
    if isinstance(kind, TypeDecorator):
        return False
    return isinstance(kind, Uuid | JSON | Boolean | Date | Enum | Integer | String)


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


def insert_change_records(driver: Any, log: Table, table: Table, after: int, first: int,
                          keys: Sequence[str], officer: str, now: str) -> None:
    """One change record (version 1, base 0, pending) for each row of `table` above rowid
    `after`, numbered from `first` in rowid order; the JSON holds `keys` in that order;
    `now` is the record time as stored."""
    data = ", ".join(f"'{key}', {json_value(table, key, 'r')}" for key in keys)
    # Rows written by one statement have consecutive rowids: then each one's place is its
    # rowid's distance from the first, without a window over them all (a fifth faster).
    low, high, count = driver.execute(
        f"SELECT min(rowid), max(rowid), count(*) FROM {table.name} WHERE rowid > ?",
        (after,)).fetchone()
    place = ("r.rowid - :low" if count and high - low + 1 == count
             else "row_number() OVER (ORDER BY r.rowid) - 1")
    driver.execute(
        f"INSERT INTO {log.name} (change_id, change_seq, entity, entity_id, version, "
        "base_version, op, officer, data, created_at, state) "
        f"SELECT {NEW_ID}, :first + {place}, :entity, r.id, "
        f"1, 0, 'upsert', :by, json_object({data}), :now, 'pending' "
        f"FROM {table.name} AS r WHERE r.rowid > :after ORDER BY r.rowid",
        {"first": first, "entity": table.name, "by": officer, "now": now, "after": after,
         "low": low})
