from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.factories import make_id_number
from unionstation.domain.codes import Gender, MemberStatus
from unionstation.services.errors import AlreadyExists, InvalidField
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.unions import UnionService
from unionstation.store.models import Member, MemberStatusChange


def _draft(runtime: StationRuntime, name: str, id_number: str, **extra: object) -> MemberDraft:
    union = UnionService(runtime.context).list()[0]
    return MemberDraft(name=name, id_number=id_number, grassroots_union_id=union.id,
                       joined_on=date(2026, 5, 1), **extra)  # type: ignore[arg-type]


def test_enroll_derives_fields_from_the_id_number(runtime: StationRuntime) -> None:
    raw = make_id_number("110105", date(1992, 7, 9), 124).replace("1", "１", 2)
    summary = MemberService(runtime.context).enroll(
        _draft(runtime, "单 小 明", raw, phone="+86 139-0000-1234")
    )
    with runtime.context.reading() as session:
        member = session.get(Member, summary.id)
        assert member is not None
        history = session.scalars(
            select(MemberStatusChange).where(MemberStatusChange.member_id == member.id)
        ).all()
    assert member.name == "单小明"
    assert member.name_pinyin == "shanxiaoming" and member.name_initials == "sxm"
    assert member.birth_date == date(1992, 7, 9)
    assert member.gender is Gender.FEMALE
    assert member.phone == "13900001234"
    assert member.card_no == "330106001000004"
    assert [(h.from_status, h.to_status, h.officer) for h in history] == [
        (None, MemberStatus.ACTIVE, "王干事")]


def test_bad_id_number_names_the_member_and_field(runtime: StationRuntime) -> None:
    with pytest.raises(InvalidField) as caught:
        MemberService(runtime.context).enroll(_draft(runtime, "王五", "110105199207091230"))
    assert caught.value.field == "身份证号"
    assert "王五" in str(caught.value) and "校验位" in str(caught.value)


def test_an_active_member_cannot_enroll_twice(runtime: StationRuntime) -> None:
    with pytest.raises(AlreadyExists, match="张三|重复"):
        MemberService(runtime.context).enroll(
            _draft(runtime, "张三", make_id_number("330106", date(1985, 5, 20), 101))
        )


def test_enroll_many_is_all_or_nothing(runtime: StationRuntime) -> None:
    service = MemberService(runtime.context)
    before = service.count_active()
    good = _draft(runtime, "钱七", make_id_number("330106", date(1970, 3, 3), 77))
    bad = _draft(runtime, "孙八", "12345")
    with pytest.raises(InvalidField, match="孙八"):
        service.enroll_many([good, bad])
    assert service.count_active() == before
    # the card number taken for the good draft was given back
    assert service.enroll(good).card_no == "330106001000004"
