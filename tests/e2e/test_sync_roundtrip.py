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


def test_usb_then_http_gets_the_same_ack_and_the_same_state(
        world: tuple[County, Station, Station], tmp_path: Path) -> None:
    from tests.receiver import running_receiver
    from unionstation.county.home import CountyHome
    from unionstation.sync.transport_http import put_batch

    county, east, _west = world
    acks = tmp_path / "acks"
    first = _export(east, tmp_path / "stick")
    by_usb = _deliver(county, first, east, acks)
    ack_file = Path(by_usb["acks"][0])
    before = _people(county)
    with running_receiver(CountyHome(tmp_path / "county")) as url:
        again = put_batch(url, east.code, first.read_bytes())
        assert again == ack_file.read_bytes()
        east.enroll("王五", WANG)
        on_stick = _export(east, tmp_path / "stick")  # written, but the stick stays home
        pushed = east.sync.push(url)
        assert pushed.sent and pushed.acknowledged > 0
    after = sorted([*before, ("330106001", "王五", "active")])
    assert _people(county) == after
    status = east.sync.status()
    assert (status.pending, status.exported) == (0, 0)
    # The stick arrives later: every change in it is already applied.
    late = county.import_paths([on_stick], None)
    assert (late["duplicates"], late["applied"], late["refused"]) == (1, 0, [])
    assert _people(county) == after


def test_damaged_and_foreign_batches_change_nothing(
        world: tuple[County, Station, Station], tmp_path: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    county, east, _west = world
    good = _export(east, tmp_path / "stick").read_bytes()
    for cut in (0, 10, len(good) // 3, len(good) - 1):
        outcome = county.import_batch(good[:cut], "truncated")
        assert outcome.status == "refused" and outcome.reason

    @settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.integers(min_value=0, max_value=len(good) - 1), st.integers(1, 255))
    def flipped(position: int, mask: int) -> None:
        data = bytearray(good)
        data[position] ^= mask
        outcome = county.import_batch(bytes(data), "flipped")
        assert outcome.status == "refused" and outcome.code and outcome.reason
        assert outcome.ack is None

    flipped()
    assert _people(county) == []
    assert [s.applied_through for s in county.stations()] == [0, 0]
    assert county.import_batch(good).status == "applied"
