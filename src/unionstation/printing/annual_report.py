"""The annual report as a PDF for signing: A4, the station's name in the title, the date
it was made, one table per section (this year, last year, change), the campaigns and the
plan, and the 经办人 / 审核人 lines at the end."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from unionstation.printing.draw import chinese_date
from unionstation.printing.errors import PrintError
from unionstation.printing.fonts import FontChoice, choose_fonts
from unionstation.services.context import ServiceContext
from unionstation.services.print_settings import PrintSettingsService
from unionstation.services.reports.figures import (
    SECTION_FIGURES,
    SECTION_TITLES,
    Number,
    campaign_rows,
    plan_rows,
    section_rows,
)
from unionstation.services.reports.service import ReportService

WIDTH = A4[0] - 36 * mm


def _text(value: Number | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}" if not isinstance(value, int) else f"{value:,}"


def _change(value: Number | None) -> str:
    if value is None:
        return "—"
    return ("+" if value > 0 else "") + _text(value)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
           font: str) -> Table:
    table = Table([list(header), *[list(r) for r in rows]], colWidths=list(widths),
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 10),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def story(report: dict[str, Any], fonts: FontChoice, made_on: date) -> list[Flowable]:
    body, title = fonts.body.key, fonts.title.key
    heading = ParagraphStyle("title", fontName=title, fontSize=18, leading=24, alignment=1)
    sub = ParagraphStyle("sub", fontName=body, fontSize=10.5, leading=14, alignment=2)
    section = ParagraphStyle("section", fontName=title, fontSize=13, leading=18,
                             spaceBefore=8, spaceAfter=4)
    line = ParagraphStyle("line", fontName=body, fontSize=12, leading=18)
    parts: list[Flowable] = [
        Paragraph(f"{report['station']}{report['year']}年度工会工作统计报表", heading),
        Spacer(1, 3 * mm),
        Paragraph(f"制表单位:{report['station']}　　制表日期:{chinese_date(made_on)}", sub),
    ]
    widths = (WIDTH * 0.46, WIDTH * 0.18, WIDTH * 0.18, WIDTH * 0.18)
    for key in SECTION_FIGURES:
        rows = [("\u3000" * r.indent + r.name, _text(r.value), _text(r.previous),
                 _change(r.change)) for r in section_rows(report, key)]
        parts += [Paragraph(SECTION_TITLES[key], section),
                  _table(("项目", "本期", "上年同期", "增减"), rows, widths, body)]
    campaigns = [(name, kind, _text(households), _text(paid), _text(budget))
                 for name, kind, households, paid, budget in campaign_rows(report)]
    parts += [Paragraph(SECTION_TITLES["campaigns"], section),
              _table(("活动名称", "类型", "帮扶户数", "发放金额(元)", "预算(元)"),
                     campaigns or [("(本期无)", "", "", "", "")],
                     (WIDTH * 0.34, WIDTH * 0.15, WIDTH * 0.15, WIDTH * 0.18, WIDTH * 0.18),
                     body)]
    plans = [(name, _text(target), _text(actual), share or "—")
             for name, target, actual, share in plan_rows(report)]
    parts += [Paragraph(SECTION_TITLES["plan"], section),
              _table(("项目", "计划", "完成", "完成率"), plans or [("(未设定计划)", "", "", "")],
                     widths, body),
              *_stations_part(report, body, section, line),
              Spacer(1, 14 * mm),
              Paragraph("经办人:＿＿＿＿＿＿＿＿　　　　审核人:＿＿＿＿＿＿＿＿　　　　"
                        "年　　月　　日", line)]
    return parts


STATION_HEADER = ("站点", "最近报送", "在册会员", "新入会", "基层工会", "阵地", "困难档案",
                  "发放金额(元)")


def _station_row(station: dict[str, Any]) -> tuple[str, ...]:
    venues = sum(int(n) for n in station["venues"]["by_kind"].values())
    files = sum(int(n) for n in station["hardship"]["files"].values())
    return (f"{station['name']}\n{station['station']}", station["last_ack"] or "从未报送",
            _text(int(station["members"]["active"])), _text(int(station["members"]["joined"])),
            _text(int(station["unions"]["total"])), _text(venues), _text(files),
            _text(Decimal(station["hardship"]["paid_total"])))


def _stations_part(report: dict[str, Any], font: str, section: ParagraphStyle,
                   line: ParagraphStyle) -> list[Flowable]:
    """The county's report: each station's main figures and last acknowledged batch, and
    the stations that have not reported this year, by name."""
    parts: list[Flowable] = []
    stations = report.get("stations") or []
    if stations:
        widths = (WIDTH * 0.24, WIDTH * 0.13, *(WIDTH * 0.1,) * 5, WIDTH * 0.13)
        table = _table(STATION_HEADER, [_station_row(s) for s in stations], widths, font)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9)]))
        parts += [Paragraph("各站点对比", section), table]
    silent = report.get("not_reported")
    if silent is not None:
        names = {s["station"]: s["name"] for s in stations}
        text = "、".join(f"{names.get(code, '')}({code})" if names.get(code) else code
                        for code in silent) or "无"
        parts += [Spacer(1, 3 * mm), Paragraph(f"本年未报送的站点:{text}", line)]
    return parts


def write_annual_pdf(path: Path, report: dict[str, Any], fonts: FontChoice,
                     made_on: date) -> int:
    """Write the PDF atomically; returns the number of pages."""
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                             dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise PrintError(f"无法写入 {target}:{exc.strerror or exc}") from None
    try:
        document = SimpleDocTemplate(
            temporary, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
            topMargin=16 * mm, bottomMargin=16 * mm, initialFontName=fonts.body.key,
            initialFontSize=10,
            title=f"{report['station']}{report['year']}年度统计", author=report["station"])
        document.build(story(report, fonts, made_on))
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise PrintError(f"无法写入 {target}:{exc.strerror or exc}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return int(document.page)


def export_annual_pdf(context: ServiceContext, path: Path, year: int) -> dict[str, Any]:
    """The annual report of `year` printed to `path`; returns the report printed."""
    service = ReportService(context)
    report = service.annual(year)
    service.require_export(f"annual:{year}:pdf")
    fonts = choose_fonts(PrintSettingsService(context).font_path())
    write_annual_pdf(path, report, fonts, context.today())
    return report
