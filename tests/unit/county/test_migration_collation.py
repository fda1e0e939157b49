"""county_0003 (after county_0002) on a store made by county_0001 (SQLite and
PostgreSQL): the members already projected get their pinyin keys, the unions their
credit codes from their records."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from unionstation.county.models import CountyUnion
from unionstation.county.store import MIGRATIONS_DIR, VERSION_TABLE, create_county_engine
from unionstation.county.union_cases import credit_code_at_two_stations
from unionstation.domain.collation import name_collation_key
from unionstation.store.migrate import alembic_config

CODE = "81330106MC1234567X"

# The three tables as county_0001 made them (the models have the new columns).
_STATION = sa.table("county_station", sa.column("code"), sa.column("name"),
                    sa.column("enrolled_at"), sa.column("applied_through"))
_MEMBER = sa.table("county_member", *(sa.column(name) for name in (
    "station_code", "name", "id_number", "gender", "status", "migrant_worker", "employer",
    "transfer_in_from", "deleted")), sa.column("member_id", sa.Uuid()))
_UNION = sa.table("county_union", sa.column("station_code"), sa.column("union_id", sa.Uuid()),
                  sa.column("name"), sa.column("deleted"))
_RECORD = sa.table("county_record", *(sa.column(name) for name in (
    "station_code", "entity", "version", "deleted", "change_seq", "updated_at")),
    sa.column("entity_id", sa.Uuid()), sa.column("data", sa.JSON()))




def test_upgrade_fills_name_keys_and_credit_codes(county_db_url: str) -> None:
    engine = create_county_engine(county_db_url)
    member_ids = [uuid.uuid4() for _ in range(3)]
    unions = [("S1", uuid.uuid4(), CODE), ("S2", uuid.uuid4(), CODE),
              ("S2", uuid.uuid4(), None)]
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(MIGRATIONS_DIR, connection), "county_0001")
            for code in ("S1", "S2"):
                connection.execute(_STATION.insert().values(
                    code=code, name=code, enrolled_at=datetime(2026, 1, 1), applied_through=0))
            connection.execute(_MEMBER.insert(), [
                {"station_code": "S1", "member_id": member_id, "name": name,
                 "id_number": "", "gender": "", "status": "active", "migrant_worker": False,
                 "employer": "", "transfer_in_from": "", "deleted": False}
                for member_id, name in zip(member_ids, ["张三", "曾小明", "阿里"], strict=True)])
            for code, union_id, credit in unions:
                connection.execute(_UNION.insert().values(
                    station_code=code, union_id=union_id, name="示范工会", deleted=False))
                connection.execute(_RECORD.insert().values(
                    station_code=code, entity="grassroots_union", entity_id=union_id,
                    version=1, deleted=False, data={"name": "示范工会", "credit_code": credit},
                    change_seq=1, updated_at=datetime(2026, 1, 1)))
        with engine.begin() as connection:
            command.upgrade(alembic_config(MIGRATIONS_DIR, connection), "head")
            keys = dict(connection.execute(sa.text(
                "SELECT name, name_key FROM county_member")).all())
            codes = sorted(row[0] for row in connection.execute(sa.text(
                "SELECT credit_code FROM county_union")))
            version = connection.execute(sa.text(f"SELECT * FROM {VERSION_TABLE}")).scalar()
        assert keys == {name: name_collation_key(name) for name in ["张三", "曾小明", "阿里"]}
        assert codes == ["", CODE, CODE]
        assert version == ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
        with sa.orm.Session(engine) as session:
            cases = credit_code_at_two_stations(session)
            assert [(c.credit_code, c.stations) for c in cases] == [(CODE, ["S1", "S2"])]
            assert session.scalar(sa.select(sa.func.count()).select_from(CountyUnion)) == 3
    finally:
        engine.dispose()
