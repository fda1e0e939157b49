"""The yearly figures a station sends up to the county (statistics_report, issue 17): one
synced row a year, numbers only.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 07:20:00.000000
"""

import sqlalchemy as sa
from alembic import op

from unionstation.store.base import UTCDateTime

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'statistics_report',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('figures', sa.JSON(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.Column('updated_at', UTCDateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_statistics_report')),
        sa.UniqueConstraint('year', name=op.f('uq_statistics_report_year')),
    )


def downgrade() -> None:
    op.drop_table('statistics_report')
