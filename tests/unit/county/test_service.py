"""The county folder, its keys, and the stations it enrols and registers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.county.batches import TestStation, pair, station_key_file
from tests.unit.county.conftest import COUNTY_CODE, COUNTY_NAME
from unionstation.county.errors import AlreadyInitialised, CountyError, NotACountyHome
from unionstation.county.home import CountyHome, is_county_home
from unionstation.county.service import County, init_county, open_county
from unionstation.services.runtime import StationRuntime
from unionstation.sync.documents import read_enrolment
from unionstation.sync.keys import generate_signing_key


def test_init_makes_a_county_folder(county: County, county_home: CountyHome,
                                    county_db_url: str) -> None:
    assert is_county_home(county_home.root)
    config = json.loads(county_home.config_path.read_text(encoding="utf-8"))
    assert config == {"code": COUNTY_CODE, "db_url": county_db_url}
    assert county_home.encryption_key_path.stat().st_mode & 0o777 == 0o600
    assert county_home.signing_key_path.stat().st_mode & 0o777 == 0o600
    info = county.info()
    assert (info.code, info.name) == (COUNTY_CODE, COUNTY_NAME)
    assert info.encryption_key_id == county.keys.encryption_key_id
    assert len(info.signing_fingerprint) == 24 and info.signing_fingerprint.count("-") == 4


def test_init_refuses_an_initialised_folder(county: County, county_home: CountyHome) -> None:
    with pytest.raises(AlreadyInitialised):
        init_county(county_home, "另一个县", "C9")


def test_open_finds_the_same_county_and_keys(county: County, county_home: CountyHome) -> None:
    with open_county(county_home) as again:
        assert again.info() == county.info()


def test_open_refuses_a_folder_that_is_not_a_county(tmp_path: Path) -> None:
    assert not is_county_home(tmp_path)
    with pytest.raises(NotACountyHome):
        open_county(CountyHome(tmp_path))


def test_the_default_store_is_sqlite_in_the_folder(tmp_path: Path) -> None:
    home = CountyHome(tmp_path / "c")
    with init_county(home, COUNTY_NAME, "C1") as county:
        assert county.store.url == home.default_db_url
    assert json.loads(home.config_path.read_text())["db_url"] is None
    assert home.db_path.is_file()
    with open_county(home) as county:
        assert county.code == "C1"


def test_open_refuses_a_store_of_another_county(tmp_path: Path) -> None:
    first, second = CountyHome(tmp_path / "a"), CountyHome(tmp_path / "b")
    init_county(first, "甲县总工会", "CA").close()
    with pytest.raises(AlreadyInitialised):
        init_county(second, "乙县总工会", "CB", db_url=first.default_db_url)
    assert not second.is_initialised()


def test_codes_and_names_are_checked(tmp_path: Path) -> None:
    with pytest.raises(CountyError):
        init_county(CountyHome(tmp_path / "x"), "", "C1")
    with pytest.raises(CountyError):
        init_county(CountyHome(tmp_path / "y"), "县", "../etc")


def test_enrolment_carries_the_county_keys(county: County) -> None:
    enrolment = read_enrolment(county.enrol_station("S01", "甲街道总工会"))
    assert (enrolment.county_code, enrolment.county_name) == (COUNTY_CODE, COUNTY_NAME)
    assert (enrolment.station_code, enrolment.station_name) == ("S01", "甲街道总工会")
    assert enrolment.encryption_public_key == county.keys.encryption_public
    assert enrolment.signing_public_key == county.keys.signing_public
    county.enrol_station("S01", "乙街道总工会")
    [view] = county.stations()
    assert (view.code, view.name, view.key_id, view.applied_through) == (
        "S01", "乙街道总工会", None, 0)


def test_a_station_code_with_stray_spaces_is_enrolled_stripped(county: County) -> None:
    enrolment = read_enrolment(county.enrol_station("  S01 \t", " 甲街道总工会 "))
    assert (enrolment.station_code, enrolment.station_name) == ("S01", "甲街道总工会")
    county.enrol_station("S01", "乙街道总工会")  # the same station, renamed
    assert [(view.code, view.name) for view in county.stations()] == [("S01", "乙街道总工会")]
    view = county.register_station_key(station_key_file("S01", "乙", generate_signing_key()))
    assert view.code == "S01" and view.key_id is not None


def test_a_station_key_is_pinned_once(county: County) -> None:
    key = generate_signing_key()
    data = station_key_file("S01", "甲", key)
    with pytest.raises(CountyError, match="从未"):
        county.register_station_key(data)
    county.enrol_station("S01", "甲街道总工会")
    view = county.register_station_key(data)
    assert view.key_id is not None and view.fingerprint is not None and not view.revoked
    assert county.register_station_key(data) == view  # the same key again: nothing new
    county.enrol_station("S02", "乙街道总工会")
    with pytest.raises(CountyError, match="S01"):
        county.register_station_key(station_key_file("S02", "乙", key))
    with pytest.raises(CountyError):
        county.register_station_key(b"not a key file")


def test_keys_are_revoked_by_id_or_by_station(county: County, runtime: StationRuntime) -> None:
    first = pair(county, runtime, "S01")
    second_key = generate_signing_key()
    county.register_station_key(station_key_file("S01", "甲", second_key))
    assert county.stations()[0].key_id is not None
    assert county.revoke_key(county.stations()[0].key_id or "") == 1
    assert county.revoke_key("S01") == 1
    assert county.revoke_key("S01") == 0
    view = county.stations()[0]
    assert view.revoked
    with pytest.raises(CountyError):
        county.revoke_key("nothing")
    with pytest.raises(CountyError, match="吊销"):
        county.register_station_key(station_key_file("S01", "甲", first.signing_key))


def test_import_paths_reports_like_the_cli(county: County, station: TestStation,
                                          tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    first_through = 3
    (drop / "b.usb").write_bytes(station.batch(after=first_through))  # sorted after a.usb
    (drop / "a.usb").write_bytes(station.batch(through=first_through))
    (drop / "notes.txt").write_text("not a batch")
    broken = tmp_path / "broken.usb"
    broken.write_bytes(b"US1 BATCH\nnonsense")
    acks = tmp_path / "acks"

    result = county.import_paths([drop, broken, tmp_path / "missing.usb"], acks_to=acks)

    assert result["applied"] == 2 and result["duplicates"] == 0 and result["parked"] == 0
    assert [entry["file"] for entry in result["refused"]] == [
        str(broken), str(tmp_path / "missing.usb")]
    assert all(entry["reason"] for entry in result["refused"])
    assert sorted(Path(p).name for p in result["acks"]) == sorted(
        f"US1ACK_S01_{batch_id.hex[:8]}.ack" for batch_id in station.batch_ids)
    assert all(Path(p).is_file() for p in result["acks"])

    again = county.import_paths([drop / "b.usb"], acks_to=None)
    assert again == {"applied": 0, "duplicates": 1, "parked": 0, "refused": [], "acks": []}


def test_import_paths_counts_a_parked_batch_then_its_release(county: County,
                                                             station: TestStation,
                                                             tmp_path: Path) -> None:
    late = tmp_path / "late.usb"
    late.write_bytes(station.batch(after=3))
    early = tmp_path / "early.usb"
    early.write_bytes(station.batch(through=3))
    assert county.import_paths([late], None)["parked"] == 1
    result = county.import_paths([early], tmp_path / "acks")
    assert (result["applied"], result["parked"], len(result["acks"])) == (2, 0, 2)


def test_members_cases_and_figures_read_the_projections(county: County,
                                                        runtime: StationRuntime) -> None:
    first = pair(county, runtime, "S01", "甲街道总工会")
    second = pair(county, runtime, "S02", "乙街道总工会")
    county.import_batch(first.batch())
    county.import_batch(second.batch())  # the same three people, enrolled at both

    total, rows = county.members()
    assert total == 6 and {row.station for row in rows} == {"S01", "S02"}
    assert all("*" in row.id_number_masked for row in rows)
    total, rows = county.members(station="S02", limit=2)
    assert total == 3 and len(rows) == 2
    cases = county.cases()
    assert len(cases) == 3
    assert {case.kind for case in cases} == {"active_at_two_stations"}
    figures = county.figures(2024)
    assert [f.members for f in figures] == [3, 3, 6]
    assert figures[-1].station == "合计"


def test_a_released_batch_refused_is_listed_under_its_own_file(
        county: County, station: TestStation, runtime: StationRuntime,
        tmp_path: Path) -> None:
    parked_file = tmp_path / "stick" / "parked.usb"
    parked_file.parent.mkdir()
    parked_file.write_bytes(station.batch(after=3))  # signed with the key revoked below
    assert county.import_paths([parked_file])["parked"] == 1
    assert county.revoke_key("S01") == 1
    new_key = generate_signing_key()
    county.register_station_key(station_key_file("S01", "测试街道总工会", new_key))
    good_file = tmp_path / "good.usb"
    good_file.write_bytes(station.batch(through=3, signing_key=new_key))

    result = county.import_paths([good_file], tmp_path / "acks")

    assert (result["applied"], result["duplicates"], result["parked"]) == (1, 0, 0)
    assert [entry["file"] for entry in result["refused"]] == [str(parked_file)]
    assert "吊销" in result["refused"][0]["reason"]
    assert [Path(p).name for p in result["acks"]] == [
        f"US1ACK_S01_{station.batch_ids[-1].hex[:8]}.ack"]
    assert county.stations()[0].parked == 0
