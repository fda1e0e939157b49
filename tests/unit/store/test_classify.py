from __future__ import annotations

import pytest

from tests.damage import DAMAGES
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
    found = classify(station_home)
    assert found.state is FileState.SOUND and not found.damaged


def test_a_missing_file_with_nothing_beside_it_is_a_new_station(home: StationHome) -> None:
    found = classify(home)
    assert found.state is FileState.MISSING and found.new_station and not found.damaged


def test_a_missing_file_beside_station_keys_is_a_damaged_station(home: StationHome) -> None:
    home.keys_dir.mkdir(parents=True)
    (home.keys_dir / "station-signing.pem").write_bytes(b"key")
    found = classify(home)
    assert found.damaged and not found.new_station
    with pytest.raises(DamagedStation):
        open_database(home)
    assert not home.db_path.exists()


def test_an_empty_file_is_a_damaged_station_not_a_new_one(home: StationHome) -> None:
    home.root.mkdir(parents=True)
    home.db_path.write_bytes(b"")
    with pytest.raises(DamagedStation, match="0 字节"):
        open_database(home)
    assert home.db_path.read_bytes() == b""


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_each_damage_is_found_before_anything_touches_the_file(
    station_home: StationHome, damage: str,
) -> None:
    DAMAGES[damage](station_home.db_path)
    wal = station_home.db_path.with_name("unionstation.db-wal")
    before = (station_home.db_path.read_bytes(), wal.read_bytes() if wal.exists() else None)
    with pytest.raises(DamagedStation) as raised:
        raise_if_damaged(station_home)
    assert raised.value.classification.state is EXPECTED[damage]
    with pytest.raises(DamagedStation):
        open_database(station_home)
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
