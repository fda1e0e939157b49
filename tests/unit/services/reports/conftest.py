from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.factories import open_test_station
from tests.unit.services.reports.fixture_station import Fixture, build
from unionstation.paths import StationHome
from unionstation.services.runtime import StationRuntime


@pytest.fixture
def report_station(tmp_path: object) -> Iterator[tuple[StationRuntime, Fixture]]:
    from pathlib import Path

    runtime = open_test_station(StationHome(Path(str(tmp_path)) / "stats"))
    try:
        yield runtime, build(runtime.context)
    finally:
        runtime.close()
