"""Hardship aid: household files, household members, history, campaigns, visits,
must-visit occasions and payments; payments are append-only (triggers refuse UPDATE and
DELETE, so not even raw SQL can change an amount).

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-04 15:50:00.000000
"""

import sqlalchemy as sa
from alembic import op

from unionstation.store.base import UTCDateTime

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# As in store/models/hardship.py (PAYMENT_TRIGGERS), written out: a migration is history.
PAYMENT_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS payment_no_update BEFORE UPDATE ON payment "
    "BEGIN SELECT RAISE(ABORT, 'payments are append-only: record a reversal'); END",
    "CREATE TRIGGER IF NOT EXISTS payment_no_delete BEFORE DELETE ON payment "
    "BEGIN SELECT RAISE(ABORT, 'payments are append-only: record a reversal'); END",
)
TABLES = ('payment', 'must_visit', 'visit', 'household_member', 'hardship_event',
          'campaign_household', 'hardship_file', 'campaign')


def upgrade() -> None:
    op.create_table('campaign',
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('winter_warmth', 'summer_cooling', 'autumn_schooling', 'spring_jobs', 'other', name='campaignkind', native_enum=False, length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('budget', sa.Integer(), nullable=False),
    sa.Column('standards', sa.JSON(), nullable=False),
    sa.Column('funding', sa.Enum('own_funds', 'higher_union', 'donation', 'special_fund', name='fundingsource', native_enum=False, length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_campaign_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign'))
    )
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_year'), ['year'], unique=False)

    op.create_table('hardship_file',
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('file_no', sa.String(length=32), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('employer', sa.String(length=200), nullable=False),
    sa.Column('union_name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.Enum('severe', 'relative', 'sudden', name='hardshipcategory', native_enum=False, length=32), nullable=False),
    sa.Column('main_cause', sa.Enum('illness', 'disability', 'schooling', 'disaster', 'unemployment', 'accident', 'single_parent', 'other', name='hardshipcause', native_enum=False, length=32), nullable=False),
    sa.Column('secondary_causes', sa.JSON(), nullable=False),
    sa.Column('household_size', sa.Integer(), nullable=False),
    sa.Column('monthly_income', sa.Integer(), nullable=False),
    sa.Column('income_per_capita', sa.Integer(), nullable=False),
    sa.Column('medical_monthly', sa.Integer(), nullable=False),
    sa.Column('housing', sa.String(length=200), nullable=False),
    sa.Column('zero_employment', sa.Boolean(), nullable=False),
    sa.Column('bank_name', sa.String(length=100), nullable=False),
    sa.Column('bank_account', sa.String(length=40), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=False),
    sa.Column('attachments', sa.JSON(), nullable=False),
    sa.Column('status', sa.Enum('temporary', 'formal', 'relieved', 'closed', name='filestatus', native_enum=False, length=32), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('entered_by', sa.String(length=64), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('last_check_on', sa.Date(), nullable=False),
    sa.Column('recheck_due', sa.Date(), nullable=False),
    sa.Column('relieved_on', sa.Date(), nullable=True),
    sa.Column('relieved_reason', sa.String(length=300), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_reason', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_hardship_file_member_id_member')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_hardship_file_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hardship_file')),
    sa.UniqueConstraint('file_no', name=op.f('uq_hardship_file_file_no'))
    )
    with op.batch_alter_table('hardship_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hardship_file_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_hardship_file_follow_up_on'), ['follow_up_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_hardship_file_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_hardship_file_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hardship_file_recheck_due'), ['recheck_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_hardship_file_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hardship_file_status'), ['status'], unique=False)
        batch_op.create_index('uq_hardship_file_open_id_number', ['station_id', 'id_number'], unique=True, sqlite_where=sa.text("status IN ('temporary', 'formal') AND deleted_at IS NULL"), postgresql_where=sa.text("status IN ('temporary', 'formal') AND deleted_at IS NULL"))

    op.create_table('campaign_household',
    sa.Column('campaign_id', sa.Uuid(), nullable=False),
    sa.Column('file_id', sa.Uuid(), nullable=False),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.Column('signed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_campaign_household_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['file_id'], ['hardship_file.id'], name=op.f('fk_campaign_household_file_id_hardship_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_household')),
    sa.UniqueConstraint('campaign_id', 'file_id', name=op.f('uq_campaign_household_campaign_id'))
    )
    with op.batch_alter_table('campaign_household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_household_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_household_file_id'), ['file_id'], unique=False)

    op.create_table('hardship_event',
    sa.Column('file_id', sa.Uuid(), nullable=False),
    sa.Column('happened_at', UTCDateTime(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('summary', sa.String(length=500), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['file_id'], ['hardship_file.id'], name=op.f('fk_hardship_event_file_id_hardship_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hardship_event'))
    )
    with op.batch_alter_table('hardship_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hardship_event_file_id'), ['file_id'], unique=False)

    op.create_table('household_member',
    sa.Column('file_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('health', sa.String(length=100), nullable=False),
    sa.Column('disability', sa.String(length=100), nullable=False),
    sa.Column('occupation', sa.String(length=100), nullable=False),
    sa.Column('monthly_income', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['file_id'], ['hardship_file.id'], name=op.f('fk_household_member_file_id_hardship_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_member'))
    )
    with op.batch_alter_table('household_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_member_file_id'), ['file_id'], unique=False)

    op.create_table('visit',
    sa.Column('file_id', sa.Uuid(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('must_visit', 'campaign', 'medical', 'living', 'schooling', 'legal_aid', 'other', name='visitkind', native_enum=False, length=32), nullable=False),
    sa.Column('occasion', sa.Enum('hardship', 'illness', 'conflict', 'opinion', 'happy_event', name='mustvisitoccasion', native_enum=False, length=32), nullable=True),
    sa.Column('campaign_id', sa.Uuid(), nullable=True),
    sa.Column('officers', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('goods', sa.String(length=300), nullable=False),
    sa.Column('goods_quantity', sa.Integer(), nullable=False),
    sa.Column('goods_value', sa.Integer(), nullable=False),
    sa.Column('funding', sa.Enum('own_funds', 'higher_union', 'donation', 'special_fund', name='fundingsource', native_enum=False, length=32), nullable=True),
    sa.Column('signed', sa.Boolean(), nullable=False),
    sa.Column('attachments', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_visit_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['file_id'], ['hardship_file.id'], name=op.f('fk_visit_file_id_hardship_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_file_id'), ['file_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_visited_on'), ['visited_on'], unique=False)

    op.create_table('must_visit',
    sa.Column('file_id', sa.Uuid(), nullable=False),
    sa.Column('occasion', sa.Enum('hardship', 'illness', 'conflict', 'opinion', 'happy_event', name='mustvisitoccasion', native_enum=False, length=32), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['file_id'], ['hardship_file.id'], name=op.f('fk_must_visit_file_id_hardship_file')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_must_visit_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_must_visit'))
    )
    with op.batch_alter_table('must_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_must_visit_file_id'), ['file_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_must_visit_visit_id'), ['visit_id'], unique=False)

    op.create_table('payment',
    sa.Column('file_id', sa.Uuid(), nullable=False),
    sa.Column('campaign_id', sa.Uuid(), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('funding', sa.Enum('own_funds', 'higher_union', 'donation', 'special_fund', name='fundingsource', native_enum=False, length=32), nullable=False),
    sa.Column('reverses_id', sa.Uuid(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('override_reason', sa.String(length=300), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_payment_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['file_id'], ['hardship_file.id'], name=op.f('fk_payment_file_id_hardship_file')),
    sa.ForeignKeyConstraint(['reverses_id'], ['payment.id'], name=op.f('fk_payment_reverses_id_payment')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_payment_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_payment_reverses_id'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index('ix_payment_campaign_file', ['campaign_id', 'file_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_file_id'), ['file_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_visit_id'), ['visit_id'], unique=False)
        batch_op.create_index('ix_payment_year_file', ['year', 'file_id'], unique=False)

    if op.get_bind().dialect.name == 'sqlite':
        for statement in PAYMENT_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('DROP TRIGGER IF EXISTS payment_no_update')
        op.execute('DROP TRIGGER IF EXISTS payment_no_delete')
    for table in TABLES:
        op.drop_table(table)
