"""county_0006 on a store at county_0005 (SQLite and PostgreSQL): the members already
projected get their pinyin keys, and a search in letters finds them."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.orm import Session

from unionstation.county.consolidation import list_members
from unionstation.county.store import MIGRATIONS_DIR, VERSION_TABLE, create_county_engine
from unionstation.domain.pinyin import name_search_keys
from unionstation.store.migrate import alembic_config

_STATION = sa.table("county_station", sa.column("code"), sa.column("name"),
                    sa.column("enrolled_at"), sa.column("applied_through"))
_MEMBER = sa.table("county_member", *(sa.column(name) for name in (
    "station_code", "name", "id_number", "gender", "status", "migrant_worker", "employer",
    "transfer_in_from", "deleted")), sa.column("member_id", sa.Uuid()))
NAMES = ["张小明", "曾小明", "欧阳娜娜", "张小明", "Anna Smith"]


def test_upgrade_fills_pinyin_keys(county_db_url: str) -> None:
    engine = create_county_engine(county_db_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(MIGRATIONS_DIR, connection), "county_0005")
            connection.execute(_STATION.insert().values(
                code="S1", name="一站", enrolled_at=datetime(2026, 1, 1), applied_through=0))
            connection.execute(_MEMBER.insert(), [
                {"station_code": "S1", "member_id": uuid.uuid4(), "name": name,
                 "id_number": "", "gender": "", "status": "active", "migrant_worker": False,
                 "employer": "", "transfer_in_from": "", "deleted": False}
                for name in NAMES])
        with engine.begin() as connection:
            command.upgrade(alembic_config(MIGRATIONS_DIR, connection), "head")
            keys = set(connection.execute(sa.text(
                "SELECT name, name_pinyin, name_initials FROM county_member")).all())
            version = connection.execute(sa.text(f"SELECT * FROM {VERSION_TABLE}")).scalar()
        assert keys == {(name, name_search_keys(name).full, name_search_keys(name).initials)
                        for name in NAMES}
        assert ("曾小明", "zengxiaoming", "zxm") in keys
        assert version == ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
        with Session(engine) as session:
            total, rows = list_members(session, "zxm")
            assert total == 3 and {row.name for row in rows} == {"张小明", "曾小明"}
            assert [row.name for row in list_members(session, "OYNN")[1]] == ["欧阳娜娜"]
            assert list_members(session, "zeng")[0] == 1
            assert list_members(session, "anna")[0] == 1
    finally:
        engine.dispose()
