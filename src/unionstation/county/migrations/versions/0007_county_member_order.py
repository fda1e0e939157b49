"""County members list in index order: a b-tree index on (station_code, name_key,
member_id), the list's whole ORDER BY, replaces the one on (station_code, name_key).

A page of a search is then read along the index and stops at its LIMIT (with or without
a station: the station is the index's first column), instead of sorting every match; on
PostgreSQL a search of one or two characters, shorter than a trigram, no longer sorts a
twentieth of the county for fifty rows.

Revision ID: county_0007
Revises: county_0006
Create Date: 2026-12-05
"""

from alembic import op

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


def downgrade() -> None:
    op.create_index(_OLD, "county_member", ["station_code", "name_key"], unique=False)
    op.drop_index(_NEW, table_name="county_member")
