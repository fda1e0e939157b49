"""A purge at the end of retention reaches the county: its tombstone makes the county
forget the member too (the record, the projections, the records that name them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from tests.e2e.sync_world import LI, ZHANG, make_county, make_station, pair
from unionstation.county.models import CountyMember, CountyRecord
from unionstation.domain.codes import MemberStatus
from unionstation.services.privacy import PrivacyService


def test_the_county_purges_what_the_station_purged(tmp_path: Path) -> None:
    county = make_county(tmp_path / "county")
    station = make_station(tmp_path / "east", "330106001", "东街道总工会",
                           [("张三", ZHANG), ("李四", LI)])
    try:
        pair(county, station, "东街道总工会")
        li = station.members.resolve(LI)
        station.members.change_status(li.id, MemberStatus.LAPSED, date(2026, 3, 2), "退会")

        def deliver(name: str) -> None:
            folder = tmp_path / name
            folder.mkdir()
            batch = station.sync.export_to(folder).batch
            assert batch is not None
            summary = county.import_paths([batch], tmp_path / f"{name}-acks")
            for ack in summary["acks"]:
                station.sync.accept_ack(Path(ack).read_bytes())

        deliver("first")

        def county_has(member_id: object) -> tuple[int, int]:
            with county.store.read_session_factory() as session:
                members = session.execute(select(CountyMember.member_id).where(
                    CountyMember.member_id == member_id)).all()
                records = session.execute(select(CountyRecord.entity).where(
                    CountyRecord.entity_id == member_id)).all()
            return len(members), len(records)

        assert county_has(li.id) == (1, 1)
        result = PrivacyService(station.runtime.context).purge(date(2026, 4, 1))
        assert result.members == 1
        deliver("second")
        assert county_has(li.id) == (0, 0)
        zhang = station.members.resolve(ZHANG)
        assert county_has(zhang.id) == (1, 1)
        with county.store.read_session_factory() as session:
            tombstones = session.execute(select(CountyRecord.data).where(
                CountyRecord.entity == "member_purge")).scalars().all()
        assert [t["member_id"] for t in tombstones] == [str(li.id)]
    finally:
        county.close()
        station.runtime.close()
