"""Full-text indexes that make the member register answer in milliseconds (SQLite only).

Two FTS5 tables and one plain table keyed by the member row's rowid:
- `member_fts_chars` (unicode61) holds the name and employer split into single
  characters, so a one- or two-character Chinese fragment is a phrase query;
- `member_fts_trigram` (trigram) holds ID number, phone and card number, for fragments
  of three characters or more. (SQLite 3.40 answers LIKE patterns shorter than three
  characters wrongly on a trigram table: never LIKE it.)
- both carry a `facts` column naming what the register's status filter needs (see
  `facts`), so a search counts its matches from the index alone;
- `member_fts_keys` holds the name sort key (`name_pinyin`, then `id`, as stored) and the
  member row's rowid (`member`).

The rowid of all three is a *sort key* (`sort_key`), not the member's rowid: the first
eight letters of the name's pinyin packed so that integer order follows the name order,
then the member's rowid. FTS5 hands its matches back in rowid order, so the first page of
a search in name order is read from the index and stops at the page's end, whatever the
number of matches; only members whose packed prefixes are equal are sorted by their
whole key (`services/member_query.py`).

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
KEYS_MEMBER_INDEX = "member_fts_keys_member"
SEARCH_TABLE_PREFIX = "member_fts"

# The sort key: PREFIX_LETTERS letters of the pinyin in base 28 (0: end of the name or a
# character before "a", 1-26: a-z, 27: any character after "z", where the packing stops),
# then MEMBER_BITS of the member's rowid (stations stay far below 16.7 million rows).
PREFIX_LETTERS = 8
MEMBER_BITS = 24
_MEMBER_MASK = (1 << MEMBER_BITS) - 1

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


def name_bucket(pinyin: str) -> int:
    """The pinyin's first letters packed so that integer order follows string order
    (never the other way round for unequal buckets: a < b whenever bucket(a) < bucket(b))."""
    value = 0
    stopped = False
    for at in range(PREFIX_LETTERS):
        digit = 0
        if not stopped and at < len(pinyin):
            char = pinyin[at]
            if "a" <= char <= "z":
                digit = ord(char) - ord("a") + 1
            else:  # past the alphabet's order: the rest of the key says nothing more
                digit, stopped = (27 if char > "z" else 0), True
        else:
            stopped = True
        value = value * 28 + digit
    return value


def sort_key(pinyin: str, member_rowid: int) -> int:
    """The search indexes' rowid for a member: its name bucket, then its own rowid."""
    return (name_bucket(pinyin) << MEMBER_BITS) | (member_rowid & _MEMBER_MASK)


def bucket_of(key: int) -> int:
    return key >> MEMBER_BITS


def bucket_range(bucket: int) -> tuple[int, int]:
    """The least and greatest sort keys of a bucket."""
    return bucket << MEMBER_BITS, (bucket << MEMBER_BITS) | _MEMBER_MASK


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


_AFTER = _SOURCE + " WHERE rowid > ?"


def _after_bulk_insert(session: Session, model: type[Any], rows: list[dict[str, Any]],
                       after: int | None) -> None:
    if model is not Member:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    if after is not None:  # the rows just written are those above it: one plain query
        _insert(connection, connection.exec_driver_sql(_AFTER, (after,)).all())
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
    remove_members(connection, [row[0] for row in sources])
    _insert(connection, sources)


def remove_members(connection: Connection, member_rowids: Sequence[int]) -> None:
    """Take these member rows (by their rowids) out of the three tables."""
    keys: list[tuple[int]] = []
    for start in range(0, len(member_rowids), 500):
        chunk = tuple(member_rowids[start:start + 500])
        keys += [(int(row[0]),) for row in connection.exec_driver_sql(
            f"SELECT rowid FROM {KEYS_TABLE} WHERE member IN ({','.join('?' * len(chunk))})",
            chunk)]
    for table in (CHARS_TABLE, TRIGRAM_TABLE, KEYS_TABLE):
        execute_many(connection, f"DELETE FROM {table} WHERE rowid = ?", keys)


def _insert(connection: Connection, rows: Sequence[Source]) -> None:
    if not rows:
        return
    # In rowid order: FTS5 writes out a segment whenever a rowid is not above the last one
    # it was given, which made a 10,000-member import's index five times slower.
    keyed = sorted(((sort_key(r[8], r[0]), r) for r in rows), key=itemgetter(0))
    found = [facts(r[6], bool(r[7])) for _key, r in keyed]
    employers: dict[str, str] = {}  # an employer is shared by many members
    execute_many(connection, f"INSERT INTO {CHARS_TABLE} (rowid, name, employer, facts) "
                 "VALUES (?, ?, ?, ?)",
                 [(key, spaced_chars(r[1]), employers.get(r[2] or "")
                   or employers.setdefault(r[2] or "", spaced_chars(r[2] or "")), f)
                  for (key, r), f in zip(keyed, found, strict=True)])
    execute_many(connection, f"INSERT INTO {TRIGRAM_TABLE} "
                 "(rowid, id_number, phone, card_no, facts) VALUES (?, ?, ?, ?, ?)",
                 [(key, r[3], r[4] or "", r[5] or "", f)
                  for (key, r), f in zip(keyed, found, strict=True)])
    execute_many(connection, f"INSERT INTO {KEYS_TABLE} (rowid, member, pinyin, id) "
                 "VALUES (?, ?, ?, ?)", [(key, r[0], r[8], r[9]) for key, r in keyed])


def rebuild(connection: Connection) -> int:
    """Refill the tables from the member table; returns the number of members indexed."""
    if connection.dialect.name != "sqlite":
        return 0
    for statement in DELETE_ALL:
        connection.execute(text(statement))
    rows = connection.exec_driver_sql(_SOURCE).all()
    _insert(connection, rows)
    for table in (CHARS_TABLE, TRIGRAM_TABLE):
        # One segment, without the deleted rows' entries: half the size, twice as fast
        # to search (200,000 members: 52 MB of trigram index instead of 86).
        connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    return len(rows)
