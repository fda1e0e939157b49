from __future__ import annotations

from datetime import date

import pytest

from tests.factories import make_id_number
from unionstation.domain.codes import UnionKind
from unionstation.domain.credit_code import credit_code_check_char
from unionstation.services.errors import InvalidField, UserError
from unionstation.services.history import HistoryService
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.unions import UnionDraft, UnionService

FACTORY = "杭州示范机械有限公司工会委员会"


def _credit_code() -> str:
    first17 = "81330106MA2" + "7X8Y9T"
    return first17 + credit_code_check_char(first17)


def test_add_with_every_field_and_edit(runtime: StationRuntime) -> None:
    service = UnionService(runtime.context)
    union = service.add(UnionDraft("西湖区环卫工会联合会", UnionKind.AREA, _credit_code().lower(),
                                   "周主席", "吴干事", "0571-87654321", date(2019, 5, 1),
                                   "西湖区文三路1号"))
    assert union.credit_code == _credit_code() and union.phone == "0571-87654321"
    edited = service.update(union.id, UnionDraft("西湖区环卫工会联合会", UnionKind.SECTOR,
                                                 chair="郑主席"))
    assert edited.kind is UnionKind.SECTOR and edited.chair == "郑主席"
    assert service.resolve("西湖区环卫工会联合会").id == union.id
    assert service.resolve(str(union.id)).name == "西湖区环卫工会联合会"


def test_bad_credit_code_names_the_union_and_field(runtime: StationRuntime) -> None:
    with pytest.raises(InvalidField) as caught:
        UnionService(runtime.context).add(
            UnionDraft("某公司工会", credit_code=_credit_code()[:-1] + "2"))
    assert caught.value.field == "统一社会信用代码" and "某公司工会" in str(caught.value)


def test_merge_moves_members_then_close(runtime: StationRuntime) -> None:
    service = UnionService(runtime.context)
    factory = service.resolve(FACTORY)
    target = service.resolve("快递物流行业工会联合会")
    assert factory.members == 3
    with pytest.raises(UserError, match="还有 3 名"):
        service.close(factory.id)
    merged = service.merge(factory.id, target.id)
    assert merged.members == 3
    counts = {u.name: u.members for u in service.list(include_closed=True)}
    assert counts[FACTORY] == 0
    assert FACTORY not in {u.name for u in service.list()}
    closed = service.get(factory.id)
    assert closed.closed_on is not None
    zhang = MemberService(runtime.context).find_by_id_number(
        make_id_number("330106", date(1985, 5, 20), 101))
    assert zhang is not None
    assert "基层工会合并" in HistoryService(runtime.context).of(zhang.id)[0].summary
    with pytest.raises(UserError):
        service.merge(target.id, target.id)


def test_close_an_empty_union(runtime: StationRuntime) -> None:
    service = UnionService(runtime.context)
    empty = service.add("空工会")
    closed = service.close(empty.id, date(2026, 1, 31))
    assert closed.closed_on == date(2026, 1, 31)
    draft = MemberDraft("新人", make_id_number("330106", date(1999, 9, 9), 1), empty.id,
                        date(2026, 2, 1))
    with pytest.raises(InvalidField, match="已撤销"):
        MemberService(runtime.context).enroll(draft)


def test_a_credit_code_belongs_to_one_union(runtime: StationRuntime) -> None:
    from unionstation.services.errors import AlreadyExists

    service = UnionService(runtime.context)
    service.add(UnionDraft("甲公司工会", credit_code=_credit_code()))
    with pytest.raises(AlreadyExists, match="甲公司工会"):
        service.add(UnionDraft("乙公司工会", credit_code=_credit_code()))
    second = service.add(UnionDraft("乙公司工会"))
    with pytest.raises(AlreadyExists):
        service.update(second.id, UnionDraft("乙公司工会", credit_code=_credit_code()))


def test_the_employers_code_is_refused_for_its_union(runtime: StationRuntime) -> None:
    first17 = "91330106MA27X8Y9T"
    with pytest.raises(InvalidField, match="不是其工会的"):
        UnionService(runtime.context).add(
            UnionDraft("丙公司工会", credit_code=first17 + credit_code_check_char(first17)))
