"""What the CLI and the window call to print: one function, one result.

`render_to_pdf` raises PrintError (a UserError) with a message for the officer, and its
subclass PrintCancelled when `cancelled()` turned true; in both cases no file is left.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from uuid import UUID

from unionstation.paths import StationHome
from unionstation.printing.errors import PrintCancelled, PrintError
from unionstation.services.context import ServiceContext

__all__ = ["DOCUMENT_TITLES", "CardLayout", "DocumentKind", "PrintCancelled", "PrintError",
           "PrintResult", "card_member_ids", "render_to_pdf"]

DocumentKind = Literal[
    "application", "registration", "card", "certificate", "transfer_letter", "calibration"
]
CardLayout = Literal["single", "sheet"]

DOCUMENT_TITLES: dict[str, str] = {
    "application": "入会申请书",
    "registration": "会员登记表",
    "card": "会员证",
    "certificate": "入会纪念证书",
    "transfer_letter": "会员组织关系接转介绍信",
    "calibration": "套打校准页",
}


@dataclass(frozen=True)
class PrintResult:
    out: Path
    pages: int
    font: str


def render_to_pdf(
    context: ServiceContext,
    home: StationHome,
    kind: DocumentKind,
    member_ids: Sequence[UUID],
    out: Path,
    *,
    layout: CardLayout = "sheet",
    fill_in: bool = False,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    record_history: bool = True,
) -> PrintResult:
    """Write `out` atomically (temporary name, then rename); note each member's print in
    their history when `record_history`. `fill_in` prints only the data, shifted by
    `offset_mm` (x, y), for pre-printed forms. Raises PrintError with an officer's message."""
    from unionstation.printing.fonts import choose_fonts
    from unionstation.printing.plan import plan_pages, write_pdf
    from unionstation.services.history import HistoryService
    from unionstation.services.print_settings import PrintSettingsService

    if kind not in DOCUMENT_TITLES:
        raise PrintError(f"不认识的打印内容:{kind}")
    settings = PrintSettingsService(context)
    fonts = choose_fonts(settings.font_path())
    plan = plan_pages(context, home, kind, list(member_ids), layout=layout, fill_in=fill_in)
    target = Path(out)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                             dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise PrintError(f"无法写入 {target}:{exc.strerror or exc}") from None
    try:
        write_pdf(Path(temporary), plan, fonts, DOCUMENT_TITLES[kind],
                  offset=offset_mm, progress=progress, cancelled=cancelled)
        os.replace(temporary, target)
    except OSError as exc:
        _remove(temporary)
        raise PrintError(f"无法写入 {target}:{exc.strerror or exc}") from None
    except BaseException:
        _remove(temporary)
        raise
    if record_history and plan.member_ids:
        HistoryService(context).record_print(plan.member_ids, DOCUMENT_TITLES[kind])
    return PrintResult(target, len(plan.pages), fonts.name)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def card_member_ids(context: ServiceContext, *, union_id: UUID | None = None,
                    drive_id: UUID | None = None, all_active: bool = False) -> list[UUID]:
    """Members who get cards: a union's, a drive's, or every active member (members who
    keep their membership in retirement included), in card-number order; members without
    a card number are left out."""
    from unionstation.domain.codes import MemberStatus
    from unionstation.services.member_query import MemberFilter, MemberQueryService

    chosen = sum((union_id is not None, drive_id is not None, all_active))
    if chosen != 1:
        raise PrintError("请选择一个基层工会、一次集中入会或全部会员中的一项。")
    criteria = MemberFilter(union_id=union_id, drive_id=drive_id,
                            statuses=(MemberStatus.ACTIVE, MemberStatus.RETIRED))
    query = MemberQueryService(context)
    total = query.count(criteria)
    rows = query.rows(criteria, limit=max(total, 1), sort="card_no")
    return [row.id for row in rows if row.card_no]
