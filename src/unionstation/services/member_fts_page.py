"""A page of an index search in name order, read from the FTS tables in their own order.

The search indexes' rowids are sort keys (store/search_index.py): a name bucket (the
pinyin's first letters) then the member's rowid. FTS5 hands matches back in rowid order
and stops at the LIMIT, so the first `offset + limit` matches cost what they are, however
many members match. The last of them may share its bucket with matches further on, and a
bucket is not in exact name order: the rest of that bucket is read too, and these few are
sorted by their whole key (pinyin, then id) with the rest.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

from unionstation.services.member_search import IndexSearch
from unionstation.store.search_index import KEYS_TABLE, bucket_of, bucket_range


def indexed_count(connection: Connection, indexed: IndexSearch,
                  cap: int | None = None) -> tuple[int, bool]:
    """How many members the search matches, counted in the FTS tables: exactly for names
    (or without a `cap`), up to `cap` (COUNT_CAP) where a digit term is among the terms.
    Returns the count and whether it was capped."""
    if cap is None or not indexed.codes:
        return int(connection.scalar(
            text(indexed.matched.format(what="count(*)")), indexed.params) or 0), False
    counted = int(connection.scalar(text(
        f"SELECT count(*) FROM ({indexed.matched.format(what='rowid')} "
        f"LIMIT {cap + 1})"), indexed.params) or 0)
    return (cap, True) if counted > cap else (counted, False)


def page_members(connection: Connection, indexed: IndexSearch, offset: int, limit: int,
                 descending: bool = False) -> list[int]:
    """The member rowids of one page of the search, in name order (pinyin, then id;
    `descending`: pinyin from z to a, then id)."""
    if limit <= 0:
        return []
    keys = _first_keys(connection, indexed, offset + limit, descending)
    return _page(connection, indexed, keys, len(keys) < offset + limit, offset, limit,
                 descending)


def counted_page(connection: Connection, indexed: IndexSearch, offset: int, limit: int,
                 descending: bool, cap: int) -> tuple[int, bool, list[int]]:
    """A digit search's count up to `cap` and its page from one read of the index: the
    first cap + 1 matches in index order (or the page's, if further). Returns the count,
    whether it was capped, and the page's member rowids."""
    asked = max(cap + 1, offset + limit)
    keys = _first_keys(connection, indexed, asked, descending)
    capped = len(keys) > cap
    members = [] if limit <= 0 else _page(connection, indexed, keys, len(keys) < asked,
                                          offset, limit, descending)
    return (cap if capped else len(keys)), capped, members


def _first_keys(connection: Connection, indexed: IndexSearch, count: int,
                descending: bool) -> list[int]:
    way = "DESC" if descending else "ASC"
    return [int(key) for key in connection.scalars(text(
        f"{indexed.matched.format(what='rowid')} ORDER BY rowid {way} LIMIT :count"),
        {**indexed.params, "count": count})]


def _page(connection: Connection, indexed: IndexSearch, first: list[int], complete: bool,
          offset: int, limit: int, descending: bool) -> list[int]:
    """One page from `first`, the leading matches in index order (`complete`: all of
    them): those up to the page's end and the rest of the last one's bucket, sorted by
    their whole key."""
    wanted = offset + limit
    if len(first) <= offset:
        return []
    keys = first[:wanted]
    if len(first) >= wanted:  # the rest of the last one's bucket
        bucket = bucket_of(keys[-1])
        keys += [key for key in first[wanted:] if bucket_of(key) == bucket]
        if not complete and bucket_of(first[-1]) == bucket:  # it may go on past them
            low, high = bucket_range(bucket)
            low, high = (low, first[-1] - 1) if descending else (first[-1] + 1, high)
            keys += [int(key) for key in connection.scalars(text(
                f"{indexed.matched.format(what='rowid')} AND rowid BETWEEN :low AND :high"),
                {**indexed.params, "low": low, "high": high})]
    way = "DESC" if descending else "ASC"
    return [int(member) for member in connection.scalars(text(
        f"SELECT member FROM {KEYS_TABLE} WHERE rowid IN (SELECT value FROM json_each(:keys)) "
        f"ORDER BY pinyin {way}, id LIMIT :limit OFFSET :offset"),
        {"keys": json.dumps(keys), "limit": limit, "offset": offset})]
