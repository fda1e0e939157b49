"""The county's Homes view lists the venues a station's batch brought, by kind and level."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.e2e.sync_world import ZHANG, make_county, make_station, pair
from tests.gui.county.test_county_window import TIMEOUT, OpenCounty, open_county_window
from tests.homes_world import build
from unionstation.county.home import CountyHome
from unionstation.domain.homes import ModelLevel, VenueKind
from unionstation.services.homes.venues import VenueDraft, VenueService
from unionstation.ui.county.homes import CountyHomesPage

__all__ = ["open_county_window"]


def test_the_countys_homes_view(qtbot: QtBot, tmp_path: Path,
                                open_county_window: OpenCounty) -> None:  # noqa: F811
    county = make_county(tmp_path / "county")
    station = make_station(tmp_path / "west", "330106001", "西湖街道总工会", [("张三", ZHANG)])
    pair(county, station, "西湖街道总工会")
    build(station.runtime.context)
    VenueService(station.runtime.context).add(VenueDraft(
        VenueKind.WORKERS_HOME, "模范职工之家", "机关工会", ModelLevel.CITY, stars=4))
    (tmp_path / "stick").mkdir()
    batch = station.sync.export_to(tmp_path / "stick").batch
    assert batch is not None
    county.import_paths([batch], None)
    county.close()
    station.runtime.close()

    window, _controller = open_county_window(CountyHome(tmp_path / "county"))
    window.show_page("homes")
    page = window.pages["homes"]
    assert isinstance(page, CountyHomesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)
    assert [row.code for row in page.model.rows()] == [
        "330106001-H-001", "330106001-O-001", "330106001-R-001"]
    assert "户外劳动者服务站点 1" in page.by_kind.text()
    assert "市级 1" in page.by_kind.text()
    assert page.model.rows()[1].asset_value == "7919.00"
