"""The change log's state index gains the change number (issue 18).

An export no longer rewrites the state of every change it carries (a 150,000-change batch
rewrote 128 MB of the change log to note where it went): the batch's own row holds its
range. The outbox's range and the sync page's pending and sent counts are then answered
from `ix_change_log_state_seq` (state, change_seq) alone, reading no change-log row.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 19:00:00.000000
"""

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_state')
        batch_op.create_index('ix_change_log_state_seq', ['state', 'change_seq'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_state_seq')
        batch_op.create_index('ix_change_log_state', ['state'], unique=False)
