"""What the CLI and the Homes page call to print venue paper: one function per document,
each writing its PDF atomically and returning the PrintResult the members' prints do."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from uuid import UUID

from reportlab.lib.pagesizes import A4, A5

from unionstation.domain.permissions import Action
from unionstation.printing import asset_labels, venue_papers
from unionstation.printing.api import PrintResult
from unionstation.printing.draw import Job, Page
from unionstation.printing.errors import PrintError
from unionstation.printing.fonts import choose_fonts
from unionstation.printing.plan import PagePlan, PrintPlan, write_pdf
from unionstation.services.context import ServiceContext
from unionstation.services.homes.assets import AssetFilter, AssetService
from unionstation.services.homes.service_logs import ServiceLogService
from unionstation.services.homes.stocktakes import StocktakeService
from unionstation.services.homes.venues import VenueService
from unionstation.services.print_settings import PrintSettingsService
from unionstation.services.station import StationService

__all__ = ["LabelResult", "print_asset_tags", "print_checklist", "print_stocktake",
           "print_subsidy", "print_venue_plate"]


@dataclass(frozen=True)
class LabelResult:
    out: Path
    pages: int
    font: str
    labels: int


def _job(context: ServiceContext) -> Job:
    station = StationService(context).require()
    return Job(station.name, station.division_code, PrintSettingsService(context).texts(),
               context.today())


def _write(context: ServiceContext, out: Path, title: str, pages: list[PagePlan],
           offset: tuple[float, float] = (0.0, 0.0)) -> PrintResult:
    context.require(Action.PRINT, title)
    if not pages:
        raise PrintError("没有可以打印的内容。")
    fonts = choose_fonts(PrintSettingsService(context).font_path())
    target = Path(out)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                             dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise PrintError(f"无法写入 {target}:{exc.strerror or exc}") from None
    try:
        write_pdf(Path(temporary), PrintPlan(pages), fonts, title, offset=offset)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return PrintResult(target, len(pages), fonts.name)


def _page(drawer: Callable[..., None], *args: object, page: Page) -> None:
    drawer(page, *args)


def print_asset_tags(context: ServiceContext, out: Path, *, venue: str | UUID | None = None,
                     tags: list[str] | None = None, printer: str = "",
                     offset: tuple[float, float] | None = None) -> LabelResult:
    """The label sheets of a venue's assets (scrapped ones left out) or of the tags given,
    shifted by `offset` mm, else by the saved offset of `printer`."""
    service = AssetService(context)
    if venue is not None:
        venue_id = VenueService(context).get(venue).id
        assets = service.rows(AssetFilter(venue_id=venue_id, include_scrapped=False))
    else:
        wanted = [t for t in (tags or []) if t.strip()]
        if not wanted:
            raise PrintError("请给出阵地或至少一个资产标签。")
        found = {a.tag: a for a in service.rows(AssetFilter(tags=wanted))}
        missing = [t for t in wanted if t.strip().upper() not in found]
        if missing:
            raise PrintError(f"找不到资产标签:{'、'.join(missing[:5])}")
        assets = [found[t.strip().upper()] for t in wanted]
    job = _job(context)
    if offset is None:
        offset = PrintSettingsService(context).printer_offset(printer) if printer else (0, 0)
    per = asset_labels.PER_SHEET
    pages = [PagePlan(A4, partial(_page, asset_labels.sheet, assets[i:i + per],
                                  job.station_code)) for i in range(0, len(assets), per)]
    result = _write(context, out, "资产标签", pages, offset)
    return LabelResult(result.out, result.pages, result.font, len(assets))


def print_venue_plate(context: ServiceContext, out: Path, venue: str | UUID) -> PrintResult:
    row = VenueService(context).get(venue)
    return _write(context, out, "阵地二维码牌",
                  [PagePlan(A5, partial(_page, venue_papers.plate, row, _job(context)))])


def print_checklist(context: ServiceContext, out: Path, venue: str | UUID) -> PrintResult:
    venues = VenueService(context)
    row = venues.get(venue)
    checklist = venues.checklist(row.id)
    return _write(context, out, "阵地建设自评表", [PagePlan(A4, partial(
        _page, venue_papers.self_assessment, checklist, row, _job(context)))])


def print_stocktake(context: ServiceContext, out: Path, stocktake: str | UUID) -> PrintResult:
    view = StocktakeService(context).view(stocktake)
    job = _job(context)
    size = venue_papers.STOCKTAKE_ROWS
    chunks = [view.lines[i:i + size] for i in range(0, len(view.lines), size)] or [[]]
    pages = [PagePlan(A4, partial(_page, venue_papers.stocktake_page, view, chunk, job,
                                  number, len(chunks)))
             for number, chunk in enumerate(chunks, start=1)]
    return _write(context, out, "资产盘点表", pages)


def print_subsidy(context: ServiceContext, out: Path, venue: str | UUID,
                  month: date) -> PrintResult:
    claim = ServiceLogService(context).claim(venue, month)
    return _write(context, out, "服务补贴申领表", [PagePlan(A4, partial(
        _page, venue_papers.subsidy_claim, claim, _job(context)))])
