"""County member search on PostgreSQL through trigram indexes (pg_trgm), not a scan.

The members list matches a part of the name (ILIKE) or a run of ID-number digits (LIKE);
a GIN trigram index on each answers those for terms of three characters or more. On
SQLite (a county's default store, a few stations) nothing changes. pg_trgm is a trusted
extension (PostgreSQL 13+): the county's database owner may create it.

Revision ID: county_0005
Revises: county_0004
Create Date: 2026-12-04
"""

from alembic import op

revision = "county_0005"
down_revision = "county_0004"
branch_labels = None
depends_on = None

_INDEXES = {"ix_county_member_name_trgm": "name",
            "ix_county_member_id_number_trgm": "id_number"}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in _INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON county_member "
                   f"USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
