"""Opening a station's database: integrity check, backups, migrations, session factory.

The database is an SQLCipher file opened with the station's data key (store/engine.py);
a plain SQLite file from an earlier version is refused with PlainDatabase, so the caller
converts it first (store/convert.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from unionstation.paths import StationHome
from unionstation.store import search_index
from unionstation.store.backup import backup_now, daily_backup
from unionstation.store.classify import FileState, raise_if_damaged
from unionstation.store.crypto_files import register_files_key
from unionstation.store.engine import (
    StationSession,
    cipher_connect,
    create_session_factory,
    create_station_engine,
)
from unionstation.store.migrate import SchemaState, schema_state, upgrade_to_head

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class PlainDatabase(RuntimeError):
    """The station's file is plain SQLite (an earlier version): convert it first."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} 是未加密的旧版数据库,需要先转换为加密数据库。")
        self.path = path


def is_plain_sqlite(path: Path) -> bool:
    """Whether `path` starts as a plain SQLite file does (an SQLCipher file looks random)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


@dataclass
class StationDatabase:
    """An open database: what the services need, and what the status bar shows."""

    home: StationHome
    key: bytes = field(repr=False)
    engine: Engine
    session_factory: sessionmaker[StationSession]
    schema: SchemaState
    integrity_ok: bool
    read_only: bool
    integrity_message: str = "ok"
    reader: Engine | None = None
    _read_factory: sessionmaker[StationSession] | None = field(default=None, repr=False)

    @property
    def read_session_factory(self) -> sessionmaker[StationSession]:
        """Sessions for reading only: deferred transactions over a small warm pool."""
        if self._read_factory is None:
            self.reader = create_station_engine(self.home.db_path, self.key, reader=True,
                                                read_only=self.read_only)
            self._read_factory = create_session_factory(self.reader)
        return self._read_factory

    def encrypted(self) -> bool:
        """Whether the file is an SQLCipher database (`unionstation check` reports it)."""
        if is_plain_sqlite(self.home.db_path):
            return False
        with self.engine.connect() as connection:
            return bool(connection.exec_driver_sql("PRAGMA cipher_version").scalar())

    def dispose(self) -> None:
        self.engine.dispose()
        if self.reader is not None:
            self.reader.dispose()
            self.reader = None
            self._read_factory = None


def quick_check(home: StationHome, key: bytes) -> tuple[bool, str]:
    """SQLite's quick_check under the key; a file that does not open with it (damaged, or
    not a database) counts as damaged. The key itself was proved by its wrap's tag."""
    return quick_check_file(home.db_path, key)


def quick_check_file(path: Path, key: bytes) -> tuple[bool, str]:
    if not path.exists():
        return True, "ok"
    from sqlcipher3 import dbapi2

    try:
        connection = cipher_connect(f"file:{path.as_posix()}?mode=ro", key, uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except dbapi2.DatabaseError as exc:
        return False, str(exc)
    messages = [str(row[0]) for row in rows]
    return messages == ["ok"], "; ".join(messages[:5])


def open_database(home: StationHome, key: bytes, *, migrate: bool = True,
                  daily: bool = True) -> StationDatabase:
    """Open (creating if needed) the station database with its data key.

    The file is classified before any PRAGMA or schema read (store/classify.py): a
    damaged one raises DamagedStation, which the window and the command line answer with
    the recovery choices; PlainDatabase when the file is a plain one from an earlier
    version (convert it first). Migrations run only on an intact one, after a backup.
    `daily`: today's backup is taken here if there is none yet (the window takes it once
    its rows are on screen).
    """
    found = raise_if_damaged(home, key=key)
    if found.state is FileState.PLAIN:
        raise PlainDatabase(home.db_path)
    home.ensure()
    register_files_key(home.files_dir, key)
    existed = home.db_path.exists()
    engine = create_station_engine(home.db_path, key)
    try:
        state = schema_state(engine)
        if migrate and not state.is_current:
            if existed and not state.is_empty:
                backup = backup_now(home, "pre-migration", key=key)
                log.info("backed up to %s before migrating from %s", backup.name, state.current)
            upgrade_to_head(engine)
            with engine.begin() as connection:
                search_index.rebuild(connection)
            state = schema_state(engine)
        if existed and daily:
            daily_backup(home, key=key)
    except Exception:
        engine.dispose()
        raise
    return StationDatabase(home, key, engine, create_session_factory(engine), state, True,
                           False)
