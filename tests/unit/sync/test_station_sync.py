"""The station's side of sync: enrolment, export, acks, issues, resend, clock warnings."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from tests.factories import TEST_KEY, make_id_number
from unionstation.county.county_keys import load_county_keys
from unionstation.county.home import CountyHome
from unionstation.county.service import County, init_county
from unionstation.domain.codes import MemberStatus
from unionstation.services.members import MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import ChangeRecord
from unionstation.sync.ack import Ack, AckIssue, read_ack, write_ack
from unionstation.sync.clock import clock_warning
from unionstation.sync.errors import BadSignature, NotEnrolled, SyncError
from unionstation.sync.keys import generate_signing_key, key_id, raw_public_key
from unionstation.sync.outbox import ExportFailed, ExportResult
from unionstation.sync.station_sync import SyncService

CODE = "330106001"  # the test station's division code
ZHANG = make_id_number("330106", date(1985, 5, 20), 101)
LI = make_id_number("330106", date(1990, 1, 2), 102)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[County]:
    opened = init_county(CountyHome(tmp_path / "county"), "测试县总工会", "330106")
    yield opened
    opened.close()


@pytest.fixture
def sync(runtime: StationRuntime, county: County) -> SyncService:
    service = SyncService(runtime.context, runtime.home)
    service.enrol(county.enrol_station(CODE, "测试街道总工会"))
    county.register_station_key(service.station_key_file())
    return service


def _delivered(sync: SyncService, county: County, tmp_path: Path,
               ) -> tuple[ExportResult, bytes, Ack]:
    """Export every pending change and let the county take it: the batch, the ack's bytes
    and the ack as read with the county's key."""
    batch = sync.export_to(tmp_path)
    assert batch.batch is not None
    ack = county.import_batch(batch.batch.read_bytes()).ack
    assert ack is not None
    keys = load_county_keys(CountyHome(tmp_path / "county"))
    return batch, ack, read_ack(ack, keys.signing.public_key())


def _states(runtime: StationRuntime) -> dict[str, int]:
    with runtime.context.reading() as session:
        return dict(session.execute(select(ChangeRecord.state, func.count())
                                    .group_by(ChangeRecord.state)).all())


def test_without_enrolment_the_station_works_and_exports_nothing(
        runtime: StationRuntime, tmp_path: Path) -> None:
    service = SyncService(runtime.context, runtime.home)
    status = service.status()
    assert not status.enrolled and status.pending > 0 and status.fingerprint is None
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(NotEnrolled, match="登记文件"):
        service.export_to(stick)
    assert list(stick.iterdir()) == []


def test_an_enrolment_for_another_station_is_refused(
        runtime: StationRuntime, county: County) -> None:
    service = SyncService(runtime.context, runtime.home)
    with pytest.raises(SyncError, match="330106002"):
        service.enrol(county.enrol_station("330106002", "别的街道总工会"))
    assert service.enrolment() is None


def test_export_marks_only_after_the_file_reads_back(
        sync: SyncService, runtime: StationRuntime, tmp_path: Path) -> None:
    sync.refresh_figures()  # the yearly figures (member counts too) are pending changes
    pending = _states(runtime)["pending"]
    missing = tmp_path / "no-such-stick"
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    for target in (missing / "deeper", blocked):
        with pytest.raises(ExportFailed):
            sync.export_to(target)
    assert _states(runtime) == {"pending": pending}

    (tmp_path / "stick").mkdir()
    result = sync.export_to(tmp_path / "stick")
    assert result.batch is not None and result.batch.exists()
    assert (result.from_seq, result.to_seq, result.changes) == (1, pending, pending)
    # The rows are not rewritten; the batch's range counts them as sent.
    assert _states(runtime) == {"pending": pending}
    assert (sync.status().pending, sync.status().exported) == (0, pending)
    assert [p.name for p in result.batch.parent.iterdir()] == [result.batch.name]


def test_rows_marked_exported_before_0011_count_as_sent_and_go_out_again(
        sync: SyncService, runtime: StationRuntime, tmp_path: Path) -> None:
    with runtime.context.unit_of_work() as session:
        session.execute(update(ChangeRecord).values(state="exported"))
    waiting = _states(runtime)["exported"]
    assert (sync.status().pending, sync.status().exported) == (0, waiting)
    result = sync.export_to(tmp_path)
    assert result.from_seq == 1 and result.to_seq >= waiting


