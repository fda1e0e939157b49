"""An open station: the database plus the context every service is built with."""

from __future__ import annotations

import os
from dataclasses import dataclass

from unionstation.domain.permissions import Role
from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.services.station import DEFAULT_OFFICER, StationService
from unionstation.store.convert import (
    PLAIN_KEPT,
    ConversionReport,
    convert_plain_database,
    delete_plain_leftovers,
)
from unionstation.store.database import (
    StationDatabase,
    is_plain_sqlite,
    open_database,
)
from unionstation.store.keyring import KeyRing


@dataclass
class StationRuntime:
    home: StationHome
    database: StationDatabase
    context: ServiceContext
    # Set when this opening converted a plain station (the officer is told what it did).
    conversion: ConversionReport | None = None

    @property
    def key(self) -> bytes:
        """The station's data key (opens the database, files/ and the backups)."""
        return self.database.key

    def close(self) -> None:
        self.database.dispose()


def open_station(home: StationHome, key: bytes, officer: str | None = None,
                 role: Role = Role.ADMIN, *, daily_backup: bool = True) -> StationRuntime:
    """Open the encrypted database with its data key (migrating it if needed) as `officer`
    with `role`; without an officer, the first one on record signs the changes.

    A damaged file raises store.classify.DamagedStation (see services.recovery). A plain
    station from an earlier version, opened while its first administrator is being made
    (no keyring on disk yet), is converted first under `key`; once the keyring is saved,
    the plain copies are deleted at the next opening (or by finish_conversion).
    `daily_backup=False` leaves today's backup to the caller (the window, after its rows).
    """
    from unionstation.store.backup import remove_partials

    remove_partials(home)
    conversion = _convert_if_plain(home, key)
    database = open_database(home, key, daily=daily_backup)
    context = ServiceContext(database.session_factory, officer or DEFAULT_OFFICER,
                             read_factory=database.read_session_factory, role=role)
    if officer is None:
        names = StationService(context).officers()
        if names:
            context.officer = names[0]
    return StationRuntime(home, database, context, conversion)


def _convert_if_plain(home: StationHome, key: bytes) -> ConversionReport | None:
    kept = home.root / PLAIN_KEPT
    if KeyRing.exists(home):
        # A plain file here is classified by open_database: a sound plain station is
        # PlainDatabase (convert it), anything else a damaged station.
        if not is_plain_sqlite(home.db_path):
            finish_conversion(home)
        return None
    if kept.exists() and not is_plain_sqlite(home.db_path):
        # Converted, but the keyring with that key was never saved: start again from
        # the plain copy, which was kept for this.
        os.replace(kept, home.db_path)
    if is_plain_sqlite(home.db_path):
        return convert_plain_database(home, key)
    return None


def finish_conversion(home: StationHome) -> list[str]:
    """Delete the plain database, backups and photos left by a conversion, once the
    keyring holding the data key is saved; the names of the files deleted."""
    if not KeyRing.exists(home):
        return []
    return [path.name for path in delete_plain_leftovers(home)]
