"""Two stations and a county: venues, assets, loans and logs arrive exactly once, and the
county's venue list agrees with the stations' own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.e2e.sync_world import LI, ZHANG, Station, make_county, make_station, pair
from tests.homes_world import build
from unionstation.county.models import CountyRecord
from unionstation.county.service import County
from unionstation.county.venues import county_venues
from unionstation.domain.homes import AssetCategory, ServiceKind, VenueKind
from unionstation.services.homes.assets import AssetDraft, AssetService
from unionstation.services.homes.reading import ReadingRoomService
from unionstation.services.homes.service_logs import ServiceLogService
from unionstation.services.homes.venues import VenueDraft, VenueService

ENTITIES = ("venue", "venue_check", "asset", "asset_event", "book", "loan", "service_log")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[County, Station, Station]]:
    county = make_county(tmp_path / "county")
    east = make_station(tmp_path / "east", "330106001", "东街道总工会",
                        [("张三", ZHANG), ("李四", LI)])
    west = make_station(tmp_path / "west", "330106002", "西街道总工会", [])
    pair(county, east, "东街道总工会")
    pair(county, west, "西街道总工会")
    yield county, east, west
    county.close()
    east.runtime.close()
    west.runtime.close()


def _deliver(county: County, station: Station, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    result = station.sync.export_to(folder)
    assert result.batch is not None
    acks = folder / "acks"
    acks.mkdir(exist_ok=True)
    summary = county.import_paths([result.batch], acks)
    for ack in summary["acks"]:
        station.sync.accept_ack(Path(ack).read_bytes())
    again = county.import_paths([result.batch], acks)  # the same stick, plugged in twice
    assert again["acks"]


def _station_rows(station: Station, entity: str) -> int:
    from unionstation.store.base import Base

    table = Base.metadata.tables[entity]
    with station.runtime.context.reading() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _county_rows(county: County, station: str, entity: str) -> int:
    with county.store.read_session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(CountyRecord).where(
            CountyRecord.station_code == station, CountyRecord.entity == entity)) or 0)


def test_homes_records_arrive_once_and_the_totals_agree(
        world: tuple[County, Station, Station], tmp_path: Path) -> None:
    county, east, west = world
    homes = build(east.runtime.context)
    VenueService(east.runtime.context).check(homes.stop.id, "sign", True)
    AssetService(east.runtime.context).dispose("JJ-01", "过期")
    ReadingRoomService(east.runtime.context).lend(homes.book_id, "330106001000001")
    ServiceLogService(east.runtime.context).log(homes.stop.id, date(2026, 11, 2),
                                                ServiceKind.HAIRCUT, 40)
    west_home = VenueService(west.runtime.context).add(VenueDraft(
        VenueKind.WORKERS_HOME, "西街职工之家", "西街道总工会"))
    AssetService(west.runtime.context).add(west_home.id, AssetDraft(
        "乒乓球台", AssetCategory.SPORTS, 2, "1500", {"higher_union": 100}))
    _deliver(county, east, tmp_path / "east-out")
    _deliver(county, west, tmp_path / "west-out")

    for station, code in ((east, "330106001"), (west, "330106002")):
        for entity in ENTITIES:
            assert _county_rows(county, code, entity) == _station_rows(station, entity), entity
    found = county_venues(county.store)
    assert found.by_kind == {"outdoor_station": 1, "reading_room": 1, "workers_home": 1}
    for station, code in ((east, "330106001"), (west, "330106002")):
        own = {v.code: v.asset_value for v in VenueService(station.runtime.context).list()}
        theirs = {v.code: Decimal(v.asset_value) for v in county_venues(county.store, code).venues}
        assert theirs == own
    assert {v.code: v.asset_value for v in found.venues}["330106001-O-001"] == "7799.00"


def test_county_venues_on_the_command_line(world: tuple[County, Station, Station],
                                           tmp_path: Path) -> None:
    from tests.e2e.cli_runner import as_json, cli

    county, east, _west = world
    build(east.runtime.context)
    _deliver(county, east, tmp_path / "out")
    county.close()
    root = tmp_path / "county"
    everything = as_json(cli("county", "venues", "--json", home=root))
    assert set(everything) == {"total", "venues", "by_kind"}
    assert everything["total"] == 2
    assert everything["by_kind"] == {"outdoor_station": 1, "reading_room": 1}
    row = everything["venues"][0]
    assert row == {"station": "330106001", "code": "330106001-O-001", "kind": "outdoor_station",
                   "name": "快递小哥驿站", "level": None, "stars": 3, "asset_value": "7919.00"}
    west = as_json(cli("county", "venues", "--station", "330106002", "--json", home=root))
    assert west == {"total": 0, "venues": [], "by_kind": {}}
