"""Members: history events, transfers, enrollment drives, and the search indexes.

The FTS5 tables are SQLite-only and made by raw SQL (see store/search_index.py).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 03:45:00.344206
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('enrollment_drive',
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('grassroots_union_id', sa.Uuid(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['grassroots_union_id'], ['grassroots_union.id'], name=op.f('fk_enrollment_drive_grassroots_union_id_grassroots_union')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_enrollment_drive_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollment_drive'))
    )
    with op.batch_alter_table('enrollment_drive', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrollment_drive_station_id'), ['station_id'], unique=False)

    op.create_table('member_event',
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('happened_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('summary', sa.String(length=500), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_event_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_event'))
    )
    with op.batch_alter_table('member_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_event_member_id'), ['member_id'], unique=False)

    op.create_table('member_transfer',
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('transfer_on', sa.Date(), nullable=False),
    sa.Column('from_union_id', sa.Uuid(), nullable=True),
    sa.Column('to_union_id', sa.Uuid(), nullable=True),
    sa.Column('from_name', sa.String(length=200), nullable=False),
    sa.Column('to_name', sa.String(length=200), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['from_union_id'], ['grassroots_union.id'], name=op.f('fk_member_transfer_from_union_id_grassroots_union')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_transfer_member_id_member')),
    sa.ForeignKeyConstraint(['to_union_id'], ['grassroots_union.id'], name=op.f('fk_member_transfer_to_union_id_grassroots_union')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_transfer'))
    )
    with op.batch_alter_table('member_transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_transfer_member_id'), ['member_id'], unique=False)

    with op.batch_alter_table('grassroots_union', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_grassroots_union_merged_into_id_grassroots_union'), 'grassroots_union', ['merged_into_id'], ['id'])

    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('enrollment_drive_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('transfer_in_from', sa.String(length=200), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_member_birth_date'), ['birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_enrollment_drive_id'), ['enrollment_drive_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_member_enrollment_drive_id_enrollment_drive'), 'enrollment_drive', ['enrollment_drive_id'], ['id'])

    if op.get_bind().dialect.name == "sqlite":
        _create_search_tables()


# Frozen copies of the statements of this revision: later changes to
# store/search_index.py get a migration of their own.
_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS member_fts_chars "
    "USING fts5(name, employer, tokenize='unicode61')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS member_fts_trigram "
    "USING fts5(id_number, phone, card_no, tokenize='trigram')",
)


def _create_search_tables() -> None:
    # Rows are filled by store.database after every upgrade (search_index.rebuild), as
    # batch operations may renumber the member table's rowids.
    for statement in _CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS member_fts_chars")
        op.execute("DROP TABLE IF EXISTS member_fts_trigram")
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_member_enrollment_drive_id_enrollment_drive'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_member_enrollment_drive_id'))
        batch_op.drop_index(batch_op.f('ix_member_birth_date'))
        batch_op.drop_column('transfer_in_from')
        batch_op.drop_column('enrollment_drive_id')

    with op.batch_alter_table('grassroots_union', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_grassroots_union_merged_into_id_grassroots_union'), type_='foreignkey')
        batch_op.drop_column('merged_into_id')

    with op.batch_alter_table('member_transfer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_transfer_member_id'))

    op.drop_table('member_transfer')
    with op.batch_alter_table('member_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_event_member_id'))

    op.drop_table('member_event')
    with op.batch_alter_table('enrollment_drive', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrollment_drive_station_id'))

    op.drop_table('enrollment_drive')
