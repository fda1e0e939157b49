"""Full-text indexes that make the member register answer in milliseconds (SQLite only).

Two FTS5 tables keyed by the member row's rowid:
- `member_fts_chars` (unicode61) holds the name and employer split into single
  characters, so a one- or two-character Chinese fragment is a phrase query;
- `member_fts_trigram` (trigram) holds ID number, phone and card number, for fragments
  of three characters or more. (SQLite 3.40 answers LIKE patterns shorter than three
  characters wrongly on a trigram table: never LIKE it.)

Rows are kept current by a session hook in the same transaction as the change, so no
writer can forget them, and rebuilt after every migration (a batch migration may renumber
rowids). Pinyin keys live on the member row itself, in indexed columns.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, event, literal_column, select, text
from sqlalchemy.orm import Session, UOWTransaction

from unionstation.store.bulk import execute_many
from unionstation.store.changelog import listen_bulk_insert
from unionstation.store.models import Member

CHARS_TABLE = "member_fts_chars"
TRIGRAM_TABLE = "member_fts_trigram"
SEARCH_TABLE_PREFIX = "member_fts"

DELETE_ALL = (f"DELETE FROM {CHARS_TABLE}", f"DELETE FROM {TRIGRAM_TABLE}")


def is_search_table(name: str | None) -> bool:
    """FTS5 tables and their shadow tables, which Alembic must not try to manage."""
    return bool(name) and str(name).startswith(SEARCH_TABLE_PREFIX)


def spaced_chars(text_value: str) -> str:
    """'张三' -> '张 三': one token per character for the unicode61 tokenizer."""
    return " ".join(ch for ch in text_value if not ch.isspace())


def install_search_index(session_class: type[Session]) -> None:
    event.listen(session_class, "after_flush", _after_flush)
    listen_bulk_insert(session_class, _after_bulk_insert)


def _after_bulk_insert(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    if model is not Member:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    rowids = _rowids(connection, [row["id"] for row in rows])
    _insert(connection, [(rowids[r["id"]], r["name"], r["employer"] or "", r["id_number"],
                          r["phone"] or "", r["card_no"]) for r in rows])


def _rowids(connection: Connection, ids: list[Any]) -> dict[Any, int]:
    rowids: dict[Any, int] = {}
    for start in range(0, len(ids), 500):
        query: Select[*tuple[Any, ...]] = select(Member.id, literal_column("member.rowid")).where(
            Member.id.in_(ids[start:start + 500]))
        for member_id, rowid in connection.execute(query).all():
            rowids[member_id] = int(rowid)
    return rowids


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    members = [obj for obj in (*session.new, *session.dirty) if isinstance(obj, Member)]
    if not members:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    new = {id(member) for member in session.new}
    rowids = _rowids(connection, [member.id for member in members])
    changed = [rowids[m.id] for m in members if id(m) not in new]
    for rowid in changed:
        for table in (CHARS_TABLE, TRIGRAM_TABLE):
            connection.execute(text(f"DELETE FROM {table} WHERE rowid = :r"), {"r": rowid})
    _insert(connection, [(rowids[m.id], m.name, m.employer, m.id_number, m.phone, m.card_no)
                         for m in members])


def _insert(connection: Connection,
            rows: list[tuple[int, str, str, str, str, str | None]]) -> None:
    if not rows:
        return
    execute_many(connection, f"INSERT INTO {CHARS_TABLE} (rowid, name, employer) "
                 "VALUES (?, ?, ?)",
                 [(r[0], spaced_chars(r[1]), spaced_chars(r[2] or "")) for r in rows])
    execute_many(connection, f"INSERT INTO {TRIGRAM_TABLE} (rowid, id_number, phone, card_no) "
                 "VALUES (?, ?, ?, ?)", [(r[0], r[3], r[4] or "", r[5] or "") for r in rows])


def rebuild(connection: Connection) -> int:
    """Refill both tables from the member table; returns the number of members indexed."""
    if connection.dialect.name != "sqlite":
        return 0
    for statement in DELETE_ALL:
        connection.execute(text(statement))
    rows = [(row[0], row[1], row[2], row[3], row[4], row[5]) for row in connection.execute(
        text("SELECT rowid, name, employer, id_number, phone, card_no FROM member"))]
    _insert(connection, rows)
    return len(rows)
