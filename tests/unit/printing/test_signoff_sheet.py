from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from tests.unit.printing.pdf import fonts, needs_poppler, page_sizes, text
from tests.unit.services.hardship_world import approved
from unionstation.domain.hardship import CampaignKind, FundingSource, HardshipCategory, VisitKind
from unionstation.domain.money import chinese_capital
from unionstation.printing.signoff_sheet import (
    ROWS_LAST_PAGE,
    ROWS_PER_PAGE,
    paginate,
    render_signoff,
)
from unionstation.services.errors import UserError
from unionstation.services.hardship.campaigns import CampaignDraft, CampaignService
from unionstation.services.hardship.payments import PaymentService
from unionstation.services.hardship.visits import VisitDraft, VisitService
from unionstation.services.runtime import StationRuntime


@pytest.mark.parametrize("count", [0, 1, 16, 17, 24, 25, 40, 41, 120, 1000])
def test_rows_split_cleanly_with_room_for_the_foot(count: int) -> None:
    pages = paginate(count)
    assert [i for page in pages for i in page] == list(range(count))
    assert all(len(page) <= ROWS_PER_PAGE for page in pages)
    assert len(pages[-1]) <= ROWS_LAST_PAGE


@needs_poppler
def test_a_campaign_of_120_households_over_many_pages(runtime: StationRuntime,
                                                      tmp_path: Path) -> None:
    ctx = runtime.context
    campaign = CampaignService(ctx).create(CampaignDraft(
        "2026年送温暖", CampaignKind.WINTER_WARMTH, 2026, "200000",
        {HardshipCategory.SEVERE: "1000", HardshipCategory.RELATIVE: "500"}))
    service = CampaignService(ctx)
    paid: list[Decimal] = []
    for seq in range(1, 121):
        row = approved(ctx, seq, HardshipCategory.SEVERE if seq % 3 else
                       HardshipCategory.RELATIVE)
        amount = f"{seq * 10 + 0.5:.2f}" if seq % 7 == 0 else None
        pid, value = service.pay(campaign.id, row.id, amount)
        if seq == 5:
            PaymentService(ctx).reverse(pid, "重复录入")  # a reversed household drops out
            continue
        paid.append(value)
    out = tmp_path / "signoff.pdf"
    result = render_signoff(ctx, out, campaign_id=campaign.id)
    total = sum(paid)
    assert result.total == total and result.rows == 119
    assert result.pages == len(paginate(119)) == 6
    assert set(page_sizes(out)) == {(595.276, 841.89)}
    assert fonts(out) and all(emb == "yes" for _, _, emb, _ in fonts(out))
    content = text(out)
    assert "测试街道总工会2026年送温暖发放花名册" in content
    assert content.count("本页小计") == 6 and content.count("合计金额(大写)") == 1
    assert chinese_capital(total) in content
    assert f"{total:,.2f}" in content
    for label in ("经办人", "审核人", "单位负责人", "(公章)", "领款人签字", "按手印"):
        assert label in content
    assert not re.search(r"\d{17}[\dX]", content)  # ID numbers only masked
    assert "330106********" in content


@needs_poppler
def test_a_days_visits_sheet_and_an_empty_one(runtime: StationRuntime, tmp_path: Path) -> None:
    ctx = runtime.context
    row = approved(ctx, 200)
    with pytest.raises(UserError, match="还没有发放记录"):
        render_signoff(ctx, tmp_path / "none.pdf", day=ctx.today())
    assert not (tmp_path / "none.pdf").exists()
    VisitService(ctx).add(VisitDraft(row.id, ctx.today(), VisitKind.LIVING, cash="1800.50",
                                     funding=FundingSource.OWN_FUNDS))
    result = render_signoff(ctx, tmp_path / "day.pdf", day=ctx.today())
    assert result.pages == 1 and result.total == Decimal("1800.50")
    assert "壹仟捌佰元伍角" in text(tmp_path / "day.pdf")
