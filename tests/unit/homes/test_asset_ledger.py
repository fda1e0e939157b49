"""The asset ledger and the import of a messy asset list."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from tests.homes_world import build
from unionstation.exchange.asset_ledger import export_asset_ledger, import_asset_sheet
from unionstation.services.homes.assets import AssetService
from unionstation.services.runtime import StationRuntime


def _messy_sheet(path: Path) -> Path:
    """Title rows, a merged header, a totals row, a bad value, as officers keep them."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["快递小哥驿站 2026 年资产清单"])
    sheet.merge_cells("A1:H1")
    sheet.append(["填报单位:测试街道总工会", None, None, None, "填报日期:2026-11-01"])
    sheet.append(["资产信息", None, None, None, "价值", None, "其他"])
    sheet.merge_cells("A3:D3")
    sheet.merge_cells("E3:F3")
    sheet.append(["资产标签", "资产名称", "类别", "阵地编码", "数量", "单价(元)", "经费来源",
                  "状态"])
    sheet.append(["WB-01", "微波炉", "家用电器", "330106001-O-001", 3, 499.5, "单位自筹", "完好"])
    sheet.append(["CD-01", "充电柜", "信息化设备", "330106001-O-001", 1, "3,000.00",
                  "own_funds:60,higher_union:40", "完好"])
    sheet.append(["YS-01", "饮水机", "家用电器", "快递小哥驿站", 1, "八百", "捐赠", "完好"])
    sheet.append(["SJ-01", "书架", "家具", "不存在的阵地", 2, 300, "专项资金", "完好"])
    sheet.append([None, None, None, None, None, None, None, None])
    sheet.append(["合计", None, None, None, 7, None, None, None])
    book.save(path)
    return path


def test_a_messy_sheet_reports_each_rejected_row_and_reimports_as_nothing(
        runtime: StationRuntime, tmp_path: Path) -> None:
    build(runtime.context)
    sheet = _messy_sheet(tmp_path / "assets.xlsx")
    trial = import_asset_sheet(runtime.context, sheet, dry_run=True)
    assert (trial.added, trial.updated, trial.rejected) == (1, 1, 2)
    assert AssetService(runtime.context).get("WB-01").quantity == 2  # nothing written
    result = import_asset_sheet(runtime.context, sheet)
    assert (result.added, result.updated, result.rejected) == (1, 1, 2)
    assert [row for row, _message in result.errors] == [7, 8]
    assert "单价" in result.errors[0][1] and "阵地" in result.errors[1][1]
    tags = {a.tag: a for a in AssetService(runtime.context).rows()}
    assert "YS-01" not in tags and "SJ-01" not in tags
    assert tags["WB-01"].quantity == 3
    assert tags["CD-01"].funding == {"own_funds": 60, "higher_union": 40}
    again = import_asset_sheet(runtime.context, sheet)
    assert (again.added, again.updated, again.rejected) == (0, 0, 2)
    assert again.as_json()["errors"] == [{"row": r, "message": m} for r, m in again.errors]


def test_the_ledger_has_totals_by_funding_and_condition(runtime: StationRuntime,
                                                        tmp_path: Path) -> None:
    build(runtime.context)
    AssetService(runtime.context).dispose("JJ-01", "过期")
    result = export_asset_ledger(runtime.context, tmp_path / "ledger.xlsx")
    assert result.rows == 3 and str(result.value) == "7799.00"
    sheet = load_workbook(tmp_path / "ledger.xlsx").active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[2][:3] == ("序号", "资产标签", "资产名称")
    labels = {row[2]: row[9] for row in values if row[0] == "合计"}
    assert labels["全部资产"] == 7919
    assert labels["经费来源:单位自筹"] == 7919
    assert labels["状态:报废"] == 120
    reread = import_asset_sheet(runtime.context, tmp_path / "ledger.xlsx")
    assert (reread.added, reread.updated) == (0, 0)


def test_the_other_ledgers(runtime: StationRuntime, tmp_path: Path) -> None:
    from datetime import date, datetime

    from sqlalchemy import select

    from unionstation.domain.homes import ServiceKind
    from unionstation.exchange.homes_ledgers import (
        export_loans,
        export_service_month,
        export_stocktake,
        export_venues,
    )
    from unionstation.services.homes.reading import ReadingRoomService
    from unionstation.services.homes.service_logs import ServiceLogService
    from unionstation.services.homes.stocktakes import StocktakeService
    from unionstation.store.models import AuditEntry

    world = build(runtime.context)
    from unionstation.services.homes.venues import VenueService

    draft = VenueService(runtime.context).draft_of(world.stop.id)
    draft.area_m2, draft.opened_on, draft.accredited_on = 40, date(2024, 5, 1), date(2025, 12, 28)
    VenueService(runtime.context).update(world.stop.id, draft)
    ReadingRoomService(runtime.context).lend(world.book_id, "330106001000001")
    ServiceLogService(runtime.context).log(world.stop.id, date(2026, 11, 3),
                                           ServiceKind.SHOWER, 9)
    stocktake = StocktakeService(runtime.context).start(world.stop.id)
    assert export_venues(runtime.context, tmp_path / "v.xlsx") == 2
    assert export_loans(runtime.context, tmp_path / "l.xlsx") == 1
    assert export_service_month(runtime.context, tmp_path / "s.xlsx", date(2026, 11, 1)) == 1
    assert export_stocktake(runtime.context, tmp_path / "t.xlsx", stocktake.id) == 3
    venues = list(load_workbook(tmp_path / "v.xlsx").active.iter_rows(values_only=True))
    assert venues[3][1:4] == ("330106001-O-001", "户外劳动者服务站点", "快递小哥驿站")
    header = venues[2]
    assert [venues[3][header.index(h)] for h in ("面积(平方米)", "启用日期", "评定日期")] == [
        40, datetime(2024, 5, 1), datetime(2025, 12, 28)]
    loans = list(load_workbook(tmp_path / "l.xlsx").active.iter_rows(values_only=True))
    assert loans[3][1:4] == ("平凡的世界", "张三", "330106001000001")
    with runtime.context.reading() as session:
        audited = list(session.scalars(select(AuditEntry.entity).where(
            AuditEntry.action == "export.homes")))
    assert sorted(audited) == ["loan", "service_log", "stocktake", "venue"]
