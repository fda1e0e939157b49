"""Search indexes carry the status filter's facts and the name sort key.

Both FTS5 tables gain a `facts` column and a narrow `member_fts_keys` table holds each
member's sort key, so the register's default search counts and orders its matches
without reading member rows (see store/search_index.py). SQLite only, raw SQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 05:10:00.000000
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


# Frozen copies of the statements of this revision: later changes to
# store/search_index.py get a migration of their own.
_DROP = (
    "DROP TABLE IF EXISTS member_fts_chars",
    "DROP TABLE IF EXISTS member_fts_trigram",
    "DROP TABLE IF EXISTS member_fts_keys",
)
_CREATE = (
    "CREATE VIRTUAL TABLE member_fts_chars "
    "USING fts5(name, employer, facts, tokenize='unicode61')",
    "CREATE VIRTUAL TABLE member_fts_trigram "
    "USING fts5(id_number, phone, card_no, facts, tokenize='trigram')",
    "CREATE TABLE member_fts_keys ("
    "rowid INTEGER PRIMARY KEY, pinyin VARCHAR(200) NOT NULL, id CHAR(32) NOT NULL)",
    "CREATE INDEX member_fts_keys_order ON member_fts_keys (pinyin, id)",
)
_CREATE_0002 = (
    "CREATE VIRTUAL TABLE member_fts_chars "
    "USING fts5(name, employer, tokenize='unicode61')",
    "CREATE VIRTUAL TABLE member_fts_trigram "
    "USING fts5(id_number, phone, card_no, tokenize='trigram')",
)


def upgrade() -> None:
    # Rows are filled by store.database after every upgrade (search_index.rebuild).
    if op.get_bind().dialect.name == "sqlite":
        for statement in (*_DROP, *_CREATE):
            op.execute(statement)


def downgrade() -> None:
    # The 0002 tables come back empty: search_index.rebuild of that version refills them.
    if op.get_bind().dialect.name == "sqlite":
        for statement in (*_DROP, *_CREATE_0002):
            op.execute(statement)
