"""Searches read in name order from the indexes (issue 18): the FTS tables keyed by a sort
key, the pinyin covering indexes, the capped digit counts and the model-worker count give
the general query's answers, page by page, whichever way they take."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from uuid import UUID

import pytest

from tests.factories import make_id_number
from tests.unit.services.test_member_query import generated, generated_template  # noqa: F401
from unionstation.domain.codes import MemberStatus
from unionstation.services import member_query
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.unions import UnionService
from unionstation.store.search_index import name_bucket, sort_key

STATUS_CHOICES: tuple[tuple[MemberStatus, ...], ...] = (
    (), (MemberStatus.ACTIVE,), (MemberStatus.LAPSED,),
    (MemberStatus.ACTIVE, MemberStatus.LAPSED))
# A filter every member passes that keeps a search off the index paths.
GENERAL = {"joined_from": date(1900, 1, 1)}


def ids(service: MemberQueryService, criteria: MemberFilter, offset: int, limit: int,
        descending: bool = False) -> list[UUID]:
    return [row.id for row in service.rows(criteria, offset, limit, "name", descending)]


def agree(service: MemberQueryService, criteria: MemberFilter) -> None:
    """The index answer of `criteria` against the general query's, in pages."""
    general = replace(criteria, **GENERAL)  # type: ignore[arg-type]
    for descending in (False, True):
        wanted = ids(service, general, 0, 10_000, descending)
        for offset, limit in ((0, 1), (0, 3), (2, 5), (0, 200), (len(wanted) - 2, 4)):
            offset = max(offset, 0)
            page = service.search(criteria, offset, limit, "name", descending)
            got = [row.id for row in page.rows]
            assert got == wanted[offset:offset + limit], (criteria, offset, limit, descending)
            assert ids(service, criteria, offset, limit, descending) == got
            if not page.capped:
                assert page.total == len(wanted), criteria
            else:
                assert page.total < len(wanted)
        assert service.count(criteria) == len(wanted)


def test_name_buckets_follow_the_name_order() -> None:
    rng = random.Random(3)
    alphabet = "abcdefghijklmnopqrstuvwxyz" * 3 + "019 {~üé·"
    names = [""] + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 14)))
                    for _ in range(3_000)]
    names += ["zhangxiaoming", "zhangxiaomin", "zhangxia", "zhangxi", "zhang", "zh"]
    ordered = sorted(names)
    buckets = [name_bucket(name) for name in ordered]
    assert buckets == sorted(buckets)  # never out of order, only equal
    assert name_bucket("zhangxiaoming") == name_bucket("zhangxiaomin")
    assert name_bucket("zhangxi") < name_bucket("zhangxia") < name_bucket("zhangxib")
    assert sort_key("a", 7) < sort_key("a", 8) < sort_key("b", 1)


def test_pinyin_searches_as_the_general_query(
        generated: StationRuntime, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    service = MemberQueryService(generated.context)
    for cap in (1_000, 7):  # sorted whole, then walked in name order past the cap
        monkeypatch.setattr(member_query, "COUNT_CAP", cap)
        for term in ("z", "zx", "zh", "zhang", "l", "ly", "oy", "ouyang", "q", "xyz"):
            for statuses in STATUS_CHOICES:
                agree(service, MemberFilter(text=term, statuses=statuses))


def test_name_and_digit_searches_as_the_general_query(
        generated: StationRuntime, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    service = MemberQueryService(generated.context)
    for cap in (1_000, 9):
        monkeypatch.setattr(member_query, "COUNT_CAP", cap)
        for term in ("张", "小", "明", "欧阳", "330106", "1985", "138", "张 330106", "红星"):
            for statuses in STATUS_CHOICES:
                agree(service, MemberFilter(text=term, statuses=statuses))


def test_digit_counts_are_capped_name_counts_exact(
        generated: StationRuntime, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    service = MemberQueryService(generated.context)
    monkeypatch.setattr(member_query, "COUNT_CAP", 5)
    digits = MemberFilter(text="330106")
    page = service.search(digits, limit=3)
    assert (page.total, page.capped, len(page.rows)) == (5, True, 3)
    assert service.count(digits) > 5
    names = service.search(MemberFilter(text="张"), limit=3)
    assert not names.capped and names.total == service.count(MemberFilter(text="张")) > 5


def test_names_sharing_their_first_letters_are_paged_in_order(
        runtime: StationRuntime) -> None:
    """张晓明, 张晓敏, 张小明… share a sort-key bucket (zhangxia): a page ending inside
    the bucket still comes in exact name order."""
    union = UnionService(runtime.context).add("同桶工会").id
    rng = random.Random(5)
    given = ("晓明", "晓敏", "小明", "晓梅", "小霞", "晓峰", "霞", "夏", "侠")
    drafts = [MemberDraft(
        name="张" + rng.choice(given),
        id_number=make_id_number("330106", date(1970, 1, 1) + timedelta(days=seq * 37),
                                 100 + seq),
        grassroots_union_id=union, joined_on=date(2020, 1, 1),
        phone=f"138{seq:08d}") for seq in range(60)]
    MemberService(runtime.context).enroll_many(drafts)
    service = MemberQueryService(runtime.context)
    for term in ("张", "晓", "138", "zhangx", "zx"):
        agree(service, MemberFilter(text=term))


def test_the_model_worker_count_from_its_index(
        generated: StationRuntime) -> None:  # noqa: F811
    service = MemberQueryService(generated.context)
    everyone = service.rows(replace(MemberFilter(), **GENERAL), 0, 10_000)  # type: ignore[arg-type]
    assert any(row.model_worker_level is not None for row in everyone)
    for criteria in (MemberFilter(), MemberFilter(statuses=(MemberStatus.ACTIVE,)),
                     MemberFilter(text="张"), MemberFilter(text="zs"),
                     MemberFilter(text="1985"), MemberFilter(migrant_worker=True)):
        models = replace(criteria, model_worker=True)
        wanted = len(service.rows(replace(models, **GENERAL), 0, 10_000))  # type: ignore[arg-type]
        assert service.count(models) == wanted, criteria
