"""Engine and session factory for a station's SQLite file (DESIGN.md section 2).

The station's file is an SQLCipher 4 database: every connection is made by `sqlcipher3`
and given the raw 256-bit data key (`PRAGMA key = "x'...'"`), so opening costs no key
derivation. Without a key (only the conversion of an old plain station and the
benchmarks' plain baseline), the standard `sqlite3` module opens a plain file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from unionstation.store.bulk import json_text
from unionstation.store.changelog import install_change_log
from unionstation.store.search_index import install_search_index

BUSY_TIMEOUT_MS = 10_000
WRITER_CACHE_KIB = -65536  # negative: KiB, not pages
# 128 MiB per reader connection, taken only as used. SQLCipher decrypts every page it
# reads into the cache (no mmap): at 200,000 members the searches' pages (the trigram index
# alone is 52 MB) spilled out of 32 MiB, and a digit search cost 1.23-1.28x the same on
# plain SQLite in CPU; with 128 MiB, 0.90-0.99x (bench/encryption.py --reuse).
READER_CIPHER_CACHE_KIB = -131072

_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    # With WAL, NORMAL may lose the last commits on power loss; officers' data must not.
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA mmap_size=268435456",
)


# A writer's page cache big enough for the pages a big transaction dirties (64 MB, taken
# only as used). With the default 2 MB, a 50,000-row roster import spills pages to the WAL
# mid-transaction and reads evicted index pages back: 10.2-11.1 s instead of 9.4-9.8 s.
_WRITER_PRAGMAS = (f"PRAGMA cache_size={WRITER_CACHE_KIB}",)


class StationSession(Session):
    """Session class carrying the change-log and search-index hooks.

    `info["officer"]` names who signs the changes.
    """


install_change_log(StationSession)
install_search_index(StationSession)


@contextlib.contextmanager
def page_cache(connection: Connection, kib: int) -> Iterator[None]:
    """The connection's SQLite page cache at `kib` KiB, then the size it had: one pass
    over big tables (a batch streamed out, the figures counted) would fill a reader's
    128 MiB for nothing, and a pooled connection keeps its cache for the next user."""
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size=-{kib}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={before}")


def cipher_connect(database: str, key: bytes, *, uri: bool = False,
                   check_same_thread: bool = True) -> Any:
    """A `sqlcipher3` connection keyed with the raw data key (nothing read yet)."""
    from sqlcipher3 import dbapi2

    connection = dbapi2.connect(database, uri=uri, check_same_thread=check_same_thread)
    # A wrong key or a damaged page is an error we raise ourselves; not a log line.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def create_station_engine(db_path: Path, key: bytes | None, *, read_only: bool = False,
                          reader: bool = False) -> Engine:
    """An engine whose every connection has the station PRAGMAs.

    The writer's transactions begin with BEGIN IMMEDIATE, so two writers queue instead of
    deadlocking; it needs no pool (NullPool: each unit of work its own connection). The
    `reader` engine begins plain (deferred) transactions, which in WAL mode never wait for
    a writer, keeps a small pool so its page cache stays warm for the register's searches,
    and is `query_only`, so nothing can write through it. JSON columns are written by
    `json_text`, as the bulk path writes them, so a change record's text has one form.
    """
    if read_only:
        url = f"sqlite:///file:{db_path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{db_path.as_posix()}"
    return sqlite_engine(url, _PRAGMAS, reader=reader, deferred=read_only or reader,
                         writer_pragmas=_WRITER_PRAGMAS, json_serializer=json_text, key=key)


def sqlite_engine(url: str, pragmas: Sequence[str], *, reader: bool, deferred: bool,
                  writer_pragmas: Sequence[str] = (),
                  json_serializer: Callable[[Any], str] | None = None,
                  key: bytes | None = None) -> Engine:
    """A SQLite engine running `pragmas` on every connection (the station's and the
    county's): writers begin IMMEDIATE over NullPool, readers (`reader`) get a small warm
    pool and `query_only`; `deferred` engines begin plain transactions and leave the
    journal mode alone (a read-only file cannot switch it). `writer_pragmas` run on the
    writer's connections only; `json_serializer` writes the JSON columns. With `key`, the
    file is an SQLCipher database opened with that raw key."""
    options: dict[str, Any] = {} if json_serializer is None else {
        "json_serializer": json_serializer}
    if key is not None:
        options.update(_cipher_options(url, key, check_same_thread=not reader))
    if reader:
        engine = create_engine(url, poolclass=QueuePool, pool_size=2, max_overflow=4,
                               connect_args={"check_same_thread": False}, **options)
    else:
        engine = create_engine(url, poolclass=NullPool, **options)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                if deferred and "journal_mode" in pragma:
                    continue
                cursor.execute(pragma)
            if reader:
                cursor.execute("PRAGMA query_only=ON")
                if key is not None:
                    # SQLCipher cannot map the file (mmap_size does nothing on an
                    # encrypted one): a reader keeps its decrypted pages in its cache.
                    cursor.execute(f"PRAGMA cache_size={READER_CIPHER_CACHE_KIB}")
            elif not deferred:
                for pragma in writer_pragmas:
                    cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

    return engine


def _cipher_options(url: str, key: bytes, *, check_same_thread: bool) -> dict[str, Any]:
    """SQLAlchemy's pysqlite dialect over `sqlcipher3`'s DB-API, each connection keyed."""
    from sqlcipher3 import dbapi2

    parsed = make_url(url)
    database = parsed.database or ":memory:"
    uri = parsed.query.get("uri") == "true"
    if uri and parsed.query.get("mode"):
        database = f"{database}?mode={parsed.query['mode']}"

    def creator() -> Any:
        return cipher_connect(database, key, uri=uri, check_same_thread=check_same_thread)

    return {"module": dbapi2, "creator": creator}


def create_session_factory(engine: Engine) -> sessionmaker[StationSession]:
    return sessionmaker(engine, class_=StationSession, expire_on_commit=False)
