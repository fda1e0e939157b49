"""MemberLifecycleService.standing: what the form may offer for a member's life cycle."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from unionstation.domain.codes import MemberStatus
from unionstation.services.member_lifecycle import MemberLifecycleService
from unionstation.services.members import MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.transfers import TransferService
from unionstation.store.models import Member


def _zhang(runtime: StationRuntime) -> Member:
    with runtime.context.reading() as session:
        member: Member = session.scalars(select(Member).where(Member.name == "张三")).one()
        return member


def test_an_active_member_may_lapse_retire_or_die_and_move(runtime: StationRuntime) -> None:
    zhang = _zhang(runtime)
    standing = MemberLifecycleService(runtime.context).standing(zhang.id)
    assert standing.status is MemberStatus.ACTIVE
    assert standing.union_name == "杭州示范机械有限公司工会委员会"
    assert standing.card_no == zhang.card_no
    assert standing.allowed_statuses == (MemberStatus.LAPSED, MemberStatus.RETIRED,
                                         MemberStatus.DECEASED)
    assert standing.can_change_status and standing.can_transfer


def test_a_transferred_out_member_cannot_move_again(runtime: StationRuntime) -> None:
    zhang = _zhang(runtime)
    TransferService(runtime.context).out(zhang.id, "外县某工会", date(2025, 1, 2))
    standing = MemberLifecycleService(runtime.context).standing(zhang.id)
    assert standing.allowed_statuses == (MemberStatus.ACTIVE,)
    assert not standing.can_transfer
    assert "已转出本站" in standing.transfer_refusal


def test_nothing_follows_death(runtime: StationRuntime) -> None:
    zhang = _zhang(runtime)
    MemberService(runtime.context).change_status(zhang.id, MemberStatus.DECEASED,
                                                 date(2025, 1, 2))
    standing = MemberLifecycleService(runtime.context).standing(zhang.id)
    assert standing.allowed_statuses == ()
    assert "已故" in standing.status_refusal and "已故" in standing.transfer_refusal
