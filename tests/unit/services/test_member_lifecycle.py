from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest
from sqlalchemy import select

from tests.factories import make_id_number
from unionstation.domain.codes import MemberStatus, ModelWorkerLevel
from unionstation.services.errors import AlreadyExists, InvalidField
from unionstation.services.history import HistoryService
from unionstation.services.member_detail import MemberDetailService
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.members import DuplicateMember, MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.transfers import TransferService
from unionstation.services.unions import UnionService
from unionstation.store.models import AuditEntry, MemberStatusChange

ZHANG = make_id_number("330106", date(1985, 5, 20), 101)


def _id(runtime: StationRuntime, raw: str = ZHANG) -> UUID:
    found = MemberService(runtime.context).find_by_id_number(raw)
    assert found is not None
    return found.id


def test_duplicate_id_number_points_at_the_existing_member(runtime: StationRuntime) -> None:
    service = MemberService(runtime.context)
    zhang = service.find_by_id_number(ZHANG.lower())
    assert zhang is not None and zhang.name == "张三"
    draft = service.draft_of(zhang.id)
    draft.name = "张叁"
    with pytest.raises(DuplicateMember) as caught:
        service.enroll(draft)
    assert caught.value.member_id == zhang.id
    # also when the existing member is no longer active
    service.change_status(zhang.id, MemberStatus.LAPSED, date(2026, 1, 1), "本人申请退会")
    with pytest.raises(DuplicateMember):
        service.enroll(draft)


def test_possible_duplicates_same_birth_date(runtime: StationRuntime) -> None:
    service = MemberService(runtime.context)
    born = date(1985, 5, 20)
    assert [m.reason for m in service.possible_duplicates("张三", born)] == ["姓名相同"]
    assert [m.reason for m in service.possible_duplicates("章三", born)] == ["姓名同音"]
    assert [m.reason for m in service.possible_duplicates("张小三", born)] == ["姓名相差一字"]
    assert service.possible_duplicates("张三", date(1985, 5, 21)) == []
    assert service.possible_duplicates("王五六", born) == []
    zhang = _id(runtime)
    assert service.possible_duplicates("张三", born, exclude=zhang) == []


def test_edit_keeps_history_and_reindexes_search(runtime: StationRuntime) -> None:
    service = MemberService(runtime.context)
    member_id = _id(runtime)
    draft = service.draft_of(member_id)
    draft.name = "张山峰"
    draft.phone = "13912345678"
    draft.model_worker_level = ModelWorkerLevel.MUNICIPAL
    draft.model_worker_title = "市劳动模范"
    draft.model_worker_year = 2024
    service.update(member_id, draft)
    lines = HistoryService(runtime.context).of(member_id)
    assert lines[0].kind == "edited"
    assert "姓名" in lines[0].summary and "联系电话" in lines[0].summary
    assert "13912345678" not in lines[0].summary  # field names, never values
    assert lines[0].officer == "王干事"
    query = MemberQueryService(runtime.context)
    assert [r.name for r in query.rows(MemberFilter(text="zsf"))] == ["张山峰"]
    assert [r.name for r in query.rows(MemberFilter(text="山峰"))] == ["张山峰"]
    assert query.rows(MemberFilter(text="张三")) == []
    assert [r.name for r in query.rows(MemberFilter(text="2345678"))] == ["张山峰"]
    assert service.count_model_workers() == 1
    assert [r.name for r in query.rows(MemberFilter(model_worker=True))] == ["张山峰"]


def test_edit_refuses_a_bad_field_and_changes_nothing(runtime: StationRuntime) -> None:
    service = MemberService(runtime.context)
    member_id = _id(runtime)
    draft = service.draft_of(member_id)
    draft.phone = "12345"
    draft.job = "新岗位"
    with pytest.raises(InvalidField) as caught:
        service.update(member_id, draft)
    assert caught.value.field == "联系电话" and "张三" in str(caught.value)
    assert service.draft_of(member_id).job == ""


