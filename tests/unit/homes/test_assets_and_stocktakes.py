"""Assets keep their history through edits, disposal and stocktakes; a stocktake counts
scanned labels against a frozen list."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.homes_world import build
from unionstation.domain.homes import AssetCategory, AssetCondition
from unionstation.domain.permissions import Role
from unionstation.services.errors import AlreadyExists, InvalidField, PermissionDenied
from unionstation.services.homes.assets import (
    AssetDraft,
    AssetFilter,
    AssetService,
    parse_funding,
)
from unionstation.services.homes.stocktakes import StocktakeService
from unionstation.services.homes.venues import VenueService
from unionstation.services.runtime import StationRuntime


def test_tags_are_unique_in_the_station_and_made_when_missing(runtime: StationRuntime) -> None:
    world = build(runtime.context)
    assets = AssetService(runtime.context)
    tags = [a.tag for a in assets.rows()]
    assert tags == ["JJ-01", "WB-01", "ZC000001"]
    with pytest.raises(AlreadyExists, match="WB-01"):
        assets.add(world.library.id, AssetDraft("书架", AssetCategory.FURNITURE, 1, "300",
                                                {"donation": 100}, tag="wb-01"))
    with pytest.raises(InvalidField, match="单价"):
        assets.add(world.stop.id, AssetDraft("桌子", AssetCategory.FURNITURE, 1, "-3",
                                             {"own_funds": 100}))
    venue = VenueService(runtime.context).get(world.stop.id)
    assert venue.assets == 3 and venue.asset_value == Decimal("7919.00")


def test_mixed_funding_must_add_up() -> None:
    assert parse_funding("own_funds:60,上级工会补助:40") == {"own_funds": 60, "higher_union": 40}
    with pytest.raises(InvalidField, match="100"):
        parse_funding("own_funds:60,donation:30")
    with pytest.raises(InvalidField, match="经费来源"):
        parse_funding("lottery")


def test_disposal_keeps_the_record_and_needs_an_officer(runtime: StationRuntime) -> None:
    build(runtime.context)
    context = runtime.context
    context.role = Role.CLERK
    with pytest.raises(PermissionDenied):
        AssetService(context).dispose("JJ-01", "过期")
    context.role = Role.OFFICER
    row = AssetService(context).dispose("JJ-01", "药品过期")
    assert row.condition is AssetCondition.SCRAPPED
    assert [a.tag for a in AssetService(context).rows(AssetFilter(include_scrapped=False))] \
        == ["WB-01", "ZC000001"]
    history = AssetService(context).history("JJ-01")
    assert [summary for _day, summary, _who in history][-1] == "报废:药品过期"
    with pytest.raises(InvalidField, match="已经报废"):
        AssetService(context).dispose("JJ-01", "again")


def test_a_clerk_enters_assets_but_may_not_change_a_value(runtime: StationRuntime) -> None:
    build(runtime.context)
    context = runtime.context
    context.role = Role.CLERK
    assets = AssetService(context)
    draft = AssetDraft("微波炉", AssetCategory.APPLIANCES, 3, "499.50", {"own_funds": 100},
                       tag="WB-01")
    assert assets.update("WB-01", draft).quantity == 3
    draft.unit_value = "600"
    with pytest.raises(PermissionDenied):
        assets.update("WB-01", draft)


def test_a_stocktake_from_start_to_close(runtime: StationRuntime) -> None:
    world = build(runtime.context)
    stocktakes = StocktakeService(runtime.context)
    view = stocktakes.start(world.stop.code)
    assert [(x.tag, x.expected) for x in view.lines] == [
        ("JJ-01", 1), ("WB-01", 2), ("ZC000001", 1)]
    assert stocktakes.open_for(world.stop.id) == view.id
    stocktakes.count(view.id, "US1:A:330106001:WB-01")
    stocktakes.count(view.id, "US1:A:330106001:WB-01")
    stocktakes.count(view.id, "zc000001", quantity=1, condition=AssetCondition.DAMAGED)
    surplus = stocktakes.count(view.id, "NEW-9")
    assert surplus.expected == 0 and surplus.counted == 1
    with pytest.raises(InvalidField, match="不属于本站"):
        stocktakes.count(view.id, "US1:A:999999999:WB-01")
    live = stocktakes.view(view.id)
    assert live.missing == ["JJ-01"] and live.surplus == ["NEW-9"] and live.counted == 3
    closed = stocktakes.close(view.id, "王干事、李干事")
    assert closed.closed_on is not None and closed.counters == "王干事、李干事"
    with pytest.raises(InvalidField, match="已结束"):
        stocktakes.count(view.id, "WB-01")
    assets = {a.tag: a for a in AssetService(runtime.context).rows()}
    assert assets["JJ-01"].quantity == 0
    assert assets["ZC000001"].condition is AssetCondition.DAMAGED
    assert assets["WB-01"].next_audit_on is not None
    history = AssetService(runtime.context).history("JJ-01")
    assert history[-1][1] == "盘点调整:数量 1→0"


def test_an_asset_counted_missing_is_found_again_at_the_next_stocktake(
        runtime: StationRuntime) -> None:
    world = build(runtime.context)
    stocktakes = StocktakeService(runtime.context)
    first = stocktakes.start(world.stop.id)
    stocktakes.count(first.id, "WB-01", 2)
    stocktakes.count(first.id, "ZC000001", 1)
    stocktakes.close(first.id)  # JJ-01 not found: its quantity goes to 0
    assert AssetService(runtime.context).get("JJ-01").quantity == 0
    second = stocktakes.start(world.stop.id)
    assert [x.tag for x in second.lines] == ["WB-01", "ZC000001"]
    stocktakes.count(second.id, "US1:A:330106001:JJ-01")
    for tag, quantity in (("WB-01", 2), ("ZC000001", 1)):
        stocktakes.count(second.id, tag, quantity)
    closed = stocktakes.close(second.id)
    assert closed.surplus == ["JJ-01"] and closed.missing == []
    assert AssetService(runtime.context).get("JJ-01").quantity == 1
    assert AssetService(runtime.context).history("JJ-01")[-1][1] == "盘点调整:数量 0→1"


def test_funding_shares_given_directly_are_checked_too(runtime: StationRuntime) -> None:
    """The window hands the service a dict of shares, not text for parse_funding."""
    world = build(runtime.context)
    assets = AssetService(runtime.context)
    for shares, words in (({"own_funds": 60}, "之和应为 100"),
                          ({"own_funds": 100, "donation": 0}, "大于 0"),
                          ({"lottery": 100}, "lottery"), ({}, "不能为空")):
        with pytest.raises(InvalidField, match=words):
            assets.add(world.stop.id, AssetDraft("书架", AssetCategory.FURNITURE, 1, "300",
                                                 shares))
        with pytest.raises(InvalidField, match=words):
            assets.update("WB-01", AssetDraft("微波炉", AssetCategory.APPLIANCES, 2, "499.50",
                                              shares))
    assert len(assets.rows()) == 3 and assets.get("WB-01").funding == {"own_funds": 100}
