"""What a working page is built with once the station is open."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationInfo
from unionstation.ui.dialogs import DialogService


@dataclass
class PageContext:
    runtime: StationRuntime
    station: StationInfo
    dialogs: DialogService
    # The union last chosen for a new member or a drive in this session: offered first,
    # never chosen silently.
    last_union: UUID | None = None

    @property
    def services(self) -> ServiceContext:
        """Hand this to a service's constructor: `MemberService(ctx.services)`."""
        return self.runtime.context

    @property
    def home(self) -> StationHome:
        return self.runtime.home
