"""Change records written in SQL number their rows consecutively in rowid order, whether
the rows' rowids follow one another (a shortcut) or not (a window over them)."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from unionstation.store.base import table_of
from unionstation.store.change_sql import insert_change_records
from unionstation.store.models import ChangeRecord, MemberEvent

NOW = "2026-12-05 11:00:00.000000"


def _database() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    for model in (ChangeRecord, MemberEvent):
        db.execute(str(CreateTable(table_of(model)).compile(dialect=sqlite.dialect())))
    return db


def _event(db: sqlite3.Connection, rowid: int) -> None:
    db.execute("INSERT INTO member_event (rowid, id, member_id, happened_at, kind, summary, "
               "officer, detail, created_at, updated_at, updated_by, version) "
               "VALUES (?, ?, ?, ?, 'enrolled', '入会', 'o', '{}', ?, ?, 'o', 1)",
               (rowid, uuid.uuid4().hex, uuid.uuid4().hex, NOW, NOW, NOW))


@pytest.mark.parametrize("rowids", [[3, 4, 5, 6], [3, 5, 6, 9]], ids=["consecutive", "gaps"])
def test_records_are_numbered_in_rowid_order(rowids: list[int]) -> None:
    db = _database()
    _event(db, 1)
    for rowid in reversed(rowids):
        _event(db, rowid)
    table = table_of(MemberEvent)
    insert_change_records(db, table_of(ChangeRecord), table, 1, 41,
                          [c.name for c in table.columns], "o", NOW)
    written = db.execute("SELECT change_seq, entity_id, json_extract(data, '$.id') "
                         "FROM change_log ORDER BY change_seq").fetchall()
    stored = db.execute("SELECT id FROM member_event WHERE rowid > 1 ORDER BY rowid").fetchall()
    assert [seq for seq, _, _ in written] == [41, 42, 43, 44]
    assert [entity for _, entity, _ in written] == [row[0] for row in stored]
    assert [str(uuid.UUID(text)) for _, _, text in written] == \
        [str(uuid.UUID(row[0])) for row in stored]
