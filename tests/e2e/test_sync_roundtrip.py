"""Two stations and a county, through files: every change arrives exactly once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.e2e.sync_world import (
    LI,
    WANG,
    ZENG,
    ZHANG,
    Station,
    copy_county,
    make_county,
    make_station,
    pair,
)
from unionstation.county.service import County
from unionstation.store.models import ChangeRecord


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[County, Station, Station]]:
    county = make_county(tmp_path / "county")
    east = make_station(tmp_path / "east", "330106001", "东街道总工会",
                        [("张三", ZHANG), ("李四", LI), ("曾小红", ZENG)])
    west = make_station(tmp_path / "west", "330106002", "西街道总工会", [])
    pair(county, east, "东街道总工会")
    pair(county, west, "西街道总工会")
    yield county, east, west
    county.close()
    east.runtime.close()
    west.runtime.close()


def _export(station: Station, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    result = station.sync.export_to(folder)
    assert result.batch is not None
    return result.batch


def _deliver(county: County, batch: Path, station: Station, acks: Path) -> dict[str, object]:
    acks.mkdir(exist_ok=True)
    summary = county.import_paths([batch], acks)
    for ack in summary["acks"]:
        station.sync.accept_ack(Path(ack).read_bytes())
    return summary


def _change_count(station: Station) -> int:
    with station.runtime.context.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeRecord)) or 0)


def _people(county: County) -> list[tuple[str, str, str]]:
    total, rows = county.members()
    assert total == len(rows)
    return sorted((r.station, r.name, r.status) for r in rows)


def test_added_edited_transferred_and_deleted_arrive_once(
        world: tuple[County, Station, Station], tmp_path: Path) -> None:
    county, east, west = world
    stick, acks = tmp_path / "stick", tmp_path / "acks"
    first = _export(east, stick)
    summary = _deliver(county, first, east, acks)
    assert summary["applied"] == 1 and summary["refused"] == []
    assert east.sync.status().pending == 0 and east.sync.status().exported == 0
    assert east.sync.status().acknowledged_through == _change_count(east)

    # Edit, transfer out (east) and in (west), delete.
    li = east.members.find_by_id_number(LI)
    zhang = east.members.find_by_id_number(ZHANG)
    zeng = east.members.find_by_id_number(ZENG)
    assert li and zhang and zeng
    draft = east.members.draft_of(li.id)
    east.members.update(li.id, draft.__class__(**{**draft.__dict__, "phone": "13900002222"}))
    from unionstation.services.transfers import TransferService

    TransferService(east.runtime.context).out(zhang.id, "西街道总工会机关工会委员会")
    west.enroll("张三", ZHANG, transfer_in_from="东街道总工会")
    east.members.delete(zeng.id, "重复录入")

    second = _export(east, stick)
    west_first = _export(west, stick)
    _deliver(county, west_first, west, acks)
    _deliver(county, second, east, acks)

    assert _people(county) == sorted([
        ("330106001", "张三", "transferred_out"), ("330106001", "李四", "active"),
        ("330106002", "张三", "active")])
    assert county.cases() == []
    for station in (east, west):
        status = station.sync.status()
        assert (status.pending, status.exported) == (0, 0)
        assert status.acknowledged_through == _change_count(station)
    stations = {s.code: s for s in county.stations()}
    assert stations["330106001"].applied_through == _change_count(east)

    # Nothing new: the next export writes nothing; replaying a batch changes nothing.
    assert east.sync.export_to(stick).batch is None
    again = county.import_paths([second, first], acks)
    assert again["duplicates"] == 2 and again["applied"] == 0
    assert _people(county)[0] == ("330106001", "张三", "transferred_out")


def test_a_person_active_at_both_stations_is_one_case(
        world: tuple[County, Station, Station], tmp_path: Path) -> None:
    county, east, west = world
    west.enroll("李四", LI)
    west.enroll("王五", WANG)
    for station in (east, west):
        _deliver(county, _export(station, tmp_path / "stick"), station, tmp_path / "acks")
    cases = county.cases()
    assert [(c.kind, sorted(c.stations)) for c in cases] == [
        ("active_at_two_stations", ["330106001", "330106002"])]
    assert cases[0].id_number_masked != LI and cases[0].id_number_masked[:6] == LI[:6]


def test_out_of_order_and_replayed_batches_end_in_the_same_state(
        world: tuple[County, Station, Station], tmp_path: Path) -> None:
    county, east, _west = world
    twin = copy_county(tmp_path / "county", tmp_path / "twin")
    try:
        acks = tmp_path / "acks"
        first = _export(east, tmp_path / "stick")
        _deliver(county, first, east, acks)
        east.enroll("王五", WANG)
        second = _export(east, tmp_path / "stick")
        _deliver(county, second, east, acks)

        # The twin gets them the other way round, and each twice.
        parked = twin.import_paths([second], None)
        assert parked["parked"] == 1 and parked["applied"] == 0
        assert _people(twin) == []
        released = twin.import_paths([first, second, first], None)
        assert released["refused"] == []
        assert _people(twin) == _people(county)
        assert [s.applied_through for s in twin.stations()] == [
            s.applied_through for s in county.stations()]
    finally:
        twin.close()
