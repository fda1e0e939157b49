from __future__ import annotations

from sqlalchemy import text

from tests.factories import TEST_KEY
from unionstation.paths import StationHome
from unionstation.store.engine import create_station_engine


def test_every_connection_has_the_station_pragmas(home: StationHome) -> None:
    home.ensure()
    engine = create_station_engine(home.db_path, TEST_KEY)
    with engine.connect() as connection:
        pragma = lambda name: connection.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("trusted_schema") == 0
        assert pragma("busy_timeout") == 10_000
    engine.dispose()


def test_writes_begin_immediate(home: StationHome) -> None:
    """A second writer waits for the lock instead of failing half-way through its work."""
    home.ensure()
    engine = create_station_engine(home.db_path, TEST_KEY)
    statements: list[str] = []
    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]), retval=False)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x)"))
    engine.dispose()
    assert statements[0] == "BEGIN IMMEDIATE"


def test_the_file_is_encrypted_and_readers_keep_a_decrypted_page_cache(
        home: StationHome) -> None:
    from unionstation.store.engine import READER_CIPHER_CACHE_KIB

    home.ensure()
    writer = create_station_engine(home.db_path, TEST_KEY)
    with writer.begin() as connection:
        connection.execute(text("CREATE TABLE t (x)"))
        assert connection.execute(text("PRAGMA cipher_version")).scalar()
    writer.dispose()
    assert not home.db_path.read_bytes().startswith(b"SQLite format 3")
    reader = create_station_engine(home.db_path, TEST_KEY, reader=True)
    with reader.connect() as connection:
        assert connection.execute(text("PRAGMA cache_size")).scalar() == READER_CIPHER_CACHE_KIB
        assert connection.execute(text("PRAGMA query_only")).scalar() == 1
    reader.dispose()
