"""Where counting every match would cost more than the page, a search counts up to
COUNT_CAP and says so; counts the search indexes can give stay exact."""

from __future__ import annotations

import itertools

import pytest

from tests.unit.services.test_member_query import generated, generated_template  # noqa: F401
from unionstation.domain.codes import MemberStatus
from unionstation.services import member_query
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.runtime import StationRuntime


def test_a_term_without_an_index_count_is_capped(
        generated: StationRuntime, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    service = MemberQueryService(generated.context)
    criteria = MemberFilter(text="z")  # pinyin: zhang, zhao, zhou… a good share of 400
    exact = service.count(criteria)
    assert exact > 20
    monkeypatch.setattr(member_query, "COUNT_CAP", 20)
    page = service.search(criteria, limit=5)
    assert (page.total, page.capped, len(page.rows)) == (20, True, 5)
    assert service.count(criteria) == exact  # the register asks when scrolled to the end
    monkeypatch.setattr(member_query, "COUNT_CAP", exact)
    page = service.search(criteria, limit=5)
    assert (page.total, page.capped) == (exact, False)
    indexed = service.search(MemberFilter(text="张"), limit=5)  # FTS: counted exactly
    assert not indexed.capped


def test_status_counts_from_the_index_match_the_rows(
        generated: StationRuntime) -> None:  # noqa: F811
    """The register's filters without search terms count from the index's facts."""
    service = MemberQueryService(generated.context)
    with generated.context.reading() as session:
        from sqlalchemy import func, select

        from unionstation.store.models import Member

        by_status: dict[MemberStatus, int] = dict(session.execute(
            select(Member.status, func.count()).where(Member.deleted_at.is_(None))
            .group_by(Member.status)).all())
    assert len(by_status) >= 2
    statuses = list(MemberStatus)
    for size in range(len(statuses) + 1):
        for chosen in itertools.combinations(statuses, size):
            wanted = sum(by_status.get(s, 0) for s in (chosen or statuses))
            assert service.count(MemberFilter(statuses=chosen)) == wanted, chosen
            assert service.search(MemberFilter(statuses=chosen), limit=1).total == wanted
