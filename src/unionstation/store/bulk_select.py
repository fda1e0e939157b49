"""Synced rows made from other rows in SQL (INSERT … SELECT), change records included.

A roster import gives each new member a status line and a history line; both follow from
the member row, so they are written per chunk by one INSERT … SELECT each, and their change
records by another (store/change_sql.py). SQLite only; other databases take the ORM bulk
path.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from unionstation.store.base import table_of
from unionstation.store.change_sql import NEW_ID, insert_change_records
from unionstation.store.changelog import OFFICER_KEY, SYSTEM_OFFICER, bulk_change_seq
from unionstation.store.models.local import ChangeRecord


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
        insert_change_records(driver, table_of(ChangeRecord), table, before,
                              bulk_change_seq(session), [c.name for c in table.columns],
                              officer, params["now"])
    return int(count)
