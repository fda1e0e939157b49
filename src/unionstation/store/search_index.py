"""Full-text indexes that make the member register answer in milliseconds (SQLite only).

Two FTS5 tables and one plain table keyed by the member row's rowid:
- `member_fts_chars` (unicode61) holds the name and employer split into single
  characters, so a one- or two-character Chinese fragment is a phrase query;
- `member_fts_trigram` (trigram) holds ID number, phone and card number, for fragments
  of three characters or more. (SQLite 3.40 answers LIKE patterns shorter than three
  characters wrongly on a trigram table: never LIKE it.)
- both carry a `facts` column naming what the register's status filter needs (see
  `facts`), so a search counts its matches from the index alone;
- `member_fts_keys` holds the name sort key (`name_pinyin`, then `id`, as stored), a
  narrow table whose rows are read much faster than the member rows to sort a page.

Rows are kept current by a session hook in the same transaction as the change, so no
writer can forget them, and rebuilt after every migration (a batch migration may renumber
rowids). Pinyin keys also live on the member row itself, in indexed columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, bindparam, event, text
from sqlalchemy.orm import Session, UOWTransaction

from unionstation.domain.codes import MemberStatus
from unionstation.store.bulk import execute_many
from unionstation.store.changelog import listen_bulk_insert
from unionstation.store.models import Member

CHARS_TABLE = "member_fts_chars"
TRIGRAM_TABLE = "member_fts_trigram"
KEYS_TABLE = "member_fts_keys"
KEYS_ORDER_INDEX = "member_fts_keys_order"
SEARCH_TABLE_PREFIX = "member_fts"

DELETE_ALL = (f"DELETE FROM {CHARS_TABLE}", f"DELETE FROM {TRIGRAM_TABLE}",
              f"DELETE FROM {KEYS_TABLE}")

# The `facts` token of a soft-deleted member; others carry their status's token, except
# the active ones (most of the register), who carry none, so the usual filters are
# NOT queries over short lists.
GONE = "gone"
_ACTIVE = MemberStatus.ACTIVE.value


def status_token(status: str) -> str:
    """'transferred_out' -> 'stransferredout': one token for both tokenizers."""
    return "s" + "".join(ch for ch in status if ch.isalnum())


def facts(status: str, live: bool) -> str:
    """The `facts` column of a member: GONE when soft-deleted, else its status token."""
    if not live:
        return GONE
    return "" if status == _ACTIVE else status_token(status)


def is_search_table(name: str | None) -> bool:
    """FTS5 tables and their shadow tables, which Alembic must not try to manage."""
    return bool(name) and str(name).startswith(SEARCH_TABLE_PREFIX)


def spaced_chars(text_value: str) -> str:
    """'张三' -> '张 三': one token per character for the unicode61 tokenizer."""
    return " ".join(ch for ch in text_value if not ch.isspace())


def install_search_index(session_class: type[Session]) -> None:
    event.listen(session_class, "after_flush", _after_flush)
    listen_bulk_insert(session_class, _after_bulk_insert)


# What the indexes hold, read back from the member rows as stored (status by value, id as
# its 32 hex digits), so every writer indexes exactly what a search compares against.
_SOURCE = ("SELECT rowid, name, employer, id_number, phone, card_no, status, "
           "deleted_at IS NULL, name_pinyin, id FROM member")
_BY_ID = text(_SOURCE + " WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))

Source = Sequence[Any]


def _hex(value: Any) -> Any:
    return getattr(value, "hex", value)


def _sources(connection: Connection, ids: Iterable[Any]) -> list[Source]:
    wanted = [_hex(member_id) for member_id in ids]
    rows: list[Source] = []
    for start in range(0, len(wanted), 500):
        rows += connection.execute(_BY_ID, {"ids": wanted[start:start + 500]}).all()
    return rows


def _after_bulk_insert(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    if model is not Member:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    _insert(connection, _sources(connection, [row["id"] for row in rows]))


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    members = [obj for obj in (*session.new, *session.dirty) if isinstance(obj, Member)]
    if not members:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    sources = _sources(connection, [member.id for member in members])
    # New members too: a rowid freed by a deleted row may be handed out again.
    rowids = [(row[0],) for row in sources]
    for table in (CHARS_TABLE, TRIGRAM_TABLE, KEYS_TABLE):
        execute_many(connection, f"DELETE FROM {table} WHERE rowid = ?", rowids)
    _insert(connection, sources)


def _insert(connection: Connection, rows: Sequence[Source]) -> None:
    if not rows:
        return
    # In rowid order: FTS5 writes out a segment whenever a rowid is not above the last one
    # it was given, which made a 10,000-member import's index five times slower.
    rows = sorted(rows, key=itemgetter(0))
    found = [(r[0], facts(r[6], bool(r[7]))) for r in rows]
    execute_many(connection, f"INSERT INTO {CHARS_TABLE} (rowid, name, employer, facts) "
                 "VALUES (?, ?, ?, ?)",
                 [(r[0], spaced_chars(r[1]), spaced_chars(r[2] or ""), f[1])
                  for r, f in zip(rows, found, strict=True)])
    execute_many(connection, f"INSERT INTO {TRIGRAM_TABLE} "
                 "(rowid, id_number, phone, card_no, facts) VALUES (?, ?, ?, ?, ?)",
                 [(r[0], r[3], r[4] or "", r[5] or "", f[1])
                  for r, f in zip(rows, found, strict=True)])
    execute_many(connection, f"INSERT INTO {KEYS_TABLE} (rowid, pinyin, id) VALUES (?, ?, ?)",
                 [(r[0], r[8], r[9]) for r in rows])


def rebuild(connection: Connection) -> int:
    """Refill the tables from the member table; returns the number of members indexed."""
    if connection.dialect.name != "sqlite":
        return 0
    for statement in DELETE_ALL:
        connection.execute(text(statement))
    rows = connection.exec_driver_sql(_SOURCE).all()
    _insert(connection, rows)
    return len(rows)
