"""County members list in index order: a b-tree index on (station_code, name_key,
member_id), the list's whole ORDER BY, replaces the one on (station_code, name_key).

A page of a search is then read along the index and stops at its LIMIT (with or without
a station: the station is the index's first column), instead of sorting every match; on
PostgreSQL a search of one or two characters, shorter than a trigram, no longer sorts a
twentieth of the county for fifty rows.

On PostgreSQL a name search of one or two characters (shorter than a trigram, which the
trigram index of county_0005 cannot answer) gets an index of its own: a GIN index on
county_name_grams(name), the lower-cased name's characters and pairs of characters; a
search "张" or "小明" is `county_name_grams(name) @> ARRAY['小明']`, a bitmap of the
members whose names hold it instead of a scan of every name.

Revision ID: county_0007
Revises: county_0006
Create Date: 2026-12-05
"""

from alembic import op

from unionstation.county.name_grams import (
    CREATE_FUNCTION,
    CREATE_INDEX,
    DROP_FUNCTION,
    DROP_INDEX,
)

revision = "county_0007"
down_revision = "county_0006"
branch_labels = None
depends_on = None

_NEW = "ix_county_member_station_name_member"
_OLD = "ix_county_member_station_code_name_key"


def upgrade() -> None:
    op.create_index(_NEW, "county_member", ["station_code", "name_key", "member_id"],
                    unique=False)
    op.drop_index(_OLD, table_name="county_member")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(CREATE_FUNCTION)
        op.execute(CREATE_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(DROP_INDEX)
        op.execute(DROP_FUNCTION)
    op.create_index(_OLD, "county_member", ["station_code", "name_key"], unique=False)
    op.drop_index(_NEW, table_name="county_member")
