"""Alembic environment: always run by store.migrate on a connection it hands over."""

from alembic import context

from unionstation.store import models  # noqa: F401  (fills Base.metadata)
from unionstation.store.base import Base
from unionstation.store.search_index import is_search_table


def include_name(name, type_, _parent_names):
    # The FTS5 search tables are made by raw SQL in the migrations, not from the models.
    return not (type_ == "table" and is_search_table(name))


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through unionstation.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
    transactional_ddl=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
