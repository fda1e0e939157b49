"""Sync state: the batches this station wrote and the county's per-change answers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 06:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from unionstation.store.base import UTCDateTime

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sync_batch',
        sa.Column('batch_id', sa.Uuid(), nullable=False),
        sa.Column('file_name', sa.String(length=100), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('from_seq', sa.Integer(), nullable=False),
        sa.Column('to_seq', sa.Integer(), nullable=False),
        sa.Column('changes', sa.Integer(), nullable=False),
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.Column('destination', sa.String(length=500), nullable=False),
        sa.Column('acknowledged_at', UTCDateTime(), nullable=True),
        sa.Column('ack_status', sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_sync_batch')),
    )
    with op.batch_alter_table('sync_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_batch_sha256'), ['sha256'], unique=False)
    op.create_table(
        'sync_issue',
        sa.Column('change_seq', sa.Integer(), nullable=False),
        sa.Column('entity', sa.String(length=64), nullable=False),
        sa.Column('entity_id', sa.Uuid(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('code', sa.String(length=32), nullable=False),
        sa.Column('reason', sa.String(length=300), nullable=False),
        sa.Column('received_at', UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('change_seq', name=op.f('pk_sync_issue')),
    )
    with op.batch_alter_table('sync_issue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_issue_entity_id'), ['entity_id'], unique=False)


def downgrade() -> None:
    op.drop_table('sync_issue')
    op.drop_table('sync_batch')
