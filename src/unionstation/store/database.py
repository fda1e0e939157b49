"""Opening a station's database: integrity check, backups, migrations, session factory."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from unionstation.paths import StationHome
from unionstation.store import search_index
from unionstation.store.backup import backup_now, daily_backup
from unionstation.store.classify import raise_if_damaged  # recovery (issue 13)
from unionstation.store.engine import (
    StationSession,
    create_session_factory,
    create_station_engine,
)
from unionstation.store.migrate import SchemaState, schema_state, upgrade_to_head

log = logging.getLogger(__name__)


@dataclass
class StationDatabase:
    """An open database: what the services need, and what the status bar shows."""

    home: StationHome
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
            self.reader = create_station_engine(self.home.db_path, reader=True,
                                                read_only=self.read_only)
            self._read_factory = create_session_factory(self.reader)
        return self._read_factory

    def dispose(self) -> None:
        self.engine.dispose()
        if self.reader is not None:
            self.reader.dispose()
            self.reader = None
            self._read_factory = None


def quick_check(home: StationHome) -> tuple[bool, str]:
    """SQLite's quick_check; a file that is not a database also counts as damaged."""
    if not home.db_path.exists():
        return True, "ok"
    try:
        connection = sqlite3.connect(f"file:{home.db_path.as_posix()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return False, str(exc)
    messages = [str(row[0]) for row in rows]
    return messages == ["ok"], "; ".join(messages[:5])


def open_database(home: StationHome, *, migrate: bool = True) -> StationDatabase:
    """Open (creating if needed) the station database.

    A damaged file raises DamagedStation (store/classify.py) before anything touches it;
    migrations run only on an intact one, after a backup of it.
    """
    raise_if_damaged(home)  # recovery (issue 13): classified before any PRAGMA
    home.ensure()
    ok, message = True, "ok"  # recovery (issue 13): raise_if_damaged ran quick_check
    if not ok:
        log.error("quick_check failed on %s: %s", home.db_path, message)
        engine = create_station_engine(home.db_path, read_only=True)
        try:
            state = schema_state(engine)
        except Exception:
            engine.dispose()
            raise
        return StationDatabase(
            home, engine, create_session_factory(engine), state, False, True, message
        )

    existed = home.db_path.exists()
    engine = create_station_engine(home.db_path)
    try:
        state = schema_state(engine)
        if migrate and not state.is_current:
            if existed and not state.is_empty:
                backup = backup_now(home, "pre-migration")
                log.info("backed up to %s before migrating from %s", backup.name, state.current)
            upgrade_to_head(engine)
            with engine.begin() as connection:
                search_index.rebuild(connection)
            state = schema_state(engine)
        if existed:
            daily_backup(home)
    except Exception:
        engine.dispose()
        raise
    return StationDatabase(home, engine, create_session_factory(engine), state, True, False)
