"""A station that synced, was backed up, synced more, and was restored from that backup:
the starting point of every re-base test (issue 13, point 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from tests.factories import TEST_KEY, make_id_number
from unionstation.county.models import CountyMember
from unionstation.county.service import County
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.services.unions import UnionService
from unionstation.sync.station_sync import SyncService

CODE = "330106001"
WANG = make_id_number("330106", date(1979, 7, 7), 305)


def enroll(runtime: StationRuntime, name: str, id_number: str) -> None:
    union = UnionService(runtime.context).list()[0]
    MemberService(runtime.context).enroll(MemberDraft(
        name=name, id_number=id_number, grassroots_union_id=union.id,
        joined_on=date(2026, 3, 1), phone="13800001111"))


def deliver(sync: SyncService, county: County, folder: Path) -> None:
    batch = sync.export_to(folder)
    assert batch.batch is not None
    outcome = county.import_batch(batch.batch.read_bytes())
    assert outcome.status == "applied", outcome.reason
    assert outcome.ack is not None
    sync.accept_ack(outcome.ack)


def county_members(county: County) -> set[str]:
    with county.store.read_session_factory() as session:
        return set(session.scalars(select(CountyMember.name).where(
            CountyMember.station_code == CODE, CountyMember.deleted.is_(False))))


def restored_station(runtime: StationRuntime, county: County, tmp_path: Path) -> StationRuntime:
    """Sync, back up, sync more (the county acknowledges it), then restore the backup."""
    from unionstation.store.backup import backup_now, restore_database

    sync = SyncService(runtime.context, runtime.home)
    sync.enrol(county.enrol_station(CODE, "测试街道总工会"))
    county.register_station_key(sync.station_key_file())
    deliver(sync, county, tmp_path)
    saved = backup_now(runtime.home, "manual")
    enroll(runtime, "王五", WANG)
    deliver(sync, county, tmp_path)
    runtime.close()
    restore_database(runtime.home, saved)
    return open_station(runtime.home, TEST_KEY)


