"""Two indexes no query reads, dropped: `county_change.entity_id` and `county_member.name`.

No query looks a received change up by its record's id, and the members list matches a
part of a name (`LIKE '%…%'`, a scan on SQLite and the trigram index of county_0005 on
PostgreSQL), which a b-tree on the name cannot answer. Both were kept up for every row
of every batch: a station's second batch of 300,000 changes spent 2.8 s of its 31 s on
the first alone, its random keys far outgrowing SQLite's page cache.

Revision ID: county_0008
Revises: county_0007
Create Date: 2026-12-05
"""

from alembic import op

revision = "county_0008"
down_revision = "county_0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_county_change_entity_id", table_name="county_change")
    op.drop_index("ix_county_member_name", table_name="county_member")


def downgrade() -> None:
    op.create_index("ix_county_member_name", "county_member", ["name"], unique=False)
    op.create_index("ix_county_change_entity_id", "county_change", ["entity_id"],
                    unique=False)
