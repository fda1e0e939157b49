"""The members list in pinyin order, and union credit codes to compare across stations.

county_member gains `name_key` (domain.collation.name_collation_key of the name, ordered
byte by byte: PostgreSQL's "C" collation); county_union gains `credit_code`. Both are
filled in for the rows already projected: the keys from the names, the codes from the
unions' newest records in county_record.

Revision ID: county_0003
Revises: county_0002
Create Date: 2026-12-04
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from unionstation.domain.collation import name_collation_key

revision = "county_0003"
down_revision = "county_0002"
branch_labels = None
depends_on = None

_BATCH = 2000

_KEY = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")

_member = sa.table(
    "county_member",
    sa.column("station_code", sa.String()),
    sa.column("member_id", sa.Uuid()),
    sa.column("name", sa.String()),
    sa.column("name_key", sa.Text()),
)
_union = sa.table(
    "county_union",
    sa.column("station_code", sa.String()),
    sa.column("union_id", sa.Uuid()),
    sa.column("credit_code", sa.String()),
)
_record = sa.table(
    "county_record",
    sa.column("station_code", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.Uuid()),
    sa.column("data", sa.JSON()),
)


def _update(statement: Any, rows: list[dict[str, Any]]) -> None:
    connection = op.get_bind()
    for start in range(0, len(rows), _BATCH):
        connection.execute(statement, rows[start:start + _BATCH])


def upgrade() -> None:
    op.add_column("county_member", sa.Column("name_key", _KEY, nullable=False,
                                             server_default=""))
    op.create_index("ix_county_member_station_code_name_key", "county_member",
                    ["station_code", "name_key"], unique=False)
    op.add_column("county_union", sa.Column("credit_code", sa.String(length=18),
                                            nullable=False, server_default=""))
    op.create_index(op.f("ix_county_union_credit_code"), "county_union", ["credit_code"],
                    unique=False)

    connection = op.get_bind()
    members = [{"s": code, "m": member_id, "k": name_collation_key(name)}
               for code, member_id, name in connection.execute(
                   sa.select(_member.c.station_code, _member.c.member_id, _member.c.name))]
    _update(_member.update().where(_member.c.station_code == sa.bindparam("s"),
                                   _member.c.member_id == sa.bindparam("m"))
            .values(name_key=sa.bindparam("k")), members)

    unions = []
    for code, union_id, data in connection.execute(
            sa.select(_record.c.station_code, _record.c.entity_id, _record.c.data)
            .where(_record.c.entity == "grassroots_union")):
        credit_code = str((data or {}).get("credit_code") or "").replace("\x00", "")[:18]
        if credit_code:
            unions.append({"s": code, "u": union_id, "c": credit_code})
    _update(_union.update().where(_union.c.station_code == sa.bindparam("s"),
                                  _union.c.union_id == sa.bindparam("u"))
            .values(credit_code=sa.bindparam("c")), unions)


def downgrade() -> None:
    op.drop_index(op.f("ix_county_union_credit_code"), table_name="county_union")
    with op.batch_alter_table("county_union") as batch:
        batch.drop_column("credit_code")
    op.drop_index("ix_county_member_station_code_name_key", table_name="county_member")
    with op.batch_alter_table("county_member") as batch:
        batch.drop_column("name_key")
