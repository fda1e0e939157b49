"""County officers with their roles, and the county's hash-chained audit trail.

Revision ID: county_0002
Revises: county_0001
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "county_0002"
down_revision = "county_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "county_officer",
        sa.Column("login", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_county_officer")),
    )
    op.create_table(
        "county_audit",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_county_audit")),
    )
    for column in ("at", "officer", "action"):
        op.create_index(op.f(f"ix_county_audit_{column}"), "county_audit", [column],
                        unique=False)


def downgrade() -> None:
    for column in ("action", "officer", "at"):
        op.drop_index(op.f(f"ix_county_audit_{column}"), table_name="county_audit")
    op.drop_table("county_audit")
    op.drop_table("county_officer")
