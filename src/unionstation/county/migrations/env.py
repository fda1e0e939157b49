"""Alembic environment of the county store: run by county.store on a connection it hands
over, with its own version table so a county store can never be mistaken for a station's."""

from alembic import context

from unionstation.county.models import CountyBase
from unionstation.county.store import VERSION_TABLE

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run county migrations through unionstation.county.store")

context.configure(
    connection=connection,
    target_metadata=CountyBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
