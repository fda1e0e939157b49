"""An open station: the database plus the context every service is built with."""

from __future__ import annotations

from dataclasses import dataclass

from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.services.station import DEFAULT_OFFICER, StationService
from unionstation.store.database import StationDatabase, open_database


@dataclass
class StationRuntime:
    home: StationHome
    database: StationDatabase
    context: ServiceContext

    def close(self) -> None:
        self.database.dispose()


def open_station(home: StationHome, officer: str | None = None) -> StationRuntime:
    """Open the database (migrating it if needed) and pick the officer who signs changes.

    A damaged file raises store.classify.DamagedStation (see services.recovery)."""
    from unionstation.store.backup import remove_partials

    remove_partials(home)
    database = open_database(home)
    context = ServiceContext(database.session_factory, officer or DEFAULT_OFFICER,
                             read_factory=database.read_session_factory)
    if officer is None:
        names = StationService(context).officers()
        if names:
            context.officer = names[0]
    return StationRuntime(home, database, context)
