"""The register's search at 200,000 members: covering indexes for the name order and the
pinyin initials, and a small one for the model-worker count (issue 18).

- `ix_member_register_order` (name_pinyin, id, status, name_initials) over live members:
  the register's default page and a pinyin search walk it in name order and stop at the
  page's end, reading no member row to test the status or the initials;
- `ix_member_register_initials` (name_initials, name_pinyin, id, status): the initials
  matches counted (up to COUNT_CAP) and sorted from the index alone;
- `ix_member_model_workers` (status) over model workers only: the filter bar's
  model-worker count reads a few rows instead of every member.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 07:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_LIVE = sa.text("deleted_at IS NULL")
_MODEL_WORKER = sa.text("model_worker_level IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index('ix_member_register_order',
                              ['name_pinyin', 'id', 'status', 'name_initials'], unique=False,
                              sqlite_where=_LIVE, postgresql_where=_LIVE)
        batch_op.create_index('ix_member_register_initials',
                              ['name_initials', 'name_pinyin', 'id', 'status'], unique=False,
                              sqlite_where=_LIVE, postgresql_where=_LIVE)
        batch_op.create_index('ix_member_model_workers', ['status'], unique=False,
                              sqlite_where=_MODEL_WORKER, postgresql_where=_MODEL_WORKER)


def downgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_model_workers')
        batch_op.drop_index('ix_member_register_initials')
        batch_op.drop_index('ix_member_register_order')
