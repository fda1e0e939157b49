"""Many rows into one county table at once: SQLite's executemany, PostgreSQL's COPY.

A first batch writes some 350,000 rows. On SQLite store.bulk.insert_rows hands them to
the driver in one executemany. On PostgreSQL SQLAlchemy's executemany sends one INSERT a
row (about 30 s for such a batch); COPY streams them in a second or two.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Connection, DateTime, Table

from unionstation.store.bulk import insert_rows, json_default


def _timestamp(value: Any) -> Any:
    """Naive UTC, as UTCDateTime stores it (an aware value is converted)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _json(value: Any) -> Any:
    """JSON text: text already written (a staged record's data) goes as it is."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, default=json_default, ensure_ascii=False)


def _converter(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, DateTime) or isinstance(
            getattr(column_type, "impl", None), DateTime):
        return _timestamp
    if isinstance(column_type, JSON):
        return _json
    return None


def insert_many(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (every one with the same keys) in one statement or stream.

    JSON columns take an object or text already written as JSON (store.bulk.JsonText).
    The county store is SQLite or PostgreSQL (county.store refuses anything else).
    """
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        insert_rows(connection, table, rows)
        return
    keys = list(rows[0])
    insert_values(connection, table, keys, [tuple(row[key] for key in keys) for row in rows])


def insert_values(connection: Connection, table: Table, keys: Sequence[str],
                  rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert `rows`, tuples of the values of `keys` in that order, as insert_many does.

    On SQLite every value must already be in the form the driver stores (UUIDs as 32 hex
    digits, timestamps as naive UTC text, JSON as text): the rows go to executemany as
    they are, with no conversion value by value (county.apply's values of a batch).
    """
    if not rows:
        return
    driver = connection.connection.driver_connection
    assert driver is not None
    if connection.dialect.name == "sqlite":
        driver.executemany(f"INSERT INTO {table.name} ({', '.join(keys)}) "
                           f"VALUES ({', '.join('?' for _ in keys)})", rows)
        return
    from psycopg import sql

    converters = [_converter(table.c[key].type) for key in keys]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, keys)))
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        if not any(converters):
            for row in rows:
                copy.write_row(row)
            return
        for row in rows:
            copy.write_row([value if convert is None else convert(value)
                            for value, convert in zip(row, converters, strict=True)])
