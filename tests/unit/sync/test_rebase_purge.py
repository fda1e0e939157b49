"""The re-base file honours the county's purge tombstones (issue 13, point 4): a member the
county purged does not come back on a station restored from a backup older than the purge.
And, read as a stream, a bad record late in the file still changes nothing."""

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


def test_a_bad_record_late_in_the_stream_changes_nothing(
        runtime: StationRuntime, county: County, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Records are written a page at a time; a record that fails its check after pages
    were written rolls the whole re-base back."""
    import dataclasses
    import uuid

    import unionstation.sync.rebase as rebase_module
    from tests.rebase_world import restored_station
    from unionstation.store.models import ChangeRecord
    from unionstation.sync.documents import write_enrolment
    from unionstation.sync.errors import DamagedFile
    from unionstation.sync.rebase_file import (
        RebaseRecord,
        decrypt_rebase,
        open_rebase,
        write_rebase,
    )

    monkeypatch.setattr(rebase_module, "_PAGE", 2)
    restored = restored_station(runtime, county, tmp_path)
    try:
        made = build_rebase(county, CODE)
        content = decrypt_rebase(open_rebase(made.data, None), code=made.code)
        records = list(content.records)
        assert len(records) > 4
        bad_id = str(uuid.uuid4())
        records.append(RebaseRecord("member", bad_id, 1, False, 10_000,
                                    {"id": bad_id, "joined_on": "not a date"}))
        header = dataclasses.replace(content.header, records=len(records))
        data, code = write_rebase(header, records, sorted(content.change_ids),
                                  write_enrolment(header.enrolment, county.keys.signing),
                                  county.keys.signing)
        sync = SyncService(restored.context, restored.home)
        with restored.context.reading() as session:
            before = (session.scalar(select(func.count()).select_from(ChangeRecord)),
                      set(session.scalars(select(Member.name))))
        with pytest.raises(DamagedFile, match=f"第 {len(records)} 条记录.*joined_on"):
            sync.rebase(data, code)
        with restored.context.reading() as session:
            after = (session.scalar(select(func.count()).select_from(ChangeRecord)),
                     set(session.scalars(select(Member.name))))
        assert after == before and "王五" not in after[1]
        assert sync.status().paused == "restored"
    finally:
        restored.close()
