from __future__ import annotations

import pytest

from tests.damage import DAMAGES
from tests.factories import TEST_KEY
from unionstation.paths import StationHome
from unionstation.store.classify import (
    DamagedStation,
    FileState,
    classify,
    raise_if_damaged,
    set_aside,
)
from unionstation.store.database import open_database

EXPECTED = {
    "header_zeroed": FileState.DAMAGED, "random_pages": FileState.DAMAGED,
    "truncated": FileState.DAMAGED, "another_file": FileState.NOT_DATABASE,
    "empty": FileState.EMPTY, "random_wal": FileState.DAMAGED,
}


def test_a_sound_station_is_sound(station_home: StationHome) -> None:
    found = classify(station_home, key=TEST_KEY)
    assert found.state is FileState.SOUND and not found.damaged


def test_a_missing_file_with_nothing_beside_it_is_a_new_station(home: StationHome) -> None:
    found = classify(home, key=TEST_KEY)
    assert found.state is FileState.MISSING and found.new_station and not found.damaged


def test_a_missing_file_beside_station_keys_is_a_damaged_station(home: StationHome) -> None:
    home.keys_dir.mkdir(parents=True)
    (home.keys_dir / "station-signing.pem").write_bytes(b"key")
    found = classify(home, key=TEST_KEY)
    assert found.damaged and not found.new_station
    with pytest.raises(DamagedStation):
        open_database(home, TEST_KEY)
    assert not home.db_path.exists()


def test_an_empty_file_is_a_damaged_station_not_a_new_one(home: StationHome) -> None:
    home.root.mkdir(parents=True)
    home.db_path.write_bytes(b"")
    with pytest.raises(DamagedStation, match="0 字节"):
        open_database(home, TEST_KEY)
    assert home.db_path.read_bytes() == b""


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_each_damage_is_found_before_anything_touches_the_file(
    station_home: StationHome, damage: str,
) -> None:
    DAMAGES[damage](station_home.db_path)
    wal = station_home.db_path.with_name("unionstation.db-wal")
    before = (station_home.db_path.read_bytes(), wal.read_bytes() if wal.exists() else None)
    with pytest.raises(DamagedStation) as raised:
        raise_if_damaged(station_home, key=TEST_KEY)
    assert raised.value.classification.state is EXPECTED[damage]
    with pytest.raises(DamagedStation):
        open_database(station_home, TEST_KEY)
    after = (station_home.db_path.read_bytes(),
             wal.read_bytes() if before[1] is not None else None)
    assert after == before  # a read-only look may leave an empty -wal, never change one


def test_a_damaged_file_is_set_aside_with_its_wal_never_deleted(
    station_home: StationHome,
) -> None:
    DAMAGES["random_wal"](station_home.db_path)
    data = station_home.db_path.read_bytes()
    moved = set_aside(station_home)
    assert moved is not None and moved.parent.name == "damaged"
    assert moved.read_bytes() == data
    assert moved.with_name(moved.name + "-wal").exists()
    assert not station_home.db_path.exists()


def test_a_file_under_another_key_is_not_this_stations_database(
    station_home: StationHome,
) -> None:
    found = classify(station_home, key=bytes(32))
    assert found.state is FileState.NOT_DATABASE and "别的密钥" in found.detail


def test_a_plain_station_from_an_earlier_version_is_not_damaged(home: StationHome) -> None:
    import sqlite3

    home.root.mkdir(parents=True)
    connection = sqlite3.connect(home.db_path)
    connection.executescript("CREATE TABLE station (id TEXT); CREATE TABLE alembic_version "
                             "(version_num TEXT);")
    connection.close()
    found = classify(home, key=TEST_KEY)
    assert found.state is FileState.PLAIN and not found.damaged


def test_a_cut_off_last_page_is_told_as_truncated(station_home: StationHome) -> None:
    data = station_home.db_path.read_bytes()
    station_home.db_path.write_bytes(data[:len(data) - 1000])
    found = classify(station_home, key=TEST_KEY)
    assert found.state is FileState.DAMAGED and "截断" in found.detail
