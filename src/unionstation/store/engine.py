"""Engine and session factory for a station's SQLite file (DESIGN.md section 2)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from unionstation.store.bulk import json_text
from unionstation.store.changelog import install_change_log
from unionstation.store.search_index import install_search_index

BUSY_TIMEOUT_MS = 10_000
WRITER_CACHE_KIB = -65536  # negative: KiB, not pages

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


def create_station_engine(db_path: Path, *, read_only: bool = False,
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
                         writer_pragmas=_WRITER_PRAGMAS, json_serializer=json_text)


def sqlite_engine(url: str, pragmas: Sequence[str], *, reader: bool, deferred: bool,
                  writer_pragmas: Sequence[str] = (),
                  json_serializer: Callable[[Any], str] | None = None) -> Engine:
    """A SQLite engine running `pragmas` on every connection (the station's and the
    county's): writers begin IMMEDIATE over NullPool, readers (`reader`) get a small warm
    pool and `query_only`; `deferred` engines begin plain transactions and leave the
    journal mode alone (a read-only file cannot switch it). `writer_pragmas` run on the
    writer's connections only; `json_serializer` writes the JSON columns."""
    options: dict[str, Any] = {} if json_serializer is None else {
        "json_serializer": json_serializer}
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
            elif not deferred:
                for pragma in writer_pragmas:
                    cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

    return engine


def create_session_factory(engine: Engine) -> sessionmaker[StationSession]:
    return sessionmaker(engine, class_=StationSession, expire_on_commit=False)
