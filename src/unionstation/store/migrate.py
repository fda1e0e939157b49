"""Schema migrations, run at start with a backup first (DESIGN.md section 2).

Alembic (with mako and pygments, ~0.1 s) is imported only when a database is not at the
head: a station already current is told so from its version table and the revision ids
in the migration files (bench/startup.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_dir))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _config(connection: Connection | None = None) -> Config:
    return alembic_config(MIGRATIONS_DIR, connection)


_REVISION = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*['\"]?([\w-]+|None)['\"]?\s*$",
                       re.MULTILINE)


@lru_cache(maxsize=4)
def single_head(script_dir: Path) -> str | None:
    """The one head of the migrations in `script_dir`, read from their files' `revision`
    and `down_revision` lines; None when that is not plain (alembic decides then)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (script_dir / "versions").glob("*.py"):
        found = dict((bool(down), value) for down, value in
                     _REVISION.findall(path.read_text(encoding="utf-8")))
        if False not in found or True not in found:
            return None
        revisions.add(found[False])
        if found[True] != "None":
            parents.add(found[True])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def schema_state(engine: Engine) -> SchemaState:
    """Where the database stands; raises DatabaseFromNewerVersion for an unknown revision."""
    head = single_head(MIGRATIONS_DIR)
    if head is not None:
        try:
            with engine.connect() as connection:
                current = connection.execute(
                    text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no version table yet: alembic says what to do
            current = None
        if current == head:
            return SchemaState(current=current, head=head)
    return revision_state(engine, _config())


def revision_state(engine: Engine, config: Config, version_table: str | None = None,
                   ) -> SchemaState:
    """Where a database stands against the migrations `config` names (station or county)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

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
            from alembic import command

            with connection.begin():
                command.upgrade(config(connection), "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationBrokeForeignKeys(f"{len(broken)} rows, e.g. {broken[0]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")