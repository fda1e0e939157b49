"""Venue paper (FORMS.md): the A5 QR plate, the self-assessment (阵地自评表), the stocktake
report (盘点表) and the monthly subsidy claim (服务补贴申领表)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, A5

from unionstation.domain.homes import venue_qr
from unionstation.domain.money import chinese_capital, format_yuan
from unionstation.printing.cards import draw_qr
from unionstation.printing.draw import BLANK_DATE, MM, Job, Page, chinese_date, table_row
from unionstation.services.homes.service_logs import MonthClaim
from unionstation.services.homes.stocktakes import StocktakeLineRow, StocktakeView
from unionstation.services.homes.venues import ChecklistView, VenueRow

A4_W, A4_H = A4[0] / MM, A4[1] / MM
A5_W, A5_H = A5[0] / MM, A5[1] / MM
LEFT = 20.0
WIDTH = A4_W - 2 * LEFT
ROW_H = 9.0
STOCKTAKE_ROWS = 18


def _title(page: Page, text: str, y: float = 28.0) -> None:
    page.label(A4_W / 2, y, text, 18, align="centre", title=True, width=WIDTH)


def _signatures(page: Page, y: float, signers: tuple[str, ...], seal: str) -> None:
    step = WIDTH / len(signers)
    for number, signer in enumerate(signers):
        page.label(LEFT + number * step, y, f"{signer}:", 11)
        page.line(LEFT + number * step + 22, y + 1, LEFT + (number + 1) * step - 4, y + 1,
                  0.4)
    page.label(A4_W - LEFT, y + 16, f"{seal}(公章)", 11, align="right")
    page.label(A4_W - LEFT, y + 26, BLANK_DATE, 11, align="right")


def plate(page: Page, venue: VenueRow, job: Job) -> None:
    """A5 portrait: kind, name, code in large type, the QR of `US1:V:<code>`."""
    page.rect(6, 6, A5_W - 12, A5_H - 12, 1.2)
    page.label(A5_W / 2, 26, venue.kind.label, 26, align="centre", title=True,
               width=A5_W - 24)
    page.data("name", 12, 32, A5_W - 24, 16, venue.name, 18, align="centre")
    size = 80.0
    draw_qr(page, venue_qr(venue.code), (A5_W - size) / 2, 54, size)
    page.data("code", 12, 54 + size + 4, A5_W - 24, 12, venue.code, 20, align="centre",
              wrap_lines=False)
    page.data("union", 12, 54 + size + 18, A5_W - 24, 8, venue.host_union, 11,
              align="centre")
    page.label(A5_W / 2, A5_H - 14, job.station_name, 11, align="centre", width=A5_W - 24)


def self_assessment(page: Page, checklist: ChecklistView, venue: VenueRow, job: Job) -> None:
    _title(page, "阵地建设自评表")
    page.label(LEFT, 40, f"阵地:{venue.name}({venue.code})", 11, width=WIDTH)
    page.label(LEFT, 47, f"类型:{venue.kind.label}　　评价标准:{checklist.standard_title}", 11,
               width=WIDTH)
    widths = (14.0, 96.0, 20.0, WIDTH - 130.0)
    y = 52.0
    table_row(page, LEFT, y, ROW_H, [(w, t, None) for w, t in zip(
        widths, ("序号", "标准条目", "是否达标", "说明"), strict=True)], 10.5)
    y += ROW_H - (ROW_H + 2)
    for number, item in enumerate(checklist.items, start=1):
        y += ROW_H + 2
        table_row(page, LEFT, y, ROW_H + 2, [
            (widths[0], str(number), "n"), (widths[1], item.title, "title"),
            (widths[2], "达标" if item.met else "未达标", "met"), (widths[3], item.note, "note")],
            9.5)
    y += ROW_H + 14
    page.label(LEFT, y, f"自评得分:{checklist.met} / {checklist.total}(达标 {checklist.met} 项,"
               f"共 {checklist.total} 项)", 12, title=True)
    page.label(LEFT, y + 8, f"打印日期:{chinese_date(job.today)}", 10)
    _signatures(page, y + 22, ("自评人", "阵地负责人"), job.station_name)


def stocktake_page(page: Page, stocktake: StocktakeView, lines: list[StocktakeLineRow],
                   job: Job, number: int, pages: int) -> None:
    _title(page, "资产盘点表")
    page.label(LEFT, 40, f"阵地:{stocktake.venue_name}({stocktake.venue_code})　第 "
               f"{stocktake.number} 次盘点", 11, width=WIDTH)
    when = chinese_date(stocktake.closed_on or stocktake.started_on)
    page.label(LEFT, 47, f"盘点日期:{when}　　盘点人:{stocktake.counters}", 11, width=WIDTH)
    page.label(A4_W - LEFT, 47, f"第 {number} / {pages} 页", 9, align="right")
    widths = (30.0, 62.0, 18.0, 18.0, 18.0, WIDTH - 146.0)
    y = 52.0
    table_row(page, LEFT, y, ROW_H, [(w, t, None) for w, t in zip(
        widths, ("资产标签", "名称", "账面数", "实盘数", "差异", "状况"), strict=True)], 10)
    for line in lines:
        y += ROW_H
        counted = "" if line.counted is None else str(line.counted)
        difference = f"{line.difference:+d}" if line.difference else "0"
        table_row(page, LEFT, y, ROW_H, [
            (widths[0], line.tag, "tag"), (widths[1], line.name or "(账外)", "name"),
            (widths[2], str(line.expected), "expected"), (widths[3], counted, "counted"),
            (widths[4], difference, "difference"),
            (widths[5], line.condition.label if line.condition else "", "condition")], 9.5)
    if number == pages:
        y += ROW_H + 8
        page.label(LEFT, y, f"应盘 {sum(1 for x in stocktake.lines if x.expected)} 项,"
                   f"已盘 {stocktake.counted} 项;盘亏 {len(stocktake.missing)} 项,"
                   f"盘盈 {len(stocktake.surplus)} 项", 11, width=WIDTH)
        _signatures(page, y + 14, ("盘点人", "盘点人", "负责人"), job.station_name)


def subsidy_claim(page: Page, claim: MonthClaim, job: Job) -> None:
    _title(page, "户外劳动者服务站点服务补贴申领表")
    month = f"{claim.month.year}年{claim.month.month}月"
    page.label(LEFT, 40, f"站点:{claim.venue_name}　　编码:{claim.venue_code}", 11,
               width=WIDTH)
    page.label(LEFT, 47, f"申领月份:{month}", 11)
    widths = (14.0, 56.0, 30.0, 34.0, WIDTH - 134.0)
    y = 52.0
    table_row(page, LEFT, y, ROW_H, [(w, t, None) for w, t in zip(
        widths, ("序号", "服务项目", "服务次数", "补贴标准(元/次)", "金额(元)"), strict=True)],
        10.5)
    for number, line in enumerate(claim.lines, start=1):
        y += ROW_H
        table_row(page, LEFT, y, ROW_H, [
            (widths[0], str(number), "n"), (widths[1], line.service.label, "service"),
            (widths[2], str(line.count), "count"), (widths[3], f"{line.rate:.2f}", "rate"),
            (widths[4], f"{line.amount:,.2f}", "amount")], 10.5)
    y += ROW_H
    table_row(page, LEFT, y, ROW_H, [
        (widths[0] + widths[1], "合计", None), (widths[2], str(claim.total_count), "total_n"),
        (widths[3], "", "blank"), (widths[4], format_yuan(claim.subsidy), "total")], 10.5)
    y += ROW_H
    table_row(page, LEFT, y, ROW_H, [
        (widths[0] + widths[1], "合计金额(大写)", None),
        (WIDTH - widths[0] - widths[1], chinese_capital(claim.subsidy), "capital")], 10.5)
    _signatures(page, y + 24, ("站点负责人", "工会审核人"), job.station_name)
