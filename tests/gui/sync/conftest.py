"""A real county, made in the test's tmp folder, for the station to enrol with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from unionstation.county.home import CountyHome
from unionstation.county.service import County, init_county


@pytest.fixture
def county(tmp_path: Path) -> Iterator[County]:
    opened = init_county(CountyHome(tmp_path / "county"), "测试县总工会", "330106")
    yield opened
    opened.close()
