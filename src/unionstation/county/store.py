"""The county store: engines for a URL (SQLite or PostgreSQL), migrations run on open.

A SQLite store opened with the county's data key is an SQLCipher file (county_keyring.py).

SQLite gets the station's PRAGMAs (WAL, foreign keys, synchronous FULL, a busy timeout)
and a writer whose transactions begin IMMEDIATE, so two imports queue instead of
deadlocking; readers begin plain transactions, which in WAL mode never wait for an
import in progress. PostgreSQL takes the same models and migrations through psycopg 3;
intake serialises a station's imports there by locking its row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from unionstation.county.errors import CountyError
from unionstation.store.engine import sqlite_engine
from unionstation.store.migrate import (
    SchemaState,
    alembic_config,
    revision_state,
    upgrade_in_one_transaction,
)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "county_alembic_version"
# An import of a 50,000-member station holds the write lock for seconds; others wait.
BUSY_TIMEOUT_MS = 120_000

_SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA trusted_schema=OFF",
    # A first batch inserts 150,000 changes and records at random places in their
    # indexes; a 64 MiB page cache keeps those index pages in memory.
    "PRAGMA cache_size=-65536",
)


def normalise_url(url: str) -> str:
    """`postgresql://` and `postgres://` mean psycopg 3 (the only driver installed)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def masked_url(url: str) -> str:
    """The URL with any password hidden, for screens and logs."""
    return make_url(url).render_as_string(hide_password=True)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_county_engine(url: str, *, reader: bool = False, key: bytes | None = None,
                         ) -> Engine:
    """An engine for the county store at `url` (see the module docstring); a SQLite store
    with `key` is an SQLCipher file under that raw key, as a station's."""
    url = normalise_url(url)
    backend = make_url(url).get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise CountyError(f"县总工会数据库只支持 SQLite 和 PostgreSQL,不支持 {backend}。")
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        return sqlite_engine(url, _SQLITE_PRAGMAS, reader=reader, deferred=reader, key=key)
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


@dataclass
class CountyStore:
    """An open county store: a writer, a reader (the same engine on PostgreSQL)."""

    url: str
    engine: Engine
    reader: Engine
    session_factory: sessionmaker[Session]
    read_session_factory: sessionmaker[Session]

    def dispose(self) -> None:
        self.engine.dispose()
        if self.reader is not self.engine:
            self.reader.dispose()


def open_county_store(url: str, key: bytes | None = None) -> CountyStore:
    """Open the store at `url`, creating and upgrading its schema to the newest; `key`
    opens (or creates) an encrypted SQLite store."""
    url = normalise_url(url)
    engine = create_county_engine(url, key=key)
    try:
        if not county_schema_state(engine).is_current:
            upgrade_county(engine)
    except Exception:
        engine.dispose()
        raise
    reader = create_county_engine(url, reader=True, key=key) if is_sqlite(url) else engine
    return CountyStore(
        url=url, engine=engine, reader=reader,
        session_factory=sessionmaker(engine, expire_on_commit=False),
        read_session_factory=sessionmaker(reader, expire_on_commit=False),
    )


def _config(connection: Connection | None = None) -> Config:
    return alembic_config(MIGRATIONS_DIR, connection)


def county_schema_state(engine: Engine) -> SchemaState:
    """Where the store stands; DatabaseFromNewerVersion for a revision this code lacks."""
    return revision_state(engine, _config(), VERSION_TABLE)


def upgrade_county(engine: Engine) -> None:
    """Upgrade in one transaction, foreign keys checked as on the station."""
    upgrade_in_one_transaction(engine, _config)
