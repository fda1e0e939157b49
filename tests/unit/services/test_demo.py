from __future__ import annotations

from sqlalchemy import select

from tests.factories import TEST_KEY
from unionstation.domain.idnumber import parse_id_number
from unionstation.paths import StationHome
from unionstation.services.demo import DEMO_STATION_NAME, DemoDataService
from unionstation.services.drives import DriveService
from unionstation.services.members import MemberService
from unionstation.services.runtime import open_station
from unionstation.services.unions import UnionService
from unionstation.store.models import Member


def test_demo_makes_a_station_of_valid_generated_members(home: StationHome) -> None:
    runtime = open_station(home, TEST_KEY)
    try:
        result = DemoDataService(runtime.context).generate(members=120, seed=7)
        assert result.station_created and result.station.name == DEMO_STATION_NAME
        assert result.members_added == 120
        unions = UnionService(runtime.context).list()
        assert len(unions) == 3 == result.unions_added  # about one per 40 members
        active = MemberService(runtime.context).count_active()
        assert sum(u.members for u in unions) == active
        assert 120 - 24 <= active < 120  # a few retired or left, as in any register
        assert MemberService(runtime.context).count_model_workers() >= 1
        assert DriveService(runtime.context).all()[0].enrolled == 12
        with runtime.context.reading() as session:
            members = session.scalars(select(Member)).all()
        numbers = [m.id_number for m in members]
        assert len(set(numbers)) == 120
        for member in members:
            parsed = parse_id_number(member.id_number)
            assert parsed.birth_date == member.birth_date
            assert member.name and member.name_pinyin and member.card_no
        # a second run adds to the same station
        again = DemoDataService(runtime.context).generate(members=40, seed=8)
        assert not again.station_created
    finally:
        runtime.close()


def test_demo_is_reproducible_with_a_seed(tmp_path: object) -> None:
    from pathlib import Path

    names = []
    for folder in ("a", "b"):
        runtime = open_station(StationHome(Path(str(tmp_path)) / folder), TEST_KEY)
        try:
            DemoDataService(runtime.context).generate(members=30, seed=42)
            with runtime.context.reading() as session:
                names.append(sorted(session.scalars(select(Member.name))))
        finally:
            runtime.close()
    assert names[0] == names[1]


def test_the_demo_station_has_hardship_files_visits_and_payments(home: StationHome) -> None:
    """#15's leftover: the demo's Hardship page was empty."""
    from unionstation.domain.hardship import FileStatus
    from unionstation.services.hardship.files import HardshipFileService
    from unionstation.store.models import ChangeRecord, HardshipFile, Payment, Visit

    runtime = open_station(home, TEST_KEY)
    try:
        DemoDataService(runtime.context).generate(members=200, seed=5)
        files = HardshipFileService(runtime.context).list()
        assert 5 <= len(files) <= 8  # about one active member in 25
        assert {f.status for f in files} >= {FileStatus.FORMAL, FileStatus.TEMPORARY}
        with runtime.context.reading() as session:
            members = {m.id_number: m.name for m in session.scalars(select(Member))}
            visits = session.scalars(select(Visit)).all()
            payments = session.scalars(select(Payment)).all()
            synced = session.scalars(select(ChangeRecord.entity_id).where(
                ChangeRecord.entity == HardshipFile.__tablename__)).all()
            stored = session.scalars(select(HardshipFile)).all()
        assert all(members[f.id_number] == f.name for f in stored)
        assert len(visits) == len(files) and payments
        assert all(p.amount > 0 for p in payments)
        # the county gets them like any other change (approved files twice: opened, approved)
        assert len(set(synced)) == len(files)

        DemoDataService(runtime.context).generate(members=40, seed=6)
        assert len(HardshipFileService(runtime.context).list()) == len(files)
    finally:
        runtime.close()



def test_the_demo_files_are_approved_by_a_second_officer(home: StationHome) -> None:
    """The demo used to write formal files no officer had approved: each formal or
    relieved file is now approved by another officer than the one who entered it, with
    the history line and audit an approval leaves, and the relieved ones carry their date."""
    from unionstation.domain.hardship import FileStatus
    from unionstation.services.demo_hardship import DEMO_APPROVER
    from unionstation.store.models import AuditEntry, HardshipEvent, HardshipFile

    runtime = open_station(home, TEST_KEY)
    try:
        DemoDataService(runtime.context).generate(members=300, seed=7)
        with runtime.context.reading() as session:
            files = session.scalars(select(HardshipFile)).all()
            approvals = session.scalars(select(AuditEntry).where(
                AuditEntry.action == "hardship.file.formal")).all()
            notes = session.scalars(select(HardshipEvent.file_id).where(
                HardshipEvent.summary == "审核入档")).all()
    finally:
        runtime.close()
    approved = [f for f in files if f.status in (FileStatus.FORMAL, FileStatus.RELIEVED)]
    assert approved and any(f.status is FileStatus.TEMPORARY for f in files)
    assert any(f.status is FileStatus.RELIEVED for f in files)
    for file in approved:
        assert file.approved_by == DEMO_APPROVER != file.entered_by
        assert file.approved_on is not None
    assert {f.id for f in approved} == set(notes)
    assert len(approvals) == len(approved)
    assert all(a.officer == DEMO_APPROVER for a in approvals)
    for file in files:
        assert (file.relieved_on is not None) == (file.status is FileStatus.RELIEVED)
        assert file.relieved_on is None or file.relieved_on >= file.opened_on
    assert all(not f.approved_by for f in files if f.status is FileStatus.TEMPORARY)
