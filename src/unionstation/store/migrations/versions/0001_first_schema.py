"""First schema: station, unions, members, officers, audit, change log, settings.

Column types are spelled out here (String for code lists, DateTime for UTC
timestamps) so that later changes to the models never change this migration.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 03:27:26.934522
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('change_log',
    sa.Column('change_id', sa.Uuid(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('batch_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('change_id', name=op.f('pk_change_log')),
    sa.UniqueConstraint('change_seq', name=op.f('uq_change_log_change_seq'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_log_state'), ['state'], unique=False)

    op.create_table('officer',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer')),
    sa.UniqueConstraint('name', name=op.f('uq_officer_name'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('station',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('division_code', sa.String(length=12), nullable=False),
    sa.Column('county_name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_station')),
    sa.UniqueConstraint('division_code', name=op.f('uq_station_division_code'))
    )
    op.create_table('grassroots_union',
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=True),
    sa.Column('chair', sa.String(length=50), nullable=False),
    sa.Column('contact', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_grassroots_union_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grassroots_union'))
    )
    with op.batch_alter_table('grassroots_union', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grassroots_union_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_grassroots_union_station_id'), ['station_id'], unique=False)

    op.create_table('member',
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('grassroots_union_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('name_pinyin', sa.String(length=200), nullable=False),
    sa.Column('name_initials', sa.String(length=50), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('ethnicity', sa.String(length=2), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('native_place', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('education', sa.String(length=2), nullable=True),
    sa.Column('political_status', sa.String(length=2), nullable=True),
    sa.Column('household_place', sa.String(length=200), nullable=False),
    sa.Column('household_kind', sa.String(length=32), nullable=True),
    sa.Column('migrant_worker', sa.Boolean(), nullable=False),
    sa.Column('priority_group', sa.String(length=32), nullable=True),
    sa.Column('employer', sa.String(length=200), nullable=False),
    sa.Column('job', sa.String(length=100), nullable=False),
    sa.Column('professional_title', sa.String(length=100), nullable=False),
    sa.Column('skill_level', sa.String(length=50), nullable=False),
    sa.Column('model_worker_level', sa.String(length=32), nullable=True),
    sa.Column('model_worker_title', sa.String(length=100), nullable=False),
    sa.Column('model_worker_year', sa.Integer(), nullable=True),
    sa.Column('model_worker_body', sa.String(length=200), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('card_no', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('photo_hash', sa.String(length=64), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('consent_method', sa.String(length=32), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['grassroots_union_id'], ['grassroots_union.id'], name=op.f('fk_member_grassroots_union_id_grassroots_union')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_member_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('card_no', name=op.f('uq_member_card_no'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_grassroots_union_id'), ['grassroots_union_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_name_initials'), ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_name_pinyin'), ['name_pinyin'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_phone'), ['phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_priority_group'), ['priority_group'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_status'), ['status'], unique=False)
        batch_op.create_index('uq_member_active_id_number', ['station_id', 'id_number'], unique=True, sqlite_where=sa.text("status = 'active' AND deleted_at IS NULL"), postgresql_where=sa.text("status = 'active' AND deleted_at IS NULL"))

    op.create_table('member_status_change',
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('from_status', sa.String(length=32), nullable=True),
    sa.Column('to_status', sa.String(length=32), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_status_change_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_status_change'))
    )
    with op.batch_alter_table('member_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_status_change_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('member_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_status_change_member_id'))

    op.drop_table('member_status_change')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('uq_member_active_id_number', sqlite_where=sa.text("status = 'active' AND deleted_at IS NULL"), postgresql_where=sa.text("status = 'active' AND deleted_at IS NULL"))
        batch_op.drop_index(batch_op.f('ix_member_status'))
        batch_op.drop_index(batch_op.f('ix_member_station_id'))
        batch_op.drop_index(batch_op.f('ix_member_priority_group'))
        batch_op.drop_index(batch_op.f('ix_member_phone'))
        batch_op.drop_index(batch_op.f('ix_member_name_pinyin'))
        batch_op.drop_index(batch_op.f('ix_member_name_initials'))
        batch_op.drop_index(batch_op.f('ix_member_id_number'))
        batch_op.drop_index(batch_op.f('ix_member_grassroots_union_id'))

    op.drop_table('member')
    with op.batch_alter_table('grassroots_union', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grassroots_union_station_id'))
        batch_op.drop_index(batch_op.f('ix_grassroots_union_name'))

    op.drop_table('grassroots_union')
    op.drop_table('station')
    op.drop_table('setting')
    op.drop_table('officer')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_log_state'))
        batch_op.drop_index(batch_op.f('ix_change_log_entity_id'))

    op.drop_table('change_log')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
