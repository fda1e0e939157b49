"""Officers log in: display name, role, lock-out; the audit log becomes a hash chain;
the tombstone of a member purged at the end of retention.

Officers from before logins keep their name as login and become `officer`s; existing
audit entries are chained in their order, so verification starts from the first one.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 16:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from unionstation.store.base import UTCDateTime
from unionstation.store.models.local import GENESIS_HASH, audit_hash

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('display_name', sa.String(length=64), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('role', sa.String(length=16), nullable=False,
                                      server_default='officer'))
        batch_op.add_column(sa.Column('failed_attempts', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('locked_until', UTCDateTime(), nullable=True))
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=False,
                                      server_default=GENESIS_HASH))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=False,
                                      server_default=''))
        batch_op.create_index(batch_op.f('ix_audit_log_officer'), ['officer'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
    op.create_table(
        'member_purge',
        sa.Column('member_id', sa.Uuid(), nullable=False),
        sa.Column('purged_on', sa.Date(), nullable=False),
        sa.Column('left_before', sa.Date(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.Column('updated_at', UTCDateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_member_purge')),
    )
    with op.batch_alter_table('member_purge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_purge_member_id'), ['member_id'],
                              unique=False)
    connection = op.get_bind()
    connection.execute(sa.text("UPDATE officer SET display_name = name"))
    _chain_existing(connection)


def _chain_existing(connection: sa.Connection) -> None:
    rows = connection.execute(sa.text(
        "SELECT id, at, officer, action, entity, entity_id, detail FROM audit_log ORDER BY id"
    )).all()
    previous = GENESIS_HASH
    for seq, (old_id, at, officer, action, entity, entity_id, detail) in enumerate(rows, 1):
        stamp = at if not isinstance(at, str) else _parse(at)
        link = audit_hash(seq, stamp, officer, action, entity, entity_id, detail, previous)
        connection.execute(
            sa.text("UPDATE audit_log SET id = :seq, prev_hash = :prev, hash = :hash "
                    "WHERE id = :old"),
            {"seq": seq, "prev": previous, "hash": link, "old": old_id},
        )
        previous = link


def _parse(text: str):  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime.fromisoformat(text)


def downgrade() -> None:
    op.drop_table('member_purge')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))
        batch_op.drop_index(batch_op.f('ix_audit_log_officer'))
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_attempts')
        batch_op.drop_column('role')
        batch_op.drop_column('display_name')
