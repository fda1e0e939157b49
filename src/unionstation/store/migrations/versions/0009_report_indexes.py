"""Indexes for the statistics reports (issue 17): the member status history, the member
columns the figures are grouped by, and the dates of hardship files, visits and payments,
each covering what the reports read, so a 50,000-member station's report reads indexes
rather than its widest tables. The status history's and the visits' one-column indexes
give way to the covering ones, which begin with the same column.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 08:00:00.000000
"""

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_member_status_change_member_id', table_name='member_status_change')
    op.create_index('ix_member_status_change_history', 'member_status_change',
                    ['member_id', 'deleted_at', 'changed_on', 'to_status'], unique=False)
    op.create_index('ix_member_report', 'member',
                    ['id', 'deleted_at', 'grassroots_union_id', 'gender', 'migrant_worker',
                     'priority_group', 'model_worker_level', 'transfer_in_from'],
                    unique=False)
    op.create_index('ix_hardship_file_dates', 'hardship_file',
                    ['opened_on', 'deleted_at', 'relieved_on', 'closed_on', 'category'],
                    unique=False)
    op.drop_index('ix_visit_visited_on', table_name='visit')
    op.create_index('ix_visit_visited_on_live', 'visit', ['visited_on', 'deleted_at'],
                    unique=False)
    op.create_index('ix_payment_paid_on', 'payment',
                    ['paid_on', 'deleted_at', 'funding', 'file_id', 'amount'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_payment_paid_on', table_name='payment')
    op.drop_index('ix_visit_visited_on_live', table_name='visit')
    op.create_index('ix_visit_visited_on', 'visit', ['visited_on'], unique=False)
    op.drop_index('ix_hardship_file_dates', table_name='hardship_file')
    op.drop_index('ix_member_report', table_name='member')
    op.drop_index('ix_member_status_change_history', table_name='member_status_change')
    op.create_index('ix_member_status_change_member_id', 'member_status_change',
                    ['member_id'], unique=False)
