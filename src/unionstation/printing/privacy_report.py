"""A member's own data as one PDF: the fields held, the history, and who saw them."""

from __future__ import annotations

from pathlib import Path

from unionstation.printing.fonts import choose_fonts
from unionstation.services.privacy import Dossier
from unionstation.store.atomic import atomic_writer


def write_dossier_pdf(dossier: Dossier, target: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = choose_fonts()
    body = ParagraphStyle("body", fontName=fonts.body.key, fontSize=10, leading=14,
                          wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontName=fonts.title.key, fontSize=14,
                             leading=20, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("title", parent=heading, fontSize=18, leading=26, alignment=1)

    def table(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
        cells = [[Paragraph(text, body) for text in row] for row in [header, *rows]]
        made = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1)
        made.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return made

    def when(at: object) -> str:
        from datetime import datetime

        return at.astimezone().strftime("%Y-%m-%d %H:%M") if isinstance(at, datetime) else ""

    story: list[object] = [
        Paragraph("个人信息副本", title),
        Paragraph(f"导出时间 {when(dossier.made_at)},经办人 {dossier.made_by}", body),
        Paragraph("一、本会保存的个人信息", heading),
        table(["项目", "内容"], [[k, v] for k, v in dossier.fields], [50, 120]),
        Paragraph("二、履历", heading),
        table(["时间", "类别", "摘要", "经办人"],
              [[when(a), k, s, o] for a, k, s, o in dossier.history] or [["", "", "无", ""]],
              [32, 28, 80, 30]),
        Paragraph("三、谁查看或导出过这些信息", heading),
        table(["时间", "工作人员", "操作", "说明"],
              [[when(a), o, act, d] for a, o, act, d in dossier.seen_by]
              or [["", "", "无", ""]], [32, 30, 40, 68]),
        Spacer(1, 6 * mm),
    ]
    with atomic_writer(target) as handle:
        SimpleDocTemplate(handle, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=16 * mm, bottomMargin=16 * mm,
                          title="个人信息副本").build(story)
    return target
