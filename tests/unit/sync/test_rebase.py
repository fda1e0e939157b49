"""Restore with the county: the re-base file brings a restored station back to the county's
state (keeping what was entered since the restore) and rebuilds a lost laptop's station."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.factories import TEST_KEY, make_id_number
from tests.rebase_world import CODE, county_members, deliver, enroll, restored_station
from unionstation.county.home import CountyHome
from unionstation.county.rebase import build_rebase
from unionstation.county.service import County, init_county
from unionstation.paths import StationHome
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.store.models import ChangeRecord, Member
from unionstation.sync.errors import BadSignature, DamagedFile, SyncError, WrongKey
from unionstation.sync.station_sync import SyncService

WANG = make_id_number("330106", date(1979, 7, 7), 305)
ZHAO = make_id_number("330106", date(1982, 2, 3), 306)
QIAN = make_id_number("330106", date(1988, 8, 8), 307)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[County]:
    opened = init_county(CountyHome(tmp_path / "county"), "测试县总工会", "330106")
    yield opened
    opened.close()


def test_a_restored_station_is_rebased_and_its_new_member_reaches_the_county(
        runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    restored = restored_station(runtime, county, tmp_path)
    try:
        sync = SyncService(restored.context, restored.home)
        enroll(restored, "赵六", ZHAO)  # entered after the restore, before the re-base
        assert sync.status().paused == "restored"
        made = build_rebase(county, CODE)
        assert made.code is not None and made.applied_through > 0
        outcome = sync.rebase(made.data, made.code)
        assert outcome.members == 5  # 3 + 王五 from the county + 赵六 kept
        assert outcome.resumed_at == made.applied_through + 1
        assert outcome.kept >= 1
        assert sync.status().paused is None
        with restored.context.reading() as session:
            names = set(session.scalars(select(Member.name)))
            low, high, count = session.execute(select(
                func.min(ChangeRecord.change_seq), func.max(ChangeRecord.change_seq),
                func.count())).one()
        assert {"王五", "赵六"} <= names
        assert high - low + 1 == count  # no gap: `check` stays ok
        enroll(restored, "钱七", QIAN)
        batch = sync.export_to(tmp_path)
        assert batch.from_seq == made.applied_through + 1
        assert batch.batch is not None
        intake = county.import_batch(batch.batch.read_bytes())
        assert intake.status == "applied", intake.reason
        assert intake.ack is not None
        ack = sync.accept_ack(intake.ack)
        assert not ack.issues
        assert {"王五", "赵六", "钱七"} <= county_members(county)
        assert ack.counts_mismatch is None
    finally:
        restored.close()


def test_tampered_wrong_code_and_wrong_station_files_change_nothing(
        runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    restored = restored_station(runtime, county, tmp_path)
    try:
        sync = SyncService(restored.context, restored.home)
        made = build_rebase(county, CODE)
        county.enrol_station("330106002", "另一街道总工会")
        other = build_rebase(county, "330106002")
        with restored.context.reading() as session:
            before = session.scalar(select(func.count()).select_from(ChangeRecord))
        tampered = bytearray(made.data)
        tampered[-5] ^= 1
        with pytest.raises((DamagedFile, BadSignature)):
            sync.rebase(bytes(tampered), made.code)
        with pytest.raises(WrongKey):
            sync.rebase(made.data, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
        with pytest.raises(SyncError, match="330106002"):
            sync.rebase(other.data, other.code)
        foreign = init_county(CountyHome(tmp_path / "foreign"), "外县总工会", "330107")
        try:
            foreign.enrol_station(CODE, "测试街道总工会")
            with pytest.raises(BadSignature):
                sync.rebase(build_rebase(foreign, CODE).data, None)
        finally:
            foreign.close()
        with restored.context.reading() as session:
            assert session.scalar(select(func.count()).select_from(ChangeRecord)) == before
        assert sync.status().paused == "restored"
    finally:
        restored.close()


def test_a_lost_laptop_is_rebuilt_from_the_county_on_an_empty_folder(
        runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    from unionstation.services.login import log_in
    from unionstation.sync.rebuild import rebuild_station

    sync = SyncService(runtime.context, runtime.home)
    sync.enrol(county.enrol_station(CODE, "测试街道总工会"))
    county.register_station_key(sync.station_key_file())
    deliver(sync, county, tmp_path)
    runtime.close()  # the laptop is lost
    county.revoke_key(CODE)
    made = build_rebase(county, CODE)
    assert made.code is not None
    home = StationHome(tmp_path / "new-laptop")
    with pytest.raises(WrongKey):
        rebuild_station(home, made.data, "WRONG-CODE", "zhou", "new-pass-2026")
    assert not home.root.exists() or not any(home.root.iterdir())
    rebuilt = rebuild_station(home, made.data, made.code, "zhou", "new-pass-2026",
                              key_out=tmp_path)
    assert rebuilt.outcome.members == 3 and rebuilt.station_code == CODE
    assert rebuilt.key_file is not None
    county.register_station_key(rebuilt.key_file.read_bytes())
    logged = log_in(home, "zhou", "new-pass-2026")
    try:
        new = logged.runtime
        again = SyncService(new.context, home)
        assert again.status().paused is None
        enroll(new, "王五", WANG)
        deliver(again, county, tmp_path)
        assert "王五" in county_members(county)
    finally:
        logged.close()


def test_a_backup_restored_on_a_new_machine_brings_its_sync_keys_sealed(
        runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    """Issue 12's gap: the signing key travels with the backup, under the backup key; the
    new machine pauses export until the county's re-base file, then syncs with it."""
    import shutil

    from unionstation.services.backups import BackupService, restore_elsewhere
    from unionstation.store.backup_keys import bundle_path
    from unionstation.sync.station_keys import KEY_FILE

    sync = SyncService(runtime.context, runtime.home)
    sync.enrol(county.enrol_station(CODE, "测试街道总工会"))
    county.register_station_key(sync.station_key_file())
    deliver(sync, county, tmp_path)
    stick = tmp_path / "stick"
    made = BackupService(runtime.context, runtime.home, TEST_KEY).run(stick)
    sealed = bundle_path(made).read_bytes()
    signing = (runtime.home.keys_dir / KEY_FILE).read_bytes()
    assert b"PRIVATE KEY" not in sealed and signing not in sealed
    runtime.close()
    laptop = tmp_path / "laptop-usb"
    shutil.copytree(stick, laptop)
    home = StationHome(tmp_path / "elsewhere")
    from tests.factories import TEST_ADMIN, TEST_PASSWORD

    restore_elsewhere(home, laptop / made.name, login=TEST_ADMIN, password=TEST_PASSWORD)
    assert (home.keys_dir / KEY_FILE).read_bytes() == signing
    moved = open_station(home, TEST_KEY)
    try:
        again = SyncService(moved.context, home)
        assert again.status().paused == "restored"
        with pytest.raises(SyncError, match="重建文件"):
            again.export_to(tmp_path)
        rebase = build_rebase(county, CODE)
        again.rebase(rebase.data, rebase.code)
        assert again.status().paused is None
        enroll(moved, "王五", WANG)
        deliver(again, county, tmp_path)  # signed with the key that came back
        assert "王五" in county_members(county)
    finally:
        moved.close()


