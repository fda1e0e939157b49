"""The status and history lines of imported members are written in SQL (INSERT … SELECT),
their change records too: rows and change texts as the ORM bulk path writes them."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.factories import connect_db
from tests.unit.exchange import rosters
from unionstation.exchange.roster_import import ImportOptions, RosterImporter, load_roster
from unionstation.services import member_import
from unionstation.services.runtime import StationRuntime
from unionstation.store import changelog
from unionstation.store.bulk import json_text

# What differs from one member to the next, or from one second to the next.
_OWN = {"id", "member_id", "created_at", "updated_at", "happened_at", "changed_on",
        "detail"}


def _roster(tmp_path: Path, name: str, first: int) -> Path:
    rows: list[list[Any]] = [
        [i, f"会员{i}", "", rosters.person(i, date(1983, 4, 5)), "", "", "", "", "", "", "",
         "2024-03-0" + str(1 + i % 5), "", "", rosters.FACTORY, "", ""]
        for i in range(first, first + 12)]
    return rosters.write_xlsx(tmp_path / name, rows)


def _written(runtime: StationRuntime, entity: str, after: int) -> list[tuple[Any, ...]]:
    connection = connect_db(runtime.home.db_path)
    try:
        return connection.execute(
            "SELECT change_seq, entity_id, version, base_version, op, officer, data, state "
            "FROM change_log WHERE entity = ? AND change_seq > ? ORDER BY change_seq",
            (entity, after)).fetchall()
    finally:
        connection.close()


def _stored(runtime: StationRuntime, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    connection = connect_db(runtime.home.db_path)
    try:
        cursor = connection.execute(f"SELECT * FROM {table}")  # noqa: S608 - a test's table
        names = [c[0] for c in cursor.description]
        rows = {row[names.index("id")]: dict(zip(names, row, strict=True)) for row in cursor}
    finally:
        connection.close()
    return {i: rows[i] for i in ids}


def _last_seq(runtime: StationRuntime) -> int:
    connection = connect_db(runtime.home.db_path)
    try:
        return int(connection.execute("SELECT max(change_seq) FROM change_log").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.parametrize("table", ["member", "member_status_change", "member_event"])
def test_rows_and_change_texts_in_sql_are_as_the_orm_bulk_path_writes_them(
        runtime: StationRuntime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        table: str) -> None:
    importer = RosterImporter(runtime.context)
    start = _last_seq(runtime)
    assert importer.run(load_roster(_roster(tmp_path, "a.xlsx", 1)), ImportOptions()).imported == 12
    middle = _last_seq(runtime)
    # The second import as before: rows and change texts made in Python.
    monkeypatch.setattr(member_import.ImportWriter, "_in_sql", lambda _self: False)
    monkeypatch.setattr(changelog, "_last_rowid", lambda _connection, _table: None)
    assert importer.run(load_roster(_roster(tmp_path, "b.xlsx", 101)),
                        ImportOptions()).imported == 12
    in_sql = [r for r in _written(runtime, table, start) if r[0] <= middle]
    by_orm = _written(runtime, table, middle)
    assert len(in_sql) == len(by_orm) == 12
    # The change sequence goes on without a gap across the tables of a chunk.
    seqs = sorted(r[0] for r in _written(runtime, "member", start)
                  + _written(runtime, "member_status_change", start)
                  + _written(runtime, "member_event", start))
    assert seqs == list(range(start + 1, start + 1 + 72))
    for sql, orm in zip(in_sql, by_orm, strict=True):
        assert sql[2:6] == orm[2:6] and sql[7] == orm[7] == "pending"
        text, data, other = sql[6], json.loads(sql[6]), json.loads(orm[6])
        assert json_text(data) == text  # one form for every change text
        assert list(data) == list(other)  # the same keys, in the same order
        assert {k: type(v) for k, v in data.items()} == {k: type(v) for k, v in other.items()}
        if table != "member":  # a member's values are the person's own
            assert {k: v for k, v in data.items() if k not in _OWN} == \
                {k: v for k, v in other.items() if k not in _OWN}
        assert data["id"] == str(uuid.UUID(sql[1]))
        assert uuid.UUID(data["id"]).version == 7
        if "detail" in data:
            assert data["detail"]["source"] == other["detail"]["source"] == "import"
            card = data["detail"]["card_no"]
            member = _stored(runtime, "member", [data["member_id"].replace("-", "")])
            assert card == next(iter(member.values()))["card_no"]
    if table == "member":
        return
    # The rows as stored read back as their change texts say.
    stored = _stored(runtime, table, [r[1] for r in in_sql])
    for row in in_sql:
        data, kept = json.loads(row[6]), stored[row[1]]
        assert kept["member_id"] == data["member_id"].replace("-", "")
        assert kept["created_at"].replace(" ", "T") + "+00:00" == data["created_at"] or \
            kept["created_at"].endswith(".000000")
        assert kept["version"] == data["version"] == 1 and kept["deleted_at"] is None


def test_change_texts_written_in_sql_read_as_the_rows_they_record(
        runtime: StationRuntime, tmp_path: Path) -> None:
    """Members, status and history lines: each change text made by SQLite holds what the
    ORM reads back from the row (the form an ordinary flush writes)."""
    from sqlalchemy import select

    from unionstation.store.changelog import row_data
    from unionstation.store.models import ChangeRecord, Member, MemberEvent, MemberStatusChange

    start = _last_seq(runtime)
    path = rosters.write_xlsx(tmp_path / "r.xlsx")  # the messy roster: every kind of cell
    assert RosterImporter(runtime.context).run(load_roster(path), ImportOptions()).imported
    models = {"member": Member, "member_status_change": MemberStatusChange,
              "member_event": MemberEvent}
    with runtime.context.reading() as session:
        records = session.scalars(select(ChangeRecord).where(
            ChangeRecord.change_seq > start).order_by(ChangeRecord.change_seq)).all()
        assert {r.entity for r in records} == set(models)
        for record in records:
            row = session.get(models[record.entity], record.entity_id)
            assert row is not None
            # Sorted, as text: true is not 1, "1" is not 1.
            assert _sorted(record.data) == _sorted(json.loads(json_text(row_data(row))))


def _sorted(data: object) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False)
