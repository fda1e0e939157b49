"""Bulk inserts straight to the SQLite driver, with SQLAlchemy's own storage formats.

A roster import writes tens of thousands of rows in one transaction; SQLAlchemy's
per-parameter processing would be most of its time. This converts each value once, by
column type, exactly as SQLAlchemy stores it on SQLite (UUID as 32 hex digits, naive UTC
timestamps with microseconds, dates as ISO text, booleans as 0/1, enums by value, JSON as
text), and hands the rows to `executemany`. Other databases take the ordinary path.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from functools import partial
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Enum, Table, Uuid, insert
from sqlalchemy.types import TypeDecorator

from unionstation.store.base import UTCDateTime

Convert = Callable[[Any], Any]


def _uuid(value: Any) -> Any:
    return value.hex if isinstance(value, uuid.UUID) else value


def _utc(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ", timespec="microseconds")
    return value


def utc_text(value: datetime) -> str:
    """A UTC time as a UTC column stores it on SQLite."""
    return str(_utc(value))


def _date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _bool(value: Any) -> Any:
    return None if value is None else int(bool(value))


def _enum(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


class JsonText(str):
    """JSON already written (a change record's row text, the county's copies of change
    data): stored as it is."""


def _json(value: Any) -> Any:
    if value is None or isinstance(value, JsonText):
        return value
    return json_text(value)


# Dates, times and dataclasses go to `json_default` as they did with json.dumps (orjson would
# round a time-zone offset with seconds, and write dataclasses json.dumps refuses).
_ORJSON_OPTIONS = (orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
                   | orjson.OPT_NON_STR_KEYS)


def json_text(value: Any) -> str:
    """`value` as compact JSON (the station's JSON columns, change records' row text
    above all): what json.dumps writes with `json_default`, without the spaces and with
    Chinese as itself, not as \\u escapes.

    orjson writes a member row 3.5 times as fast as json did; what orjson cannot write
    (an integer beyond 64 bits, nesting deeper than 254) goes to json.dumps. Synced rows
    hold no floats (money is Decimal), so orjson's null for NaN never arises."""
    try:
        return orjson.dumps(value, default=json_default, option=_ORJSON_OPTIONS).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value, default=json_default, ensure_ascii=False,
                          separators=(",", ":"))


_TIMES = frozenset({date, datetime, time})


def json_texts(rows: Sequence[dict[str, Any]]) -> list[JsonText]:
    """`json_text` of each row (a bulk insert's change records), faster for many rows
    with the same keys: the dates and times orjson hands back to `json_default` one by
    one are converted first, column by column, once for each distinct value (a chunk's
    rows share one timestamp). The texts are the same as `json_text`'s."""
    if not rows:
        return []
    keys = tuple(rows[0])
    if any(tuple(row) != keys for row in rows):
        return [JsonText(json_text(row)) for row in rows]
    columns = [[row[key] for row in rows] for key in keys]
    for index, column in enumerate(columns):
        if _TIMES.intersection(map(type, column)):
            columns[index] = _time_texts(column)
    return [JsonText(json_text(dict(zip(keys, values, strict=True))))
            for values in zip(*columns, strict=True)]


def _time_texts(column: list[Any]) -> list[Any]:
    """Dates and times as `json_default` writes them, each distinct one converted once
    (told apart by type and time zone too: equal instants in two zones are two texts)."""
    done: dict[Any, Any] = {}
    converted = []
    for value in column:
        if type(value) in _TIMES:
            key = (type(value), value, getattr(value, "tzinfo", None))
            text = done.get(key)
            if text is None:
                text = done[key] = json_default(value)
            value = text
        converted.append(value)
    return converted


def json_default(value: object) -> Any:
    """What json cannot write itself (str, int and StrEnum codes it writes natively)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    from decimal import Decimal

    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot put {type(value).__name__} into a JSON column")


def _converter(column_type: Any) -> Convert | None:
    if isinstance(column_type, Uuid):
        return _uuid
    if isinstance(column_type, UTCDateTime | DateTime):
        return _utc
    if isinstance(column_type, Date):
        return _date
    if isinstance(column_type, Boolean):
        return _bool
    if isinstance(column_type, Enum):
        return _enum
    if isinstance(column_type, JSON):
        return _json
    if isinstance(column_type, TypeDecorator):  # money as whole fen, say
        return partial(_decorated, column_type)
    return None


def _decorated(column_type: TypeDecorator[Any], value: Any) -> Any:
    return column_type.process_bind_param(value, None)  # type: ignore[arg-type]


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (every one with the same keys) in one executemany."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    keys = list(rows[0])
    converters = [_converter(table.c[key].type) for key in keys]
    sql = (f"INSERT INTO {table.name} ({', '.join(keys)}) "
           f"VALUES ({', '.join('?' for _ in keys)})")
    columns: list[list[Any]] = []
    for key, convert in zip(keys, converters, strict=True):
        column = [row[key] for row in rows]
        columns.append(column if convert is None else _converted(convert, column))
    values = list(zip(*columns, strict=True))
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.executemany(sql, values)


# Converters of values that repeat down a column (one timestamp for a whole batch, dates,
# codes) and cost more than a dictionary lookup. (A code and its value are one key: both
# convert to the value.)
_REPEATED = (_utc, _date, _enum)


def _converted(convert: Convert, column: list[Any]) -> list[Any]:
    """The column converted value by value; a timestamp or date repeated down the column
    is converted once."""
    if convert not in _REPEATED:
        return list(map(convert, column))
    done: dict[Any, Any] = {}
    return [done[value] if value in done else done.setdefault(value, convert(value))
            for value in column]


def execute_many(connection: Connection, sql: str, values: Sequence[tuple[Any, ...]]) -> None:
    """A plain `?`-parameter statement, many times, on the driver (SQLite only)."""
    if values:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.executemany(sql, values)
