"""The re-base file honours the county's purge tombstones (issue 13, point 4): a member the
county purged does not come back on a station restored from a backup older than the purge."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.factories import TEST_KEY, make_id_number
from tests.rebase_world import CODE, deliver, enroll
from unionstation.county.home import CountyHome
from unionstation.county.models import CountyMember
from unionstation.county.rebase import build_rebase
from unionstation.county.service import County, init_county
from unionstation.domain.codes import MemberStatus
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.members import MemberService
from unionstation.services.privacy import PrivacyService
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.store.backup import backup_now, restore_database
from unionstation.store.models import Member, MemberPurge, MemberStatusChange
from unionstation.sync.station_sync import SyncService

ZHAO_ID = make_id_number("330106", date(1982, 2, 3), 306)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[County]:
    opened = init_county(CountyHome(tmp_path / "county"), "测试县总工会", "330106")
    yield opened
    opened.close()


def test_a_member_the_county_purged_does_not_come_back_with_an_older_backup(
        runtime: StationRuntime, county: County, tmp_path: Path) -> None:
    sync = SyncService(runtime.context, runtime.home)
    sync.enrol(county.enrol_station(CODE, "测试街道总工会"))
    county.register_station_key(sync.station_key_file())
    with runtime.context.reading() as session:
        leaver = session.scalars(select(Member).order_by(Member.name)).first()
        assert leaver is not None
        leaver_id, leaver_name = leaver.id, leaver.name
    MemberService(runtime.context).change_status(leaver_id, MemberStatus.LAPSED,
                                                 date(2024, 6, 30), "退会")
    deliver(sync, county, tmp_path)
    saved = backup_now(runtime.home, "manual")  # still holds the leaver
    assert PrivacyService(runtime.context).purge(date(2025, 1, 1)).members == 1
    deliver(sync, county, tmp_path)  # the county purges them too, keeping the tombstone
    with county.store.read_session_factory() as session:
        assert session.scalar(select(func.count()).select_from(CountyMember).where(
            CountyMember.member_id == leaver_id)) == 0
    runtime.close()
    restore_database(runtime.home, saved)
    restored = open_station(runtime.home, TEST_KEY)
    try:
        with restored.context.reading() as session:
            assert session.get(Member, leaver_id) is not None  # back from the backup
        enroll(restored, "赵六", ZHAO_ID)  # entered after the restore: kept
        made = build_rebase(county, CODE)
        outcome = SyncService(restored.context, restored.home).rebase(made.data, made.code)
        assert outcome.kept >= 1
        with restored.context.reading() as session:
            assert session.get(Member, leaver_id) is None
            assert session.scalar(select(func.count()).select_from(MemberStatusChange).where(
                MemberStatusChange.member_id == leaver_id)) == 0
            assert session.scalars(select(MemberPurge.member_id)).all() == [leaver_id]
            names = set(session.scalars(select(Member.name)))
            hits = session.execute(text(
                "SELECT count(*) FROM member_fts_chars WHERE member_fts_chars MATCH :q"),
                {"q": leaver_name[:1]}).scalar_one()
            same_initial = sum(1 for name in names if name.startswith(leaver_name[:1]))
        assert "赵六" in names and leaver_name not in names
        assert hits == same_initial  # no index entry is left for the purged member
        page = MemberQueryService(restored.context).search(MemberFilter(text=leaver_name))
        assert all(row.id != leaver_id for row in page.rows)
    finally:
        restored.close()
