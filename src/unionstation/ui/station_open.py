"""What the window gets back when a station opens: the runtime, the station, its count.

Run on the worker: after a login, after a restore or a salvage, after the first run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from unionstation.paths import StationHome

if TYPE_CHECKING:
    from unionstation.services.login import Ahead, LoggedIn
    from unionstation.services.runtime import StationRuntime
    from unionstation.services.station import StationInfo
    from unionstation.ui.first_run import StationForm


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


def log_in_and_read(home: StationHome, login: str, password: str,
                    ahead: Ahead | None = None) -> tuple[LoggedIn, Opened]:
    """`ahead`: the key derived while the officer typed (ui.unlock_ahead), if any."""
    from unionstation.services.login import log_in

    logged = log_in(home, login, password, daily_backup=False,  # today's: after the rows
                    ahead=ahead)
    try:
        return logged, read_station(logged)
    except BaseException:
        logged.close()
        raise


def create_station(home: StationHome, form: StationForm) -> tuple[LoggedIn, Opened, str]:
    """The first run's new station (or the conversion of a plain one) and its first
    administrator; the recovery code comes back to be shown once."""
    from unionstation.services.login import set_up_station
    from unionstation.services.station import StationService

    logged, code = set_up_station(home, form.officer, form.password)
    try:
        if StationService(logged.runtime.context).current() is None:
            StationService(logged.runtime.context).create(
                form.name, form.division_code, form.county_name, officer_name=form.officer)
        return logged, read_station(logged), code
    except BaseException:
        logged.close()
        raise
