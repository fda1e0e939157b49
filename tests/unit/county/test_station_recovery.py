"""The county gives a station back its data: every password forgotten, the code lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.e2e.sync_world import make_county
from tests.factories import TEST_KEY
from unionstation.county.errors import CountyError
from unionstation.county.recovery import make_station_recovery
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.store.keyring import KeyRing, WrongPassword, keyring_path
from unionstation.store.models import Member
from unionstation.sync.key_escrow import install_recovery_file
from unionstation.sync.station_sync import SyncService


def test_an_enrolled_station_is_opened_again_through_the_countys_recovery_file(
        runtime: StationRuntime, tmp_path: Path) -> None:
    home = runtime.home
    county = make_county(tmp_path / "county")
    try:
        sync = SyncService(runtime.context, home)
        sync.enrol(county.enrol_station("330106001", "测试街道总工会"))
        county.register_station_key(sync.station_key_file())
        runtime.close()
        sealed = KeyRing.load(home).county_wrap()
        assert sealed is not None and TEST_KEY.hex() not in str(sealed)

        # Every officer gone, the recovery code lost: the keyring file goes to the county.
        made = make_station_recovery(county, keyring_path(home), tmp_path)
    finally:
        county.close()
    assert made.station_code == "330106001"
    assert made.recovery_code.replace("-", "") not in made.file.read_text()

    assert install_recovery_file(home, made.file) == "330106001"
    ring = KeyRing.load(home)
    key = ring.unlock_recovery(made.recovery_code)
    assert key == TEST_KEY
    ring.set_password("新管理员", "a-new-pass-2026", key)
    ring.save()
    reopened = open_station(home, KeyRing.load(home).unlock("新管理员", "a-new-pass-2026"))
    try:
        with reopened.context.reading() as session:
            assert session.scalar(select(func.count()).select_from(Member)) == 3
    finally:
        reopened.close()


def test_another_countys_or_an_unenrolled_keyring_is_refused(
        runtime: StationRuntime, tmp_path: Path) -> None:
    ours = make_county(tmp_path / "ours")
    other = make_county(tmp_path / "other")
    try:
        with pytest.raises(CountyError, match="没有交给县总工会"):
            make_station_recovery(ours, keyring_path(runtime.home), tmp_path)
        sync = SyncService(runtime.context, runtime.home)
        sync.enrol(ours.enrol_station("330106001", "测试街道总工会"))
        ours.register_station_key(sync.station_key_file())
        with pytest.raises(CountyError, match="不是本县总工会登记的站点"):
            make_station_recovery(other, keyring_path(runtime.home), tmp_path)
    finally:
        ours.close()
        other.close()


def test_the_county_file_alone_does_not_open_the_station(
        runtime: StationRuntime, tmp_path: Path) -> None:
    county = make_county(tmp_path / "county")
    try:
        sync = SyncService(runtime.context, runtime.home)
        sync.enrol(county.enrol_station("330106001", "测试街道总工会"))
        county.register_station_key(sync.station_key_file())
        made = make_station_recovery(county, keyring_path(runtime.home), tmp_path)
    finally:
        county.close()
    install_recovery_file(runtime.home, made.file)
    with pytest.raises(WrongPassword):
        KeyRing.load(runtime.home).unlock_recovery("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
