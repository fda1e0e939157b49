"""The local store: SQLAlchemy models, engine, migrations, change log and backups.

Submodules are imported where needed; this package imports nothing so that the
instance lock can be taken before SQLAlchemy is loaded.
"""
