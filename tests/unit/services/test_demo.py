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
