"""Schema migrations, run at start with a backup first (DESIGN.md section 2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseFromNewerVersion(RuntimeError):
    """The database was written by a newer UnionStation; opening it could lose data."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"数据库结构版本 {revision} 来自更新版本的 UnionStation,本程序无法打开。"
            "请安装最新版本后再打开,数据未作任何改动。"
        )
        self.revision = revision


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def is_current(self) -> bool:
        return self.current == self.head

    @property
    def is_empty(self) -> bool:
        return self.current is None


def alembic_config(script_dir: Path, connection: Connection | None = None) -> Config:
    """Alembic's settings for the migrations in `script_dir`, run on `connection` if given."""
    config = Config()
    config.set_main_option("script_location", str(script_dir))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _config(connection: Connection | None = None) -> Config:
    return alembic_config(MIGRATIONS_DIR, connection)


def schema_state(engine: Engine) -> SchemaState:
    """Where the database stands; raises DatabaseFromNewerVersion for an unknown revision."""
    return revision_state(engine, _config())


def revision_state(engine: Engine, config: Config, version_table: str | None = None,
                   ) -> SchemaState:
    """Where a database stands against the migrations `config` names (station or county)."""
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    assert head is not None
    opts = {} if version_table is None else {"version_table": version_table}
    with engine.connect() as connection:
        current = MigrationContext.configure(connection, opts=opts).get_current_revision()
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseFromNewerVersion(current)
    return SchemaState(current=current, head=head)


class MigrationBrokeForeignKeys(RuntimeError):
    """A migration left rows pointing nowhere; it was rolled back."""


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade the station database to the newest schema."""
    upgrade_in_one_transaction(engine, _config)


def upgrade_in_one_transaction(engine: Engine, config: Callable[[Connection], Config]) -> None:
    """Upgrade in one transaction (SQLite and PostgreSQL both have transactional DDL).

    Batch operations rebuild tables, which foreign keys would refuse; SQLite allows
    switching them off only outside a transaction, so that happens first, and the
    whole database is checked with foreign_key_check before the commit.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                command.upgrade(config(connection), "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationBrokeForeignKeys(f"{len(broken)} rows, e.g. {broken[0]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")