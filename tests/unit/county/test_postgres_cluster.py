"""The throwaway PostgreSQL cluster the county tests run against."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from tests.postgres import binaries_missing, find_binaries, fresh_database, to_conninfo


def test_server_answers(postgres_server: str) -> None:
    assert postgres_server.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    with psycopg.connect(to_conninfo(postgres_server) + "/postgres") as conn:
        row = conn.execute("SELECT 1").fetchone()
    assert row == (1,)


def test_fresh_databases_are_separate_and_usable(postgres_server: str) -> None:
    first, second = fresh_database(postgres_server), fresh_database(postgres_server)
    assert first != second
    engine = sa.create_engine(first)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE t (name text)"))
            conn.execute(sa.text("INSERT INTO t VALUES ('张三')"))
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT name FROM t")).scalar_one() == "张三"
            assert conn.execute(sa.text("SHOW server_encoding")).scalar_one() == "UTF8"
    finally:
        engine.dispose()
    other = sa.create_engine(second)
    try:
        with other.connect() as conn:
            tables = conn.execute(sa.text(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 't'"))
            assert tables.scalar_one() == 0
    finally:
        other.dispose()


def test_missing_binaries_fail_in_ci_and_skip_elsewhere(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install postgresql"):
        binaries_missing()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="apt-get install postgresql"):
        binaries_missing()


def test_binaries_are_found_on_this_machine() -> None:
    found = find_binaries()
    if found is None:
        binaries_missing()
    assert {path.name for path in found} == {"initdb", "pg_ctl"}
