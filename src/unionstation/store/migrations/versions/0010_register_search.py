"""The register's search at 200,000 members: covering indexes for the name order and the
pinyin initials, and a small one for the model-worker count (issue 18).

- `ix_member_register_order` (name_pinyin, id, status, name_initials) over live members:
  the register's default page and a pinyin search walk it in name order and stop at the
  page's end, reading no member row to test the status or the initials;
- `ix_member_register_initials` (name_initials, name_pinyin, id, status): the initials
  matches counted (up to COUNT_CAP) and sorted from the index alone;
- `ix_member_model_workers` (status) over model workers only: the filter bar's
  model-worker count reads a few rows instead of every member;
- the search indexes' rowid becomes a sort key in name order (store/search_index.py), so
  `member_fts_keys` gains the member's rowid (`member`, unique) in place of the (pinyin,
  id) index. SQLite only; the rows are refilled after the upgrade, as after every one.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 07:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# Frozen copies of the statements of this revision (store/search_index.py may change).
_KEYS = (
    "DROP TABLE IF EXISTS member_fts_keys",
    "CREATE TABLE member_fts_keys (rowid INTEGER PRIMARY KEY, member INTEGER NOT NULL, "
    "pinyin VARCHAR(200) NOT NULL, id CHAR(32) NOT NULL)",
    "CREATE UNIQUE INDEX member_fts_keys_member ON member_fts_keys (member)",
)
_KEYS_0003 = (
    "DROP TABLE IF EXISTS member_fts_keys",
    "CREATE TABLE member_fts_keys ("
    "rowid INTEGER PRIMARY KEY, pinyin VARCHAR(200) NOT NULL, id CHAR(32) NOT NULL)",
    "CREATE INDEX member_fts_keys_order ON member_fts_keys (pinyin, id)",
)
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
    _search_keys(_KEYS)


def _search_keys(statements: tuple[str, ...]) -> None:
    # The FTS tables keep their shape; store.database refills all three after an upgrade.
    if op.get_bind().dialect.name == "sqlite":
        for statement in statements:
            op.execute(statement)


def downgrade() -> None:
    _search_keys(_KEYS_0003)
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_model_workers')
        batch_op.drop_index('ix_member_register_initials')
        batch_op.drop_index('ix_member_register_order')
