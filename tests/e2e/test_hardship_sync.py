"""Two stations and a county: hardship files, visits and payments arrive exactly once; the
county's paid total is the stations' sum and the ack reports each station's disbursed
total; a worker with open files at two stations is a county case."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.e2e.cli_runner import as_json, cli
from tests.e2e.sync_world import Station, make_county, make_station, pair
from tests.unit.services.hardship_world import draft
from unionstation.county.models import CountyRecord
from unionstation.county.service import County
from unionstation.domain.hardship import CampaignKind, FundingSource, HardshipCategory, VisitKind
from unionstation.services.hardship.campaigns import CampaignDraft, CampaignService
from unionstation.services.hardship.files import HardshipFileService
from unionstation.services.hardship.payments import PaymentService
from unionstation.services.hardship.visits import VisitDraft, VisitService
from unionstation.store.base import table_of
from unionstation.sync.ack import read_ack


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[County, Station, Station]]:
    county = make_county(tmp_path / "county")
    east = make_station(tmp_path / "east", "330106001", "东街道总工会", [])
    west = make_station(tmp_path / "west", "330106002", "西街道总工会", [])
    pair(county, east, "东街道总工会")
    pair(county, west, "西街道总工会")
    yield county, east, west
    county.close()
    east.runtime.close()
    west.runtime.close()


def _formal(station: Station, seq: int) -> object:
    ctx = station.runtime.context
    opened = HardshipFileService(ctx).open(draft(seq, HardshipCategory.SEVERE))
    return HardshipFileService(replace(ctx, officer="李审核")).approve(opened.id)


def _deliver(county: County, station: Station, folder: Path) -> list[bytes]:
    folder.mkdir(exist_ok=True)
    result = station.sync.export_to(folder)
    assert result.batch is not None
    summary = county.import_paths([result.batch], folder / "acks")
    acks = [Path(a).read_bytes() for a in summary["acks"]]
    for ack in acks:
        station.sync.accept_ack(ack)
    return acks


def test_files_visits_and_payments_reach_the_county_once(
        world: tuple[County, Station, Station], tmp_path: Path) -> None:
    county, east, west = world
    year = east.runtime.context.today().year
    paid: dict[str, Decimal] = {}
    for station, seqs in ((east, (1, 2)), (west, (2, 3))):  # seq 2: the same worker
        ctx = station.runtime.context
        rows = [_formal(station, seq) for seq in seqs]
        campaign = CampaignService(ctx).create(CampaignDraft(
            f"{year}年送温暖", CampaignKind.WINTER_WARMTH, year, "10000",
            {HardshipCategory.SEVERE: "1000"}))
        first, _ = CampaignService(ctx).pay(campaign.id, rows[0].id)
        CampaignService(ctx).pay(campaign.id, rows[1].id, "650.50")
        PaymentService(ctx).reverse(first, "发错")
        VisitService(ctx).add(VisitDraft(rows[1].id, ctx.today(), VisitKind.LIVING,
                                         cash="99.99", funding=FundingSource.DONATION,
                                         goods="大米", goods_value="80"))
        paid[station.code] = PaymentService(ctx).year_total(year)
    assert paid == {"330106001": Decimal("750.49"), "330106002": Decimal("750.49")}

    east_acks = _deliver(county, east, tmp_path / "east")
    _deliver(county, west, tmp_path / "west")
    # The same batch again changes nothing.
    (tmp_path / "again").mkdir()
    again = east.sync.export_to(tmp_path / "again")
    assert again.batch is None
    keys = county.keys.signing.public_key()
    assert read_ack(east_acks[0], keys).counts["disbursed_this_year"] == "750.49"
    # Each station checks the county's figure against its own entries.
    assert east.sync.status().counts_mismatch is None
    assert west.sync.status().counts_mismatch is None

    records = table_of(CountyRecord)
    with county.store.session_factory() as session:
        counts = dict(session.execute(select(records.c.entity, func.count()).where(
            records.c.station_code == "330106001").group_by(records.c.entity)).all())
    assert counts["hardship_file"] == 2 and counts["payment"] == 4
    assert counts["visit"] == 1 and counts["campaign"] == 1
    assert "household_member" not in counts  # these files were opened without one

    files, total = county.hardship()
    assert total == sum(paid.values()) == Decimal("1500.98")
    assert len(files) == 4
    assert county.hardship("330106002")[1] == paid["330106002"]
    cases = [c for c in county.cases() if c.kind == "hardship_open_at_two_stations"]
    assert len(cases) == 1 and cases[0].stations == ["330106001", "330106002"]


def test_the_county_hardship_command(world: tuple[County, Station, Station],
                                     tmp_path: Path) -> None:
    county, east, _west = world
    _formal(east, 7)
    _deliver(county, east, tmp_path / "east")
    home = county.home.root
    county.close()
    listed = as_json(cli("county", "hardship", "--json", home=home))
    assert set(listed) == {"total", "files", "paid_total"}
    assert listed["total"] == 1 and listed["paid_total"] == "0.00"
    assert set(listed["files"][0]) == {"station", "file_no", "name", "id_number_masked",
                                       "category", "status"}
    assert listed["files"][0]["status"] == "formal"
    assert "********" in listed["files"][0]["id_number_masked"]
    none = as_json(cli("county", "hardship", "--station", "330106002", "--json", home=home))
    assert none["total"] == 0
