"""The county store: the same migrations on SQLite and PostgreSQL, its own version table."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from unionstation.county.errors import CountyError
from unionstation.county.models import CountyBase
from unionstation.county.name_grams import GRAMS_INDEX
from unionstation.county.store import (
    VERSION_TABLE,
    county_schema_state,
    masked_url,
    normalise_url,
    open_county_store,
)
from unionstation.store.migrate import DatabaseFromNewerVersion


def _not_a_search_index(obj: object, name: str | None, kind: str, reflected: bool,
                        _other: object) -> bool:
    """PostgreSQL's trigram indexes (county migration 0002) and its index of the name's
    characters (county_0007, made after the table by DDL) are not in the models' indexes:
    SQLite has no such index, and the models describe both."""
    return not (kind == "index" and reflected
                and ((name or "").endswith("_trgm") or name == GRAMS_INDEX))


def test_migrations_make_exactly_the_models(county_db_url: str) -> None:
    store = open_county_store(county_db_url)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "version_table": VERSION_TABLE,
                                  "include_object": _not_a_search_index})
            assert compare_metadata(context, CountyBase.metadata) == []
            tables = set(inspect(connection).get_table_names())
        assert tables == set(CountyBase.metadata.tables) | {VERSION_TABLE}
        assert county_schema_state(store.engine).is_current
    finally:
        store.dispose()


def test_opening_again_is_a_no_op(county_db_url: str) -> None:
    open_county_store(county_db_url).dispose()
    store = open_county_store(county_db_url)
    try:
        with store.engine.connect() as connection:
            revisions = connection.execute(text(f"SELECT * FROM {VERSION_TABLE}")).all()
        assert revisions == [(county_schema_state(store.engine).head,)]
    finally:
        store.dispose()


def test_a_store_from_a_newer_version_is_refused(county_db_url: str) -> None:
    store = open_county_store(county_db_url)
    with store.engine.begin() as connection:
        connection.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'county_9999'"))
    store.dispose()
    with pytest.raises(DatabaseFromNewerVersion):
        open_county_store(county_db_url)


def test_sqlite_connections_have_the_station_pragmas(tmp_path: Path) -> None:
    store = open_county_store(f"sqlite:///{tmp_path / 'county.db'}")
    try:
        with store.engine.connect() as connection:
            pragmas = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                       for name in ("journal_mode", "foreign_keys", "synchronous")}
        assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}
        with store.reader.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA query_only").scalar() == 1
    finally:
        store.dispose()


def test_urls_are_normalised_and_masked() -> None:
    assert normalise_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalise_url("postgres://h/db") == "postgresql+psycopg://h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"
    assert masked_url("postgresql+psycopg://u:secret@h/db") == "postgresql+psycopg://u:***@h/db"


def test_only_sqlite_and_postgresql_are_stores() -> None:
    with pytest.raises(CountyError, match="mysql"):
        open_county_store("mysql://u@h/db")