def test_the_re_base_file_comes_over_http_to_a_station_signing_its_request(
        runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from tests.receiver import running_receiver
    from unionstation.sync.keys import generate_encryption_key, generate_signing_key
    from unionstation.sync.rebase_request import write_rebase_request
    from unionstation.sync.transport_http import BatchRefused, post_rebase_request

    restored = restored_station(runtime, county, tmp_path)
    try:
        sync = SyncService(restored.context, restored.home)
        with running_receiver(county.home) as url:
            stranger = write_rebase_request(CODE, generate_signing_key(),
                                            generate_encryption_key(), datetime.now(UTC))
            with pytest.raises(BatchRefused) as refused:
                post_rebase_request(url, CODE, stranger)
            assert refused.value.status == 403
            outcome = sync.fetch_rebase(url)
        assert outcome.members == 4 and sync.status().paused is None
        enroll(restored, "赵六", ZHAO)
        deliver(sync, county, tmp_path)
        assert "赵六" in county_members(county)
    finally:
        restored.close()


def test_a_re_base_file_older_than_the_last_receipt_is_refused(
        runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    restored = restored_station(runtime, county, tmp_path)
    try:
        sync = SyncService(restored.context, restored.home)
        old = build_rebase(county, CODE)
        sync.rebase(old.data, old.code)
        enroll(restored, "赵六", ZHAO)
        deliver(sync, county, tmp_path)  # a receipt newer than the file
        with restored.context.reading() as session:
            before = session.scalar(select(func.count()).select_from(ChangeRecord))
        with pytest.raises(SyncError, match="还旧"):
            sync.rebase(old.data, old.code)
        with restored.context.reading() as session:
            assert session.scalar(select(func.count()).select_from(ChangeRecord)) == before
    finally:
        restored.close()
