"""The register's searches answered from the search indexes alone (facts and sort keys in
store/search_index.py): the same answers as the general query, kept current by every
change of status, deletion and name."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime
from uuid import UUID

from unionstation.domain.codes import MemberStatus
from unionstation.services.member_query import (
    MemberFilter,
    MemberQueryService,
    MemberRow,
)
from unionstation.services.member_query import (
    index_search as _index_search,
)
from unionstation.services.members import MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import Member

from .test_member_query import enroll_generated

ACTIVE = (MemberStatus.ACTIVE,)


def ids(page_rows: list[MemberRow]) -> list[UUID]:
    return [row.id for row in page_rows]


def test_index_answers_as_the_general_query(runtime: StationRuntime) -> None:
    enroll_generated(runtime.context, 300, seed=11)
    service = MemberQueryService(runtime.context)
    members = MemberService(runtime.context)
    everyone = service.rows(MemberFilter(), 0, 1000)
    for row in everyone[:40:3]:
        members.change_status(row.id, MemberStatus.LAPSED, date(2024, 6, 1))
    rng = random.Random(5)
    terms = ["张", "李", "芳", "欧阳", "三", "公司", "顺丰", "1985", "0101", "330106",
             "张 198", "138", "张 330106", "红星 家政"]
    terms += [rng.choice(everyone).name[:2] for _ in range(10)]
    for term in terms:
        for statuses in ((), ACTIVE, (MemberStatus.LAPSED,),
                         (MemberStatus.ACTIVE, MemberStatus.LAPSED),
                         (MemberStatus.RETIRED,)):
            criteria = MemberFilter(text=term, statuses=statuses)
            assert _index_search(criteria) is not None, term
            general = service.rows(criteria, 0, 1000)  # the general query
            for descending in (False, True):
                wanted = service.rows(criteria, 0, 1000, "name", descending)
                page = service.search(criteria, 0, 1000, "name", descending)
                assert page.total == len(general) == service.count(criteria), term
                assert ids(page.rows) == ids(wanted), (term, statuses, descending)
                for offset, limit in ((0, 7), (5, 10), (len(wanted) - 1, 5)):
                    part = service.search(criteria, max(offset, 0), limit, "name", descending)
                    assert part.total == len(wanted)
                    assert ids(part.rows) == ids(wanted)[max(offset, 0):max(offset, 0) + limit]
            assert service.search(criteria, len(general) + 3, 10).rows == []


def test_other_filters_and_sorts_take_the_general_query() -> None:
    assert _index_search(MemberFilter(text="zs")) is None
    assert _index_search(MemberFilter(text="张 zs")) is None
    assert _index_search(MemberFilter(text="12")) is None
    assert _index_search(MemberFilter(text="张", migrant_worker=True)) is None
    assert _index_search(MemberFilter(text="")) is None
    assert _index_search(MemberFilter(text="-")) is None
    assert _index_search(MemberFilter(text="张 123", statuses=ACTIVE)) is not None


def _found(service: MemberQueryService, text: str, statuses: tuple[MemberStatus, ...]
           ) -> set[UUID]:
    page = service.search(MemberFilter(text=text, statuses=statuses), limit=1000)
    assert page.total == len(page.rows) == service.count(
        MemberFilter(text=text, statuses=statuses))
    return {row.id for row in page.rows}


def test_a_status_change_moves_the_member_between_filters(runtime: StationRuntime) -> None:
    service = MemberQueryService(runtime.context)
    zhang = service.search(MemberFilter(text="张三", statuses=ACTIVE)).rows[0]
    number = zhang.id_number_masked[-4:]
    assert zhang.id in _found(service, "张", ACTIVE)
    assert zhang.id in _found(service, number, ACTIVE)
    MemberService(runtime.context).change_status(zhang.id, MemberStatus.LAPSED,
                                                 date(2024, 6, 1))
    for term in ("张", "张三", number):
        assert zhang.id not in _found(service, term, ACTIVE), term
        assert zhang.id in _found(service, term, (MemberStatus.LAPSED,)), term
        assert zhang.id in _found(service, term, ()), term
        assert zhang.id not in _found(service, term, (MemberStatus.RETIRED,)), term
    MemberService(runtime.context).change_status(zhang.id, MemberStatus.ACTIVE,
                                                 date(2024, 7, 1))
    assert zhang.id in _found(service, "张", ACTIVE)
    assert zhang.id not in _found(service, "张", (MemberStatus.LAPSED,))


def test_a_soft_deleted_member_leaves_every_search(runtime: StationRuntime) -> None:
    service = MemberQueryService(runtime.context)
    zhang = service.search(MemberFilter(text="张三")).rows[0]
    number = zhang.id_number_masked[-4:]
    with runtime.context.unit_of_work() as session:
        member = session.get(Member, zhang.id)
        assert member is not None
        member.deleted_at = datetime.now(UTC)
    for term in ("张", "张三", number):
        for statuses in ((), ACTIVE, (MemberStatus.ACTIVE, MemberStatus.LAPSED)):
            assert zhang.id not in _found(service, term, statuses), term


def test_a_new_name_is_found_and_sorted_by_it(runtime: StationRuntime) -> None:
    service = MemberQueryService(runtime.context)
    members = MemberService(runtime.context)
    zhang = service.search(MemberFilter(text="张三")).rows[0]
    members.update(zhang.id, replace(members.draft_of(zhang.id), name="艾张三"))
    assert zhang.id in _found(service, "艾张", ACTIVE)
    assert zhang.id not in _found(service, "张三丰", ACTIVE)
    page = service.search(MemberFilter(text="张", statuses=ACTIVE))
    assert page.rows[0].id == zhang.id  # "aizhangsan" sorts first now
