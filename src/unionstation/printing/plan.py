"""Which pages a print job has and how each is drawn, then writing them with reportlab."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from uuid import UUID

from reportlab.lib.pagesizes import A4, landscape

from unionstation.paths import StationHome
from unionstation.printing import cards, forms, letters
from unionstation.printing.draw import MM, Job, Page
from unionstation.printing.errors import PrintCancelled, PrintError
from unionstation.printing.fonts import FontChoice
from unionstation.services.context import ServiceContext
from unionstation.services.errors import UserError
from unionstation.services.print_data import PrintDataService, PrintMember
from unionstation.services.print_settings import PrintSettingsService

CARD_SIZE = (cards.CARD_W * MM, cards.CARD_H * MM)
Drawer = Callable[..., None]
"""Called with `page=` the Page to draw on."""


@dataclass
class PagePlan:
    size: tuple[float, float]
    draw: Drawer


@dataclass
class PrintPlan:
    pages: list[PagePlan] = field(default_factory=list)
    member_ids: list[UUID] = field(default_factory=list)
    positions: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    fill_in: bool = False


def _sheet(drawer: Callable[[Page, PrintMember, Job], None], slots: list[tuple[float, float]],
           members: list[PrintMember], job: Job, page: Page) -> None:
    cards.crop_marks(page)
    for (x, y), member in zip(slots, members, strict=False):
        drawer(page.at(x, y), member, job)


def plan_pages(context: ServiceContext, home: StationHome, kind: str, member_ids: list[UUID],
               *, layout: str = "sheet", fill_in: bool = False) -> PrintPlan:
    settings = PrintSettingsService(context)
    positions = settings.fill_in_positions(kind) if fill_in else {}
    if kind == "calibration":
        width, height = A4[0] / MM, A4[1] / MM
        return PrintPlan([PagePlan(A4, partial(_calibration, width=width, height=height))],
                         [], {}, fill_in=False)
    if not member_ids:
        raise PrintError("请先选择要打印的会员。")
    data = PrintDataService(context, home.files_dir)
    try:
        members = data.members(member_ids)
        station = data.station()
    except UserError as exc:
        raise PrintError(str(exc)) from None
    job = Job(station.name, station.division_code, settings.texts(), context.today(),
              settings.card_issue_date())
    plan = PrintPlan([], [m.id for m in members], positions, fill_in)
    if kind == "card":
        _card_pages(plan, members, job, layout)
    elif kind == "transfer_letter":
        for member in members:
            record = data.last_transfer_out(member.id)
            if record is None:
                raise PrintError(f"{member.name}没有转出本站的记录,不能打印接转介绍信;"
                                 "请先办理会员关系转出。")
            plan.pages.append(PagePlan(A4, partial(_one, letters.transfer_letter, member, job,
                                                   record)))
    else:
        drawers = {"application": forms.application, "registration": forms.registration,
                   "certificate": letters.certificate}
        size = landscape(A4) if kind == "certificate" else A4
        for member in members:
            plan.pages.append(PagePlan(size, partial(_one, drawers[kind], member, job)))
    return plan


def _one(drawer: Callable[..., None], *args: object, page: Page) -> None:
    member, job, *rest = args
    drawer(page, member, job, *rest)


def _calibration(page: Page, width: float, height: float) -> None:
    letters.calibration(page, width, height)


def _card_pages(plan: PrintPlan, members: list[PrintMember], job: Job, layout: str) -> None:
    without = [m.name for m in members if not m.card_no]
    if without:
        raise PrintError(f"{'、'.join(without[:5])}还没有会员证号,不能打印会员证。")
    if layout == "single":
        for member in members:
            plan.pages.append(PagePlan(CARD_SIZE, partial(_one, cards.front, member, job)))
            plan.pages.append(PagePlan(CARD_SIZE, partial(_one, cards.back, member, job)))
        return
    for start in range(0, len(members), cards.PER_SHEET):
        chunk = members[start:start + cards.PER_SHEET]
        plan.pages.append(PagePlan(A4, partial(_sheet, cards.front, cards.front_slots(),
                                               chunk, job)))
        plan.pages.append(PagePlan(A4, partial(_sheet, cards.back, cards.back_slots(),
                                               chunk, job)))


def write_pdf(path: Path, plan: PrintPlan, fonts: FontChoice, title: str, *,
              offset: tuple[float, float] = (0.0, 0.0),
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=plan.pages[0].size, initialFontName=fonts.body.key,
                    initialFontSize=10)
    canvas.setTitle(title)
    canvas.setCreator("UnionStation")
    total = len(plan.pages)
    for number, planned in enumerate(plan.pages, start=1):
        if cancelled is not None and cancelled():
            raise PrintCancelled("已取消打印,没有生成文件。")
        canvas.setPageSize(planned.size)
        height = planned.size[1] / MM
        page = Page(canvas, fonts, height, plan.fill_in, offset, plan.positions)
        planned.draw(page=page)
        canvas.showPage()
        if progress is not None:
            progress(number, total)
    canvas.save()
