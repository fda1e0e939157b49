"""The other ledgers of the workers' homes (台账): venues, loans, a month's service logs
and a stocktake's results, each through the shared ledger writer, each export audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

from unionstation.domain.permissions import Action
from unionstation.exchange.ledger import Column, LedgerSpec, write_ledger
from unionstation.services.context import ServiceContext
from unionstation.services.homes.common import record_export
from unionstation.services.homes.reading import ReadingRoomService
from unionstation.services.homes.service_logs import ServiceLogService
from unionstation.services.homes.stocktakes import StocktakeService
from unionstation.services.homes.venues import VenueService
from unionstation.services.station import StationService

__all__ = ["export_loans", "export_service_month", "export_stocktake", "export_venues"]


def _write(context: ServiceContext, path: Path, title: str, columns: tuple[Column, ...],
           rows: list[tuple[object, ...]], ledger: str) -> int:
    context.require(Action.EXPORT_BULK, ledger)
    station = StationService(context).require()
    spec = LedgerSpec(title, station.name, context.today(), columns, sheet_name=title[:31])
    return write_ledger(path, spec, rows, total=len(rows),
                        before_commit=lambda n: record_export(context, ledger, n))


def export_venues(context: ServiceContext, path: Path) -> int:
    venues = VenueService(context)
    rows: list[tuple[object, ...]] = []
    for number, v in enumerate(venues.list(), start=1):
        checklist = venues.checklist(v.id)
        rows.append((number, v.code, v.kind.label, v.name, v.host_union,
                     v.level.label if v.level else None, v.stars, v.address, v.area_m2,
                     v.opened_on, v.accredited_on, v.assets, v.asset_value,
                     f"{checklist.met}/{checklist.total}"))
    columns = (Column("序号", "number"), Column("阵地编码"), Column("类型"), Column("名称"),
               Column("主办工会"), Column("模范职工之家级别"), Column("星级", "number"),
               Column("地址"), Column("面积(平方米)", "number"), Column("启用日期", "date"),
               Column("评定日期", "date"), Column("资产项数", "number"),
               Column("资产价值(元)", "money"), Column("标准自评(达标/条目)"))
    return _write(context, path, "阵地台账", columns, rows, "venue")


def export_loans(context: ServiceContext, path: Path, venue_id: UUID | None = None) -> int:
    today = context.today()
    loans = ReadingRoomService(context).loans(open_only=False, venue_id=venue_id)
    rows: list[tuple[object, ...]] = [
        (n, x.title, x.member, x.card_no, x.lent_on, x.due_on, x.returned_on, x.renewals,
         x.days_overdue(today) or None) for n, x in enumerate(loans, start=1)]
    columns = (Column("序号", "number"), Column("书名"), Column("借阅人"), Column("会员证号"),
               Column("借出日期", "date"), Column("应还日期", "date"), Column("归还日期", "date"),
               Column("续借次数", "number"), Column("逾期天数", "number"))
    return _write(context, path, "图书借阅台账", columns, rows, "loan")


def export_service_month(context: ServiceContext, path: Path, month: date) -> int:
    logs = ServiceLogService(context)
    rows: list[tuple[object, ...]] = []
    for venue in VenueService(context).list():
        for service, count in logs.month_totals(venue.id, month).items():
            rows.append((len(rows) + 1, venue.code, venue.name, f"{month:%Y-%m}",
                         service.label, count))
    columns = (Column("序号", "number"), Column("阵地编码"), Column("阵地名称"), Column("月份"),
               Column("服务项目"), Column("服务次数", "number"))
    return _write(context, path, "服务记录台账", columns, rows, "service_log")


def export_stocktake(context: ServiceContext, path: Path, stocktake: str | UUID) -> int:
    view = StocktakeService(context).view(stocktake)
    rows: list[tuple[object, ...]] = [
        (n, view.venue_code, x.tag, x.name, x.expected, x.counted, x.difference,
         x.condition.label if x.condition else None) for n, x in enumerate(view.lines, start=1)]
    columns = (Column("序号", "number"), Column("阵地编码"), Column("资产标签"), Column("名称"),
               Column("账面数", "number"), Column("实盘数", "number"), Column("差异", "number"),
               Column("状况"))
    return _write(context, path, "盘点结果", columns, rows, "stocktake")
