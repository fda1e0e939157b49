"""County member search by pinyin: county_member gains `name_pinyin` and `name_initials`.

Both are domain.pinyin.name_search_keys of the name (the keys a station's register
searches by), each with a b-tree index: a search typed in letters ("zxm", "zhang") matches
a prefix of either by an index range, on SQLite and PostgreSQL alike (compared byte by
byte there: the "C" collation). Filled here for the members already projected, one
distinct name at a time (names repeat across a county's members).

Revision ID: county_0006
Revises: county_0005
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from unionstation.domain.pinyin import name_search_keys

revision = "county_0006"
down_revision = "county_0005"
branch_labels = None
depends_on = None

_BATCH = 2000
_KEY = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")
_COLUMNS = {"ix_county_member_name_pinyin": "name_pinyin",
            "ix_county_member_name_initials": "name_initials"}

_member = sa.table(
    "county_member",
    sa.column("name", sa.String()),
    sa.column("name_pinyin", sa.Text()),
    sa.column("name_initials", sa.Text()),
)


def upgrade() -> None:
    for column in _COLUMNS.values():
        op.add_column("county_member", sa.Column(column, _KEY, nullable=False,
                                                 server_default=""))
    connection = op.get_bind()
    names = list(connection.execute(sa.select(_member.c.name).distinct()).scalars())
    statement = (_member.update().where(_member.c.name == sa.bindparam("n"))
                 .values(name_pinyin=sa.bindparam("p"), name_initials=sa.bindparam("i")))
    for start in range(0, len(names), _BATCH):
        rows = []
        for name in names[start:start + _BATCH]:
            keys = name_search_keys(name or "")
            rows.append({"n": name, "p": keys.full, "i": keys.initials})
        connection.execute(statement, rows)
    for index, column in _COLUMNS.items():
        op.create_index(index, "county_member", [column], unique=False)


def downgrade() -> None:
    for index in _COLUMNS:
        op.drop_index(index, table_name="county_member")
    with op.batch_alter_table("county_member") as batch:
        for column in _COLUMNS.values():
            batch.drop_column(column)
