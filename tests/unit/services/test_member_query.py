"""The register's search: every kind of term, filters, sort and paging, and agreement
with a plain Python filter over a generated station."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from uuid import UUID

import pytest

from tests.factories import TEST_KEY, make_id_number
from unionstation.domain.codes import MemberStatus, ModelWorkerLevel, PriorityGroup
from unionstation.domain.pinyin import name_search_keys
from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.services.member_query import (
    SORT_COLUMNS,
    MemberFilter,
    MemberQueryService,
    search_terms,
)
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.services.station import StationService
from unionstation.services.unions import UnionService

SURNAMES = "张李王曾赵陈刘杨黄周吴欧"
GIVEN = "三四小红伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
EMPLOYERS = ("杭州示范机械有限公司", "顺丰速运", "美团外卖站点", "红星家政服务社", "")


def enroll_generated(context: ServiceContext, count: int, seed: int = 7) -> None:
    """`count` members with varied names, IDs, phones, flags and dates, in two unions
    (no Faker: the same station every run, whatever the date)."""
    rng = random.Random(seed)
    unions = UnionService(context)
    existing = {u.name: u.id for u in unions.list()}
    union_ids = [existing.get(name) or unions.add(name).id
                 for name in ("生成机械厂工会委员会", "生成物流行业工会联合会")]
    drafts = []
    for seq in range(count):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN)
                                              for _ in range(rng.choice((1, 1, 2))))
        born = date(1965, 1, 1) + timedelta(days=rng.randrange(12_000))
        drafts.append(MemberDraft(
            name="欧阳" + name[1:] if name[0] == "欧" else name,
            id_number=make_id_number(rng.choice(("330106", "411302", "510722")), born,
                                     100 + seq),
            grassroots_union_id=rng.choice(union_ids),
            joined_on=date(2012, 1, 1) + timedelta(days=rng.randrange(4_000)),
            phone=f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
            employer=rng.choice(EMPLOYERS),
            priority_group=rng.choice((None, None, PriorityGroup.COURIER,
                                       PriorityGroup.TRUCK_DRIVER)),
            migrant_worker=rng.random() < 0.4,
            model_worker_level=ModelWorkerLevel.MUNICIPAL if rng.random() < 0.05 else None,
        ))
    MemberService(context).enroll_many(drafts)


@pytest.fixture(scope="module")
def generated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = StationHome(tmp_path_factory.mktemp("generated"))
    runtime = open_station(home, TEST_KEY)
    try:
        StationService(runtime.context).create("生成街道总工会", "330106001", "生成县总工会")
        enroll_generated(runtime.context, 400)
        members = MemberService(runtime.context)
        service = MemberQueryService(runtime.context)
        for row in service.rows(MemberFilter(), 0, 30, sort="phone"):
            members.change_status(row.id, MemberStatus.LAPSED, date(2024, 6, 1))
    finally:
        runtime.close()
    return home.db_path


@pytest.fixture
def generated(generated_template: Path, tmp_path: Path) -> Iterator[StationRuntime]:
    import shutil

    home = StationHome(tmp_path / "generated")
    home.ensure()
    shutil.copy2(generated_template, home.db_path)
    runtime = open_station(home, TEST_KEY)
    yield runtime
    runtime.close()


def names(service: MemberQueryService, text: str, **filters: object) -> list[str]:
    page = service.search(MemberFilter(text=text, **filters), limit=1000)  # type: ignore[arg-type]
    assert page.total == len(page.rows)
    return sorted(row.name for row in page.rows)


@pytest.fixture
def service(runtime: StationRuntime) -> MemberQueryService:
    return MemberQueryService(runtime.context)


def test_pinyin_initials_and_full(service: MemberQueryService) -> None:
    assert names(service, "zs") == ["张三"]
    assert names(service, "zxh") == ["曾小红"]
    assert names(service, "zhang") == ["张三"]
    assert names(service, "ZhangS") == ["张三"]
    assert names(service, "l") == ["李四"]
    assert names(service, "zq") == []


def test_one_and_two_chinese_characters(service: MemberQueryService) -> None:
    assert names(service, "张") == ["张三"]
    assert names(service, "红") == ["曾小红"]
    assert names(service, "小红") == ["曾小红"]
    assert names(service, "李四") == ["李四"]
    assert names(service, "红小") == []  # a phrase, not a bag of characters


def test_employer_words(service: MemberQueryService) -> None:
    assert names(service, "机械") == []  # the employer field is empty in the fixture
    assert names(service, "杭州") == []


def test_id_number_fragments(service: MemberQueryService) -> None:
    zhang = make_id_number("330106", date(1985, 5, 20), 101)
    assert names(service, zhang[8:12]) == ["张三"]  # 0520, four digits
    assert names(service, zhang[-4:]) == ["张三"]
    assert names(service, "19900102") == ["李四"]
    assert names(service, "1231") == ["曾小红"]
    assert names(service, zhang) == ["张三"]
    assert names(service, zhang.lower()) == ["张三"]
    ids = {"张三": zhang, "李四": make_id_number("330106", date(1990, 1, 2), 102),
           "曾小红": make_id_number("330106", date(1995, 12, 31), 204)}
    for two in ("85", "05", "31"):  # two digits: a plain scan, still any part
        assert names(service, two) == sorted(n for n, i in ids.items() if two in i), two


def test_phone_and_card_number(service: MemberQueryService) -> None:
    assert names(service, "1111") == ["张三", "曾小红", "李四"]
    rows = service.rows(MemberFilter(text="张三"))
    card = rows[0].card_no
    assert card is not None
    assert names(service, card) == ["张三"]


def test_terms_combine(service: MemberQueryService) -> None:
    assert names(service, "zs 1111") == ["张三"]
    assert names(service, "张 0520") == ["张三"]
    assert names(service, "张　李") == []  # full-width space splits too; both must match


def test_filters(runtime: StationRuntime, service: MemberQueryService) -> None:
    unions = {u.name: u.id for u in UnionService(runtime.context).list()}
    factory = unions["杭州示范机械有限公司工会委员会"]
    express = unions["快递物流行业工会联合会"]
    assert names(service, "", union_id=factory) == ["张三", "曾小红", "李四"]
    assert names(service, "", union_id=express) == []
    li = service.rows(MemberFilter(text="李四"))[0].id
    MemberService(runtime.context).change_status(li, MemberStatus.LAPSED, date(2025, 1, 1))
    active = (MemberStatus.ACTIVE,)
    assert names(service, "", statuses=active) == ["张三", "曾小红"]
    assert service.count(MemberFilter(statuses=active)) == 2
    assert names(service, "", statuses=(MemberStatus.LAPSED,)) == ["李四"]
    assert names(service, "", joined_from=date(2024, 3, 1), joined_to=date(2024, 3, 1)) == [
        "张三", "曾小红", "李四"]
    assert names(service, "", joined_from=date(2024, 3, 2)) == []
    assert names(service, "", migrant_worker=True) == []
    assert names(service, "", model_worker=False) == ["张三", "曾小红", "李四"]
    assert names(service, "", priority_group=PriorityGroup.COURIER) == []


def test_sort_and_pages(service: MemberQueryService) -> None:
    order = [r.name for r in service.rows(MemberFilter(), sort="name")]
    assert order == ["李四", "曾小红", "张三"]  # by pinyin: lisi, zengxiaohong, zhangsan
    assert [r.name for r in service.rows(MemberFilter(), sort="birth_date",
                                         descending=True)] == ["曾小红", "李四", "张三"]
    first = service.search(MemberFilter(), offset=0, limit=2)
    second = service.search(MemberFilter(), offset=2, limit=2)
    assert (first.total, second.total) == (3, 3)
    assert [r.name for r in first.rows + second.rows] == order
    assert set(SORT_COLUMNS) >= {"name", "union", "joined_on", "status", "id_number"}
    for key in SORT_COLUMNS:
        assert len(service.rows(MemberFilter(text="1111"), sort=key)) == 3


def test_rows_are_masked_and_labelled(service: MemberQueryService) -> None:
    row = service.rows(MemberFilter(text="zs"))[0]
    assert "*" in row.id_number_masked and row.id_number_masked.endswith(
        make_id_number("330106", date(1985, 5, 20), 101)[-4:])
    assert row.union_name == "杭州示范机械有限公司工会委员会"
    assert row.status is MemberStatus.ACTIVE


def _matches(term: str, member: dict[str, str]) -> bool:
    if term.isascii() and term.isalpha():
        return member["initials"].startswith(term) or member["pinyin"].startswith(term)
    if term.isascii():
        return any(term.upper() in member[key] for key in ("id_number", "phone", "card_no"))
    return term in member["name"] or term in member["employer"]


def test_agrees_with_brute_force(generated: StationRuntime) -> None:
    """Every kind of term, alone, combined and with filters, on 400 generated members."""
    from sqlalchemy import select

    from unionstation.store.models import Member

    with generated.context.reading() as session:
        members = [
            {"id": str(m.id), "name": m.name, "employer": m.employer,
             "id_number": m.id_number, "phone": m.phone, "card_no": m.card_no or "",
             "pinyin": name_search_keys(m.name).full,
             "initials": name_search_keys(m.name).initials, "status": m.status,
             "migrant": m.migrant_worker}
            for m in session.scalars(select(Member))
        ]
    service = MemberQueryService(generated.context)
    rng = random.Random(3)
    terms: list[str] = []
    for _ in range(25):
        m = rng.choice(members)
        at = rng.randrange(len(m["name"]))
        terms += [m["name"][at], m["name"][at:at + 2], m["initials"][:2], m["pinyin"][:3],
                  m["id_number"][rng.randrange(14):][:4], m["id_number"][5:7],
                  m["phone"][-3:], m["card_no"][-5:]]
    terms += ["机械", "顺丰", "欧阳", "x", "oy", f"{terms[0]} {terms[4]}", "zzz", "ca"]
    for term in terms:
        for statuses in ((), (MemberStatus.ACTIVE,)):
            criteria = MemberFilter(text=term, statuses=statuses)
            wanted = {m["id"] for m in members
                      if all(_matches(t, m) for t in search_terms(term))
                      and (not statuses or m["status"] in statuses)}
            page = service.search(criteria, limit=1000)
            assert page.total == len(wanted), term
            assert {str(r.id) for r in page.rows} == wanted, term
            assert service.count(criteria) == len(wanted), term
            migrant = {m["id"] for m in members if m["id"] in wanted and m["migrant"]}
            found = service.rows(replace(criteria, migrant_worker=True), 0, 1000)
            assert {str(r.id) for r in found} == migrant, term


def test_paging_covers_every_row_once(generated: StationRuntime) -> None:
    service = MemberQueryService(generated.context)
    for sort in ("name", "union", "joined_on", "status"):
        for descending in (False, True):
            seen: list[UUID] = []
            total = service.count(MemberFilter())
            for offset in range(0, total, 64):
                page = service.search(MemberFilter(text=""), offset, 64, sort, descending)
                assert page.total == total
                seen += [r.id for r in page.rows]
            assert len(seen) == len(set(seen)) == total
            text_page = service.search(MemberFilter(text="1"), 0, 1000, sort, descending)
            assert [r.id for r in text_page.rows] == [
                r.id for r in service.rows(MemberFilter(text="1"), 0, 1000, sort, descending)]


def test_default_register_count_matches(generated: StationRuntime) -> None:
    service = MemberQueryService(generated.context)
    active = MemberFilter(statuses=(MemberStatus.ACTIVE,))
    assert service.count(active) == 370
    assert service.search(active, limit=5).total == 370
    assert service.count(MemberFilter()) == 400
    assert MemberService(generated.context).count_active() == 370