def test_status_changes_follow_the_rules(runtime: StationRuntime) -> None:
    service = MemberService(runtime.context)
    member_id = _id(runtime)
    service.change_status(member_id, MemberStatus.RETIRED, date(2026, 3, 1), "退休")
    with pytest.raises(InvalidField, match="不能从"):
        service.change_status(member_id, MemberStatus.TRANSFERRED_OUT, date(2026, 3, 2))
    service.change_status(member_id, MemberStatus.DECEASED, date(2026, 4, 1))
    with pytest.raises(InvalidField):
        service.change_status(member_id, MemberStatus.ACTIVE, date(2026, 4, 2))
    with runtime.context.reading() as session:
        steps = session.execute(
            select(MemberStatusChange.from_status, MemberStatusChange.to_status)
            .where(MemberStatusChange.member_id == member_id)
            .order_by(MemberStatusChange.created_at)).all()
    assert [tuple(s) for s in steps] == [
        (None, MemberStatus.ACTIVE), (MemberStatus.ACTIVE, MemberStatus.RETIRED),
        (MemberStatus.RETIRED, MemberStatus.DECEASED)]


def test_rejoining_is_refused_while_another_active_record_exists(
    runtime: StationRuntime,
) -> None:
    service = MemberService(runtime.context)
    member_id = _id(runtime)
    service.change_status(member_id, MemberStatus.LAPSED, date(2026, 1, 1))
    service.change_status(member_id, MemberStatus.ACTIVE, date(2026, 2, 1), "重新入会")
    assert service.count_active() == 3


def test_transfers_within_and_out(runtime: StationRuntime) -> None:
    unions = UnionService(runtime.context).list()
    courier = next(u for u in unions if u.name == "快递物流行业工会联合会")
    member_id = _id(runtime)
    transfers = TransferService(runtime.context)
    record = transfers.within(member_id, courier.id, date(2026, 2, 1))
    assert record.to_name == courier.name
    with pytest.raises(InvalidField, match="相同"):
        transfers.within(member_id, courier.id)
    out = transfers.out(member_id, "杭州市上城区某街道总工会", date(2026, 3, 1))
    assert out.kind == "out"
    detail = MemberDetailService(runtime.context).get(member_id)
    assert detail.fields["status"] is MemberStatus.TRANSFERRED_OUT
    assert detail.union_name == courier.name
    assert detail.history[0].summary.startswith("转出本站")
    assert "转往“杭州市上城区某街道总工会”" in detail.history[0].summary
    with pytest.raises(InvalidField, match="不能转接"):
        transfers.out(member_id, "别处")
    with pytest.raises(InvalidField, match="转往单位"):
        transfers.out(_id(runtime, make_id_number("330106", date(1990, 1, 2), 102)), " ")


def test_detail_masks_unless_asked_and_audits_unmasking(runtime: StationRuntime) -> None:
    member_id = _id(runtime)
    service = MemberDetailService(runtime.context)
    assert service.get(member_id).fields["id_number"] == ZHANG[:6] + "*" * 8 + ZHANG[-4:]
    assert service.get(member_id, unmasked=True).fields["id_number"] == ZHANG
    with runtime.context.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "member.show_unmasked" in actions


def test_a_member_of_a_closed_union_cannot_be_enrolled(runtime: StationRuntime) -> None:
    unions = UnionService(runtime.context)
    empty = unions.add("待撤销工会")
    unions.close(empty.id)
    draft = MemberService(runtime.context).draft_of(_id(runtime))
    draft.id_number = make_id_number("330106", date(1991, 1, 1), 9)
    draft.grassroots_union_id = empty.id
    with pytest.raises(InvalidField, match="已撤销"):
        MemberService(runtime.context).enroll(draft)
    with pytest.raises(AlreadyExists):
        unions.add("待撤销工会")


def test_delete_leaves_a_tombstone_out_of_every_list(runtime: StationRuntime) -> None:
    from unionstation.store.models import ChangeRecord

    service = MemberService(runtime.context)
    member_id = _id(runtime)
    with pytest.raises(InvalidField, match="删除原因"):
        service.delete(member_id, "  ")
    service.delete(member_id, "重复录入")
    assert service.find_by_id_number(ZHANG) is None
    assert service.count_active() == 2
    query = MemberQueryService(runtime.context)
    assert query.count(MemberFilter(text="张三")) == 0
    with runtime.context.reading() as session:
        last = session.scalars(select(ChangeRecord).where(ChangeRecord.entity_id == member_id)
                               .order_by(ChangeRecord.change_seq.desc())).first()
        assert last is not None and last.op == "delete"
        assert session.scalar(select(AuditEntry.action).where(
            AuditEntry.action == "member.delete")) == "member.delete"
