"""Projections of the members' status steps and moves (and the model-worker level on
county_member), so the county's figures are counted by the database, not by replaying
every record's JSON. Filled here from the records the county already holds.

Revision ID: county_0004
Revises: county_0003
Create Date: 2026-12-04
"""

import json
import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "county_0004"
down_revision = "county_0003"
branch_labels = None
depends_on = None


def _station_code(table: str) -> list[Any]:
    return [
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["station_code"], ["county_station.code"],
                                name=op.f(f"fk_{table}_station_code_county_station")),
    ]


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _day(value: Any) -> str | None:
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" == value[7]:
        return value[:10]
    return None


def _fill(steps: sa.Table, moves: sa.Table) -> None:
    """Project the records already held, as intake would have (projections.py)."""
    bind = op.get_bind()
    record = sa.table("county_record", sa.column("station_code"), sa.column("entity"),
                      sa.column("entity_id", sa.Uuid()), sa.column("deleted", sa.Boolean()),
                      sa.column("data", sa.JSON()))
    member = sa.table("county_member", sa.column("station_code"),
                      sa.column("member_id", sa.Uuid()), sa.column("model_worker_level"))
    step_rows, move_rows = [], []
    for code, entity, entity_id, deleted, data in bind.execute(sa.select(
            record.c.station_code, record.c.entity, record.c.entity_id, record.c.deleted,
            record.c.data).where(record.c.entity.in_(
                ("member", "member_status_change", "member_transfer")))):
        data = json.loads(data) if isinstance(data, str | bytes) else data
        if not isinstance(data, dict):
            continue
        gone = bool(deleted) or data.get("deleted_at") is not None
        member_id = _uuid(data.get("member_id"))
        if entity == "member" and data.get("model_worker_level"):
            bind.execute(sa.update(member).where(
                member.c.station_code == code, member.c.member_id == entity_id).values(
                model_worker_level=str(data["model_worker_level"])[:32]))
        elif entity == "member_status_change" and member_id and data.get("to_status") \
                and _day(data.get("changed_on")):
            step_rows.append({
                "station_code": code, "change_id": entity_id, "member_id": member_id,
                "from_status": data.get("from_status") or None,
                "to_status": str(data["to_status"])[:32],
                "changed_on": _day(data.get("changed_on")),
                "created_at": str(data.get("created_at") or "")[:40], "deleted": gone})
        elif entity == "member_transfer" and member_id and data.get("kind") == "internal" \
                and _day(data.get("transfer_on")):
            move_rows.append({
                "station_code": code, "transfer_id": entity_id, "member_id": member_id,
                "from_union_id": _uuid(data.get("from_union_id")),
                "to_union_id": _uuid(data.get("to_union_id")),
                "transfer_on": _day(data.get("transfer_on")),
                "created_at": str(data.get("created_at") or "")[:40], "deleted": gone})
    if step_rows:
        op.bulk_insert(steps, step_rows)
    if move_rows:
        op.bulk_insert(moves, move_rows)


def upgrade() -> None:
    with op.batch_alter_table("county_member") as batch:
        batch.add_column(sa.Column("model_worker_level", sa.String(length=32), nullable=True))
    steps = op.create_table(
        "county_status_change",
        *_station_code("county_status_change"),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=True),
        sa.Column("to_status", sa.String(length=32), nullable=False),
        sa.Column("changed_on", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("station_code", "change_id",
                                name=op.f("pk_county_status_change")),
    )
    op.create_index("ix_county_status_change_member", "county_status_change",
                    ["station_code", "member_id"], unique=False)
    moves = op.create_table(
        "county_move",
        *_station_code("county_move"),
        sa.Column("transfer_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("from_union_id", sa.Uuid(), nullable=True),
        sa.Column("to_union_id", sa.Uuid(), nullable=True),
        sa.Column("transfer_on", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("station_code", "transfer_id", name=op.f("pk_county_move")),
    )
    op.create_index("ix_county_move_member", "county_move", ["station_code", "member_id"],
                    unique=False)
    _fill(steps, moves)


def downgrade() -> None:
    op.drop_table("county_move")
    op.drop_table("county_status_change")
    with op.batch_alter_table("county_member") as batch:
        batch.drop_column("model_worker_level")
