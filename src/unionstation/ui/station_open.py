"""What the window gets back when a station opens: the runtime, the station, its count.

Run on the worker: after a login, after a restore or a salvage, after the first run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from unionstation.paths import StationHome

if TYPE_CHECKING:
    from unionstation.services.login import LoggedIn
    from unionstation.services.runtime import StationRuntime
    from unionstation.services.station import StationInfo


@dataclass(frozen=True)
class Opened:
    runtime: StationRuntime
    station: StationInfo | None
    active_members: int | None


def read_station(logged: LoggedIn) -> Opened:
    from unionstation.services.health import active_member_count
    from unionstation.services.station import StationService

    runtime = logged.runtime
    station = StationService(runtime.context).current()
    members = active_member_count(runtime) if station is not None else None
    return Opened(runtime, station, members)


def log_in_and_read(home: StationHome, login: str, password: str) -> tuple[LoggedIn, Opened]:
    from unionstation.services.login import log_in

    logged = log_in(home, login, password)
    try:
        return logged, read_station(logged)
    except BaseException:
        logged.close()
        raise
