"""The recovery sheet printed at set-up: the code that opens the station when every
officer's password is lost. It is meant for the office safe, never for a drawer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from unionstation.printing.fonts import choose_fonts
from unionstation.store.atomic import atomic_writer


def write_recovery_sheet(target: Path, station: str, division_code: str, code: str,
                         today: date | None = None) -> Path:
    """One A4 page: the station, the code in large type, and what to do with it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    fonts = choose_fonts()
    body, title = fonts.body.key, fonts.title.key
    with atomic_writer(target) as handle:
        canvas = Canvas(handle, pagesize=A4)
        width, height = A4
        canvas.setFont(title, 20)
        canvas.drawCentredString(width / 2, height - 40 * mm, "UnionStation 数据恢复码")
        canvas.setFont(body, 12)
        lines = [
            f"工会站点:{station}({division_code})",
            f"打印日期:{(today or date.today()).isoformat()}",
            "",
            "所有工作人员都忘记密码时,用下面的恢复码可以重新打开本站数据:",
            "    unionstation officers recover --code 恢复码 [登录名]",
            "",
        ]
        y = height - 60 * mm
        for line in lines:
            canvas.drawString(25 * mm, y, line)
            y -= 8 * mm
        canvas.setFont("Courier-Bold", 22)
        canvas.drawCentredString(width / 2, y - 6 * mm, code)
        canvas.rect(20 * mm, y - 14 * mm, width - 40 * mm, 22 * mm)
        canvas.setFont(body, 12)
        y -= 30 * mm
        for line in ("请将本页锁进办公室保险柜,不要拍照,不要存在电脑或网盘里。",
                     "拿到本页的人可以读取全部会员数据。恢复后请重新打印新的恢复码。"):
            canvas.drawString(25 * mm, y, line)
            y -= 8 * mm
        canvas.showPage()
        canvas.save()
    return target