def test_every_batch_carries_every_unacknowledged_change(
        sync: SyncService, runtime: StationRuntime, tmp_path: Path) -> None:
    first = sync.export_to(tmp_path)
    member = MemberService(runtime.context).resolve(ZHANG)
    MemberService(runtime.context).change_status(
        member.id, MemberStatus.LAPSED, runtime.context.today(), "欠缴会费")
    second = sync.export_to(tmp_path)
    assert second.from_seq == first.from_seq == 1 and second.to_seq > first.to_seq


def test_acks_mark_changes_and_a_forged_one_changes_nothing(
        sync: SyncService, runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    batch, ack, genuine = _delivered(sync, county, tmp_path)
    forger = generate_signing_key()
    forged = write_ack(dataclasses.replace(
        genuine, signer_key_id=key_id(raw_public_key(forger.public_key()))), forger)
    with pytest.raises(BadSignature):
        sync.accept_ack(forged)
    assert (sync.status().pending, sync.status().exported) == (0, batch.changes)

    other_station = write_ack(dataclasses.replace(genuine, station_code="330106002"),
                              load_county_keys(CountyHome(tmp_path / "county")).signing)
    with pytest.raises(SyncError, match="330106002"):
        sync.accept_ack(other_station)

    accepted = sync.accept_ack(ack)
    assert accepted.acknowledged == batch.changes and accepted.counts_mismatch is None
    status = sync.status()
    assert (status.pending, status.exported) == (0, 0)
    assert status.acknowledged_through == batch.to_seq and status.last_ack is not None


def _signed(county_root: Path, ack: Ack) -> bytes:
    return write_ack(ack, load_county_keys(CountyHome(county_root)).signing)


def test_issues_name_their_record_and_counts_mismatch_offers_resend(
        sync: SyncService, runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    batch, ack, genuine = _delivered(sync, county, tmp_path)
    member = MemberService(runtime.context).resolve(LI)
    with runtime.context.reading() as session:
        seq = session.scalar(select(func.min(ChangeRecord.change_seq))
                             .where(ChangeRecord.entity_id == member.id))
    assert seq is not None
    issue = AckIssue(change_seq=seq, entity="member", entity_id=str(member.id),
                     status="REJECTED", code="bad_id_number", reason="身份证号校验位不对")
    runs = ((batch.from_seq, seq - 1, "OK"), (seq, seq, "REJECTED"),
            (seq + 1, batch.to_seq, "OK"))
    runs = tuple(run for run in runs if run[0] <= run[1])
    doctored = dataclasses.replace(genuine, runs=runs, issues=(issue,),
                                   counts={**genuine.counts, "active_members": 99})
    accepted = sync.accept_ack(_signed(tmp_path / "county", doctored))
    assert accepted.issues == [issue]
    assert accepted.counts_mismatch is not None and "99" in accepted.counts_mismatch
    rows = sync.issues(member.id)
    assert [(r.record, r.status, r.reason) for r in rows] == [
        ("会员“李四”", "REJECTED", "身份证号校验位不对")]
    assert _states(runtime) == {"acknowledged": batch.changes - 1, "error": 1}
    assert sync.status().counts_mismatch == accepted.counts_mismatch

    assert sync.resend_everything() == batch.changes
    assert _states(runtime) == {"pending": batch.changes}
    assert (sync.status().pending, sync.status().exported) == (batch.changes, 0)
    assert sync.issues() == [] and sync.status().counts_mismatch is None
    again = sync.export_to(tmp_path)
    assert (again.from_seq, again.to_seq) == (1, batch.to_seq)


def test_a_parked_ack_acknowledges_nothing(
        sync: SyncService, runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    batch, ack, genuine = _delivered(sync, county, tmp_path)
    parked = dataclasses.replace(genuine, status="parked", applied_through_change_seq=0,
                                 runs=(), issues=())
    result = sync.accept_ack(_signed(tmp_path / "county", parked))
    assert result.status == "parked" and result.acknowledged == 0
    assert (sync.status().pending, sync.status().exported) == (0, batch.changes)


def test_station_key_file_is_kept_out_of_the_database(
        sync: SyncService, runtime: StationRuntime) -> None:
    key = runtime.home.keys_dir / "station-signing.pem"
    assert key.exists()
    if os.name == "posix":
        assert key.stat().st_mode & 0o077 == 0
    assert len(sync.fingerprint().split("-")) == 5


@pytest.mark.parametrize(("now", "last", "warns"), [
    (datetime(2026, 11, 27, tzinfo=UTC), None, False),
    (datetime(2019, 1, 1, tzinfo=UTC), None, True),
    (datetime(2026, 11, 27, tzinfo=UTC), datetime(2026, 11, 28, tzinfo=UTC), True),
    (datetime(2026, 11, 27, tzinfo=UTC), datetime(2026, 11, 27, tzinfo=UTC)
     + timedelta(minutes=5), False),
    (datetime(2031, 1, 1, tzinfo=UTC), datetime(2026, 11, 27, tzinfo=UTC), True),
])
def test_clock_warning(now: datetime, last: datetime | None, warns: bool) -> None:
    assert (clock_warning(now, last) is not None) is warns


def test_after_a_restore_old_acks_are_refused_and_export_pauses(
        runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    from unionstation.services.runtime import open_station
    from unionstation.store.backup import backup_now, restore_database

    service = SyncService(runtime.context, runtime.home)
    service.enrol(county.enrol_station(CODE, "测试街道总工会"))
    county.register_station_key(service.station_key_file())
    saved = backup_now(runtime.home, "before-export")
    _batch, ack, _genuine = _delivered(service, county, tmp_path)
    runtime.close()
    restore_database(runtime.home, saved)
    restored = open_station(runtime.home, TEST_KEY)
    try:
        again = SyncService(restored.context, restored.home)
        with pytest.raises(SyncError, match="不是本机数据库导出的"):
            again.accept_ack(ack)
        warning = again.status().restore_warning
        assert warning is not None and "恢复" in warning
        assert again.status().paused == "restored"
        with pytest.raises(SyncError, match="恢复"):
            again.export_to(tmp_path)
    finally:
        restored.close()


def test_a_batch_written_but_not_recorded_is_recognised_by_its_ack(
        sync: SyncService, runtime: StationRuntime, county: County, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The program stopped between writing the batch file and noting it: the file still
    reached the county, and its ack is taken as this station's, not as a restore."""
    import unionstation.sync.outbox as outbox

    def killed(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt  # as if the process died here

    monkeypatch.setattr(outbox, "_mark_exported", killed)
    with pytest.raises(KeyboardInterrupt):
        sync.export_to(tmp_path)
    monkeypatch.undo()
    (written,) = tmp_path.glob("US1_*.usb")
    assert sync.status().pending > 0 and sync.status().paused is None
    ack = county.import_batch(written.read_bytes()).ack
    assert ack is not None
    outcome = sync.accept_ack(ack)
    assert outcome.status == "applied" and outcome.acknowledged > 0
    assert sync.status().pending == 0 and sync.status().paused is None
    assert _states(runtime) == {"acknowledged": outcome.acknowledged}


def test_acks_of_batches_before_a_resend_are_refused(
        sync: SyncService, county: County, tmp_path: Path) -> None:
    batch, ack, _genuine = _delivered(sync, county, tmp_path)
    sync.resend_everything()
    with pytest.raises(SyncError, match="全部重新报送"):
        sync.accept_ack(ack)
    assert sync.status().pending == batch.changes


def test_enrolling_with_another_county_sends_everything_again(
        sync: SyncService, county: County, tmp_path: Path) -> None:
    batch, ack, _genuine = _delivered(sync, county, tmp_path)
    sync.accept_ack(ack)
    assert sync.status().pending == 0
    other = init_county(CountyHome(tmp_path / "other"), "新县总工会", "330107")
    try:
        sync.enrol(other.enrol_station(CODE, "测试街道总工会"))
        status = sync.status()
        assert status.pending == batch.changes and status.acknowledged_through == 0
        assert status.county_name == "新县总工会"
    finally:
        other.close()


def test_an_older_ack_keeps_a_newer_mismatch(
        sync: SyncService, runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    first = sync.export_to(tmp_path)
    assert first.batch is not None
    first_ack = county.import_batch(first.batch.read_bytes()).ack
    assert first_ack is not None
    member = MemberService(runtime.context).resolve(ZHANG)
    MemberService(runtime.context).change_status(
        member.id, MemberStatus.LAPSED, runtime.context.today(), "欠缴会费")
    second = sync.export_to(tmp_path)
    assert second.batch is not None
    second_ack = county.import_batch(second.batch.read_bytes()).ack
    assert second_ack is not None
    keys = load_county_keys(CountyHome(tmp_path / "county"))
    newest = read_ack(second_ack, keys.signing.public_key())
    doctored = dataclasses.replace(newest, counts={**newest.counts, "active_members": 99})
    assert sync.accept_ack(write_ack(doctored, keys.signing)).counts_mismatch
    sync.accept_ack(first_ack)
    assert sync.status().counts_mismatch is not None
