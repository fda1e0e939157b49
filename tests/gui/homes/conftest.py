"""The Homes page over the test station, on the homes tests' fixed day."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from tests.homes_world import FIXED_NOW
from unionstation.services.homes.venues import VenueService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui.homes.page import HomesPage
from unionstation.ui.page_context import PageContext


@pytest.fixture
def page(qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs) -> HomesPage:
    runtime.context.clock = lambda: FIXED_NOW
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    homes = HomesPage(context)
    qtbot.addWidget(homes)
    homes.resize(1280, 760)
    homes.show()
    return homes


def choose(page: HomesPage, code: str) -> None:
    """Pick the venue with this code in the list on the left."""
    venue = VenueService(page.context.services).get(code)
    page.select_venue(venue.id)
