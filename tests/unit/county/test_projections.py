"""Projections: members, unions and transfers kept from the applied records."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from tests.unit.county.batches import TestStation, last_seq, member_id
from unionstation.county.models import CountyMember, CountyTransfer, CountyUnion
from unionstation.county.projections import PROJECTORS, RecordState, member_row, transfer_row
from unionstation.county.service import County
from unionstation.domain.codes import MemberStatus
from unionstation.services.transfers import TransferService
from unionstation.services.unions import UnionService


def test_members_and_unions_are_projected(county: County, station: TestStation) -> None:
    county.import_batch(station.batch())

    unions = {u.id: u.name for u in UnionService(station.runtime.context).list()}
    with county.store.read_session_factory() as session:
        members = session.scalars(select(CountyMember).order_by(CountyMember.name)).all()
        projected_unions = {u.union_id: u.name for u in session.scalars(select(CountyUnion))}
    assert projected_unions == unions
    assert sorted(m.name for m in members) == sorted(["张三", "李四", "曾小红"])
    zhang = next(m for m in members if m.name == "张三")
    assert zhang.station_code == "S01" and zhang.status == "active"
    assert zhang.joined_on == date(2024, 3, 1) and zhang.union_id in unions
    assert len(zhang.id_number) == 18 and zhang.gender == "1" and not zhang.deleted
    assert zhang.migrant_worker is False and zhang.priority_group is None


def test_a_transfer_out_is_projected_and_the_member_follows(county: County,
                                                           station: TestStation) -> None:
    county.import_batch(station.batch())
    applied = last_seq(station.runtime)
    li_id = member_id(station, "李四")
    transfer = TransferService(station.runtime.context).out(li_id, "西湖区某某工会",
                                                            on=date(2025, 1, 2))

    county.import_batch(station.batch(after=applied))

    with county.store.read_session_factory() as session:
        rows = session.scalars(select(CountyTransfer)).all()
        member = session.get(CountyMember, ("S01", li_id))
    assert [(t.transfer_id, t.member_id, t.kind, t.transfer_on, t.to_name) for t in rows] == [
        (transfer.id, li_id, "out", date(2025, 1, 2), "西湖区某某工会")]
    assert member is not None and member.status == MemberStatus.TRANSFERRED_OUT.value
    assert county.stations()[0].members == 2


def test_rows_are_made_safe_for_the_columns() -> None:
    record_id = uuid.uuid4()
    state = RecordState(str(record_id), record_id,
                        {"name": "名" * 300 + "\x00", "id_number": None,
                         "joined_on": "not a date", "priority_group": "",
                         "grassroots_union_id": "nope"}, False, False)
    row = member_row("S01", state)
    assert row["name"] == "名" * 100 and row["id_number"] == "" and row["joined_on"] is None
    assert row["priority_group"] is None and row["union_id"] is None
    internal = RecordState(str(record_id), record_id,
                           {"kind": "internal", "member_id": str(uuid.uuid4())}, False, False)
    assert transfer_row("S01", internal) is None


def test_the_registry_names_the_projected_entities() -> None:
    assert set(PROJECTORS) == {"member", "grassroots_union", "member_transfer",
                               "member_status_change"}


def test_status_steps_and_moves_within_the_station_are_projected(
        county: County, station: TestStation) -> None:
    from unionstation.county.models import CountyMove, CountyStatusChange
    from unionstation.services.members import MemberService

    county.import_batch(station.batch())
    applied = last_seq(station.runtime)
    context = station.runtime.context
    zhang, li = member_id(station, "张三"), member_id(station, "李四")
    union_ids = [u.id for u in UnionService(context).list()]
    with county.store.read_session_factory() as session:
        projected = session.get(CountyMember, ("S01", zhang))
        assert projected is not None
        target = next(u for u in union_ids if u != projected.union_id)
    MemberService(context).change_status(li, MemberStatus.LAPSED, date(2025, 2, 3), "退会")
    TransferService(context).within(zhang, target, date(2025, 2, 4))
    county.import_batch(station.batch(after=applied))

    with county.store.read_session_factory() as session:
        steps = session.scalars(select(CountyStatusChange).where(
            CountyStatusChange.member_id == li).order_by(CountyStatusChange.created_at)).all()
        moves = session.scalars(select(CountyMove)).all()
        across = session.scalars(select(CountyTransfer)).all()
    assert [(s.from_status, s.to_status) for s in steps][-1] == ("active", "lapsed")
    assert steps[-1].changed_on == "2025-02-03" and not steps[-1].deleted
    assert len(steps[-1].created_at) >= 19
    assert [(m.member_id, m.to_union_id, m.transfer_on) for m in moves] == [
        (zhang, target, "2025-02-04")]
    assert across == []  # a move within the station is not a transfer across
