from __future__ import annotations

from datetime import date

import pytest

from tests.factories import make_id_number
from unionstation.services.card_numbers import CardNumberService
from unionstation.services.drives import DriveService
from unionstation.services.errors import InvalidField
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.unions import UnionService


def test_a_drive_enrolls_and_lists_in_order(runtime: StationRuntime) -> None:
    union = UnionService(runtime.context).resolve("快递物流行业工会联合会")
    drives = DriveService(runtime.context)
    drive = drives.create(date(2026, 5, 1), "城东物流园", union.id, "五一集中入会")
    members = MemberService(runtime.context)
    names = ["赵一", "钱二", "孙三", "李四海", "周五"]
    for seq, name in enumerate(names, start=11):
        members.enroll(MemberDraft(name, make_id_number("330106", date(1990, 1, seq), seq),
                                   union.id, drive.held_on), drive_id=drive.id)
    assert [r.name for r in drives.enrolled(drive.id)] == names
    assert drives.get(drive.id).enrolled == 5
    assert drives.all()[0].place == "城东物流园"
    with pytest.raises(InvalidField, match="地点"):
        drives.create(date(2026, 5, 1), " ", union.id)


def test_card_number_rule(runtime: StationRuntime) -> None:
    cards = CardNumberService(runtime.context, "330106001")
    assert cards.next_preview() == "330106001000004"
    cards.set_rule("gh", 4)
    assert cards.next_preview() == "GH0004"
    union = UnionService(runtime.context).list()[0]
    member = MemberService(runtime.context).enroll(
        MemberDraft("吴七", make_id_number("330106", date(1980, 8, 8), 7), union.id,
                    date(2026, 1, 1)))
    assert member.card_no == "GH0004"
    with pytest.raises(InvalidField, match="前缀"):
        cards.set_rule("工会", 4)
    with pytest.raises(InvalidField, match="位数"):
        cards.set_rule("GH", 2)
