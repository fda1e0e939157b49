"""County fixtures: a county store on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres import fresh_database
from tests.unit.county.batches import TestStation, pair
from unionstation.county.home import CountyHome
from unionstation.county.service import County, init_county
from unionstation.services.runtime import StationRuntime

COUNTY_CODE = "C3301"
COUNTY_NAME = "测试县总工会"


@pytest.fixture(params=["sqlite", "postgresql"])
def county_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty county store: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{(tmp_path / 'store' / 'county.db').as_posix()}"
    server: str = request.getfixturevalue("postgres_server")
    return fresh_database(server)


@pytest.fixture
def county_home(tmp_path: Path) -> CountyHome:
    return CountyHome(tmp_path / "county")


@pytest.fixture
def county(county_home: CountyHome, county_db_url: str) -> Iterator[County]:
    opened = init_county(county_home, COUNTY_NAME, COUNTY_CODE, db_url=county_db_url)
    yield opened
    opened.close()


@pytest.fixture
def station(county: County, runtime: StationRuntime) -> TestStation:
    """The template station (two unions, three members), paired with the county."""
    return pair(county, runtime)
