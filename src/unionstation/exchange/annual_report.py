"""The annual report and the monthly member report as spreadsheets: one sheet per section,
each with the ledger's title, date line and header (exchange.ledger), figures as numbers
(money with two decimals) so the county can add them up in Excel."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from unionstation.exchange.files import atomic_file
from unionstation.exchange.ledger import (
    FIRST_DATA_ROW,
    Column,
    LedgerSpec,
    _Cells,
    _finish,
    _write_top,
)
from unionstation.services.context import ServiceContext
from unionstation.services.reports.figures import (
    MONTHLY_LABELS,
    SECTION_FIGURES,
    SECTION_TITLES,
    campaign_rows,
    monthly_rows,
    plan_rows,
    section_rows,
)
from unionstation.services.reports.monthly import ROW_KEYS
from unionstation.services.reports.service import ReportService

FIGURE_COLUMNS = (Column("项目", width=30), Column("本期", "number", width=14),
                  Column("上年同期", "number", width=14), Column("增减", "number", width=14))
CAMPAIGN_COLUMNS = (Column("活动名称", width=30), Column("类型", width=14),
                    Column("帮扶户数", "number"), Column("发放金额(元)", "money"),
                    Column("预算(元)", "money"))
PLAN_COLUMNS = (Column("项目", width=20), Column("计划", "number"), Column("完成", "number"),
                Column("完成率"))
MONTHLY_COLUMNS = (Column("基层工会", width=40),
                   *(Column(MONTHLY_LABELS[key], "number") for key in ROW_KEYS))

Sheet = tuple[LedgerSpec, Sequence[Sequence[object]]]


def write_sheets(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write every (spec, rows) as its own sheet, atomically. A cell's kind follows its
    value: Decimal as money, int as a count, anything else as text."""
    with atomic_file(Path(path)) as handle:
        book = xlsxwriter.Workbook(handle, {
            "constant_memory": True, "strings_to_numbers": False,
            "strings_to_formulas": False, "strings_to_urls": False})
        try:
            for spec, rows in sheets:
                _write_sheet(book, spec, rows)
        except BaseException:
            with suppress(Exception):
                book.close()
            raise
        book.close()


def _write_sheet(book: Any, spec: LedgerSpec, rows: Sequence[Sequence[object]]) -> None:
    sheet = book.add_worksheet(spec.sheet_name)
    cells = _Cells(book, sheet)
    columns = list(spec.columns)
    _write_top(sheet, cells, spec, columns)
    row_at = FIRST_DATA_ROW
    for values in rows:
        for col, value in enumerate(values):
            if value is None or value == "":
                sheet.write_blank(row_at, col, None, cells.blank)
            elif isinstance(value, Decimal):
                cells.write_money(row_at, col, value)
            elif isinstance(value, int) and not isinstance(value, bool):
                cells.write_number(row_at, col, value)
            else:
                cells.write_text(row_at, col, value)
        row_at += 1
    widths = [float(c.width or 12) for c in columns]
    _finish(sheet, cells, columns, widths, max(row_at - 1, FIRST_DATA_ROW - 1),
            len(columns) - 1)


def annual_sheets(report: dict[str, Any], made_on: date) -> list[Sheet]:
    station = report["station"]
    title = f"{report['year']}年度统计"
    sheets: list[Sheet] = []
    for section in SECTION_FIGURES:
        rows = [("\u3000" * row.indent + row.name, row.value, row.previous, row.change)
                for row in section_rows(report, section)]
        sheets.append((LedgerSpec(f"{title}·{SECTION_TITLES[section]}", station, made_on,
                                  FIGURE_COLUMNS, SECTION_TITLES[section]), rows))
    sheets.append((LedgerSpec(f"{title}·帮扶活动", station, made_on, CAMPAIGN_COLUMNS,
                              SECTION_TITLES["campaigns"]), campaign_rows(report)))
    sheets.append((LedgerSpec(f"{title}·计划完成", station, made_on, PLAN_COLUMNS,
                              "计划完成"), plan_rows(report)))
    return sheets


def monthly_sheets(report: dict[str, Any], station: str, made_on: date) -> list[Sheet]:
    year, month = report["month"].split("-")
    spec = LedgerSpec(f"{int(year)}年{int(month)}月基层工会会员情况月报", station, made_on,
                      MONTHLY_COLUMNS, "会员月报")
    return [(spec, monthly_rows(report))]


def export_annual_workbook(context: ServiceContext, path: Path, year: int) -> dict[str, Any]:
    """The annual report of `year` written to `path`; returns the report written."""
    service = ReportService(context)
    report = service.annual(year)
    service.require_export(f"annual:{year}:xlsx")
    write_sheets(path, annual_sheets(report, context.today()))
    return report


def export_monthly_workbook(context: ServiceContext, path: Path, month: date,
                            ) -> dict[str, Any]:
    from unionstation.services.station import StationService

    service = ReportService(context)
    report = service.monthly(month)
    service.require_export(f"members:{month:%Y-%m}:xlsx")
    station = StationService(context).require().name
    write_sheets(path, monthly_sheets(report, station, context.today()))
    return report


def _keyed(report: dict[str, Any]) -> dict[tuple[str, str, str], object]:
    """Each figure of the report by (section, heading, name): stations whose maps hold
    different codes still line up."""
    keyed: dict[tuple[str, str, str], object] = {}
    for section in SECTION_FIGURES:
        heading = ""
        for row in section_rows(report, section):
            if row.indent == 0:
                heading = row.name
            keyed[(section, heading, row.name)] = row.value
    return keyed


def stations_sheet(report: dict[str, Any], made_on: date) -> Sheet:
    """The county's stations side by side: one column per station, figures as rows, the
    last acknowledged batch date on top."""
    stations = report["stations"]
    columns = (Column("项目", width=30),
               *(Column(f"{s['name']}({s['station']})", "number", width=16)
                 for s in stations),
               Column("合计", "number", width=14))
    total = _keyed(report)
    per_station = [_keyed(s) for s in stations]
    rows: list[list[object]] = [["最近报送日期", *(s["last_ack"] or "从未报送" for s in stations),
                                 ""]]
    for key, value in total.items():
        name = key[2] if key[1] == key[2] else "\u3000" + key[2]
        rows.append([name, *(values.get(key, 0) for values in per_station), value])
    return (LedgerSpec(f"{report['year']}年度各站统计对比", report["station"], made_on, columns,
                       "各站对比"), rows)
