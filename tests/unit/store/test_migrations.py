from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from tests.factories import TEST_KEY, connect_db
from unionstation.paths import StationHome
from unionstation.services.runtime import open_station
from unionstation.store import database as database_module
from unionstation.store.base import Base
from unionstation.store.database import open_database
from unionstation.store.migrate import DatabaseFromNewerVersion, SchemaState
from unionstation.store.models import ChangeRecord, Member, Station
from unionstation.store.search_index import is_search_table

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SCHEMA_FIXTURES = sorted(FIXTURES.glob("schema_*.db"))


def test_there_is_a_fixture_of_the_first_schema() -> None:
    assert FIXTURES / "schema_0001.db" in SCHEMA_FIXTURES


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.stem)
def test_every_released_schema_upgrades_with_its_data(fixture: Path, home: StationHome) -> None:
    home.ensure()
    shutil.copy2(fixture, home.db_path)
    runtime = open_station(home, TEST_KEY)
    try:
        assert runtime.database.schema.is_current
        with runtime.context.reading() as session:
            assert session.scalars(select(Station.name)).one() == "夹具街道总工会"
            assert set(session.scalars(select(Member.name))) == {"夹具甲", "夹具乙"}
            assert session.scalars(select(ChangeRecord)).first() is not None
    finally:
        runtime.close()


def test_a_new_database_gets_the_whole_schema(home: StationHome) -> None:
    database = open_database(home, TEST_KEY)
    try:
        assert database.schema.is_current
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "include_name": lambda name, type_, _parents: not (
                    type_ == "table" and is_search_table(name))})
            diff = compare_metadata(context, Base.metadata)
        # The models and the migrations describe the same schema.
        assert diff == []
    finally:
        database.dispose()


def test_a_database_from_a_newer_version_is_refused_untouched(home: StationHome) -> None:
    open_database(home, TEST_KEY).dispose()
    connection = connect_db(home.db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = home.db_path.read_bytes()
    with pytest.raises(DatabaseFromNewerVersion, match="更新版本"):
        open_database(home, TEST_KEY)
    assert home.db_path.read_bytes() == before


def test_a_backup_is_taken_before_migrating(
    station_home: StationHome, monkeypatch: pytest.MonkeyPatch,
) -> None:
    states = iter([SchemaState("0001", "0002"), SchemaState("0002", "0002")])
    monkeypatch.setattr(database_module, "schema_state", lambda _engine: next(states))
    upgraded: list[bool] = []
    monkeypatch.setattr(database_module, "upgrade_to_head", lambda _engine: upgraded.append(True))
    database = open_database(station_home, TEST_KEY)
    database.dispose()
    assert upgraded == [True]
    assert list(station_home.backups_dir.glob("unionstation-pre-migration-*.db"))
