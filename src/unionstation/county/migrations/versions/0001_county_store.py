"""The county store: stations and keys, batches, changes, records, conflicts, alerts,
and the member / union / transfer projections consolidation reads.

Revision ID: county_0001
Revises:
Create Date: 2025-11-27
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "county_0001"
down_revision = None
branch_labels = None
depends_on = None


def _station_code(table: str) -> list[Any]:
    """The station_code column with its foreign key to county_station."""
    return [
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["station_code"], ["county_station.code"],
                                name=op.f(f"fk_{table}_station_code_county_station")),
    ]


def _index(table: str, *columns: str, name: str | None = None) -> None:
    op.create_index(name or op.f(f"ix_{table}_{columns[0]}"), table, list(columns),
                    unique=False)


def upgrade() -> None:
    op.create_table(
        "county_alert",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_county_alert")),
    )
    _index("county_alert", "at")
    op.create_table(
        "county_info",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_county_info")),
    )
    op.create_table(
        "county_station",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("applied_through", sa.Integer(), nullable=False),
        sa.Column("last_batch_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_county_station")),
    )
    op.create_table(
        "county_batch",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        *_station_code("county_batch"),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("to_seq", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("ack", sa.LargeBinary(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_county_batch")),
    )
    _index("county_batch", "batch_id")
    _index("county_batch", "station_code")
    op.create_table(
        "county_change",
        *_station_code("county_change"),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("batch_sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("station_code", "change_seq", name=op.f("pk_county_change")),
    )
    _index("county_change", "entity_id")
    op.create_table(
        "county_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        *_station_code("county_conflict"),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("incoming", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_county_conflict")),
    )
    _index("county_conflict", "station_code")
    op.create_table(
        "county_member",
        *_station_code("county_member"),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("union_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("migrant_worker", sa.Boolean(), nullable=False),
        sa.Column("priority_group", sa.String(length=32), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("transfer_in_from", sa.String(length=200), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("station_code", "member_id", name=op.f("pk_county_member")),
    )
    _index("county_member", "id_number", "status", name="ix_county_member_id_number_status")
    _index("county_member", "name")
    op.create_table(
        "county_record",
        *_station_code("county_record"),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("station_code", "entity", "entity_id",
                                name=op.f("pk_county_record")),
    )
    op.create_table(
        "county_station_key",
        sa.Column("key_id", sa.String(length=32), nullable=False),
        *_station_code("county_station_key"),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_county_station_key")),
    )
    _index("county_station_key", "station_code")
    op.create_table(
        "county_transfer",
        *_station_code("county_transfer"),
        sa.Column("transfer_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("transfer_on", sa.Date(), nullable=True),
        sa.Column("from_name", sa.String(length=200), nullable=False),
        sa.Column("to_name", sa.String(length=200), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("station_code", "transfer_id",
                                name=op.f("pk_county_transfer")),
    )
    _index("county_transfer", "member_id")
    op.create_table(
        "county_union",
        *_station_code("county_union"),
        sa.Column("union_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("station_code", "union_id", name=op.f("pk_county_union")),
    )


def downgrade() -> None:
    for table in ("county_union", "county_transfer", "county_station_key", "county_record",
                  "county_member", "county_conflict", "county_change", "county_batch",
                  "county_station", "county_info", "county_alert"):
        op.drop_table(table)
