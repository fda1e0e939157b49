"""签收表 / 发放花名册 (FORMS.md, money on paper): A4, one row per recipient with 签字 and
按手印 columns, a page subtotal (本页小计) on every page, the grand total (合计) in figures
and in capitals (大写) on the last, the signers' lines, (公章) and the date line. Rows
never split across pages; the last page keeps room for the foot."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from unionstation.domain.money import chinese_capital, format_yuan
from unionstation.printing.draw import BLANK_DATE, MM, Align, Page, chinese_date
from unionstation.printing.errors import PrintError
from unionstation.printing.fonts import choose_fonts
from unionstation.services.context import ServiceContext
from unionstation.services.hardship.signoff import SignoffRow, SignoffService, SignoffSheet

__all__ = ["ROWS_LAST_PAGE", "ROWS_PER_PAGE", "SignoffResult", "paginate", "render_signoff"]

PAGE_W, PAGE_H = 210.0, 297.0
LEFT = 15.0
COLUMNS = ((12.0, "序号"), (24.0, "姓名"), (44.0, "身份证号"), (22.0, "困难类别"),
           (26.0, "金额(元)"), (30.0, "领款人签字"), (22.0, "按手印"))
TABLE_W = sum(width for width, _ in COLUMNS)
TOP, HEADER_H, ROW_H = 36.0, 10.0, 9.0
ROWS_PER_PAGE = 24
ROWS_LAST_PAGE = 16  # the last page keeps room for the total and the signers


@dataclass(frozen=True)
class SignoffResult:
    out: Path
    pages: int
    total: Decimal
    rows: int


def paginate(count: int) -> list[range]:
    """Row indexes per page: full pages, and a last page short enough for the foot."""
    pages: list[range] = []
    start = 0
    while count - start > ROWS_LAST_PAGE:
        take = min(ROWS_PER_PAGE, count - start)
        if count - start - take == 0:  # these would all land on the last page: too many
            take = count - start - ROWS_LAST_PAGE
        pages.append(range(start, start + take))
        start += take
    pages.append(range(start, count))
    return pages


def render_signoff(context: ServiceContext, out: Path, *, campaign_id: UUID | None = None,
                   day: date | None = None,
                   progress: Callable[[int, int], None] | None = None) -> SignoffResult:
    """Write the sheet of a campaign (or of a day's visits, `day` a date) to `out`,
    atomically; PrintError (a UserError) when it cannot be written."""
    from unionstation.services.print_settings import PrintSettingsService

    service = SignoffService(context)
    if campaign_id is not None:
        sheet = service.for_campaign(campaign_id)
    elif day is not None:
        sheet = service.for_day(day)
    else:
        raise PrintError("请选择一个帮扶活动或一天的走访。")
    fonts = choose_fonts(PrintSettingsService(context).font_path())
    target = Path(out)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                             dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise PrintError(f"无法写入 {target}:{exc.strerror or exc}") from None
    try:
        canvas = Canvas(temporary, pagesize=A4, pageCompression=1,
                        initialFontName=fonts.body.key, initialFontSize=10)
        canvas.setCreator("UnionStation")
        canvas.setTitle(f"{sheet.station} {sheet.year} {sheet.title} 发放花名册")
        canvas.setAuthor(sheet.station)
        pages = paginate(len(sheet.rows))
        for number, indexes in enumerate(pages, start=1):
            page = Page(canvas, fonts, PAGE_H)
            _draw_page(page, sheet, indexes, number, len(pages))
            canvas.showPage()
            if progress is not None:
                progress(number, len(pages))
        canvas.save()
        os.replace(temporary, target)
    except OSError as exc:
        _remove(temporary)
        raise PrintError(f"无法写入 {target}:{exc.strerror or exc}") from None
    except BaseException:
        _remove(temporary)
        raise
    return SignoffResult(target, len(pages), sheet.total, len(sheet.rows))


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _draw_page(page: Page, sheet: SignoffSheet, indexes: range, number: int,
               pages: int) -> None:
    year = "" if str(sheet.year) in sheet.title else f" {sheet.year}年"
    title = f"{sheet.station}{year} {sheet.title} 发放花名册"
    page.label(PAGE_W / 2, 20, title, 16, align="centre", title=True, width=TABLE_W)
    page.label(LEFT, 30, f"打印日期:{chinese_date(sheet.printed_on)}", 9.5)
    page.label(LEFT + TABLE_W, 30, f"第 {number} 页 共 {pages} 页", 9.5, align="right")
    x = LEFT
    for width, header in COLUMNS:
        page.rect(x, TOP, width, HEADER_H)
        page.caption(x, TOP, width, HEADER_H, header, 10.5, title=True)
        x += width
    y = TOP + HEADER_H
    subtotal = Decimal("0.00")
    for index in indexes:
        row = sheet.rows[index]
        _row(page, y, index + 1, row)
        subtotal += row.amount
        y += ROW_H
    _sum_row(page, y, "本页小计", f"{subtotal:,.2f}")
    y += ROW_H
    if number == pages:
        _foot(page, y, sheet.total)


def _row(page: Page, y: float, number: int, row: SignoffRow) -> None:
    cells = (str(number), row.name, row.id_number_masked, row.category.label,
             f"{row.amount:,.2f}", "", "")
    x = LEFT
    for (width, _), text in zip(COLUMNS, cells, strict=True):
        page.rect(x, y, width, ROW_H)
        align: Align = "right" if width == COLUMNS[4][0] and text else "centre"
        page.data("cell", x, y, width, ROW_H, text, 10.5, align=align, wrap_lines=False)
        x += width


def _sum_row(page: Page, y: float, label: str, figures: str) -> None:
    before = sum(width for width, _ in COLUMNS[:4])
    after = TABLE_W - before - COLUMNS[4][0]
    page.rect(LEFT, y, before, ROW_H)
    page.caption(LEFT, y, before, ROW_H, label, 10.5, title=True)
    page.rect(LEFT + before, y, COLUMNS[4][0], ROW_H)
    page.data("sum", LEFT + before, y, COLUMNS[4][0], ROW_H, figures, 10.5, align="right",
              wrap_lines=False)
    page.rect(LEFT + before + COLUMNS[4][0], y, after, ROW_H)


def _foot(page: Page, y: float, total: Decimal) -> None:
    _sum_row(page, y, "合计", f"{total:,.2f}")
    y += ROW_H
    page.rect(LEFT, y, TABLE_W, ROW_H)
    page.data("capital", LEFT, y, TABLE_W, ROW_H,
              f"合计金额(大写):{chinese_capital(total)}    {format_yuan(total)}", 11)
    y += ROW_H + 14
    third = TABLE_W / 3
    for column, signer in enumerate(("经办人", "审核人", "单位负责人")):
        x = LEFT + column * third
        page.label(x, y, f"{signer}:", 11)
        page.line(x + 22, y + 1, x + third - 6, y + 1, 0.4)
    page.label(LEFT + TABLE_W, y + 16, "(公章)", 11, align="right")
    page.label(LEFT + TABLE_W, y + 28, BLANK_DATE, 11, align="right")


assert A4[0] >= TABLE_W * MM
