"""A member's own data as one workbook (PIPL: the right to a copy of what is held)."""

from __future__ import annotations

from pathlib import Path

from unionstation.services.privacy import Dossier
from unionstation.store.atomic import atomic_writer

FIELD_SHEET = "个人信息"
HISTORY_SHEET = "履历"
SEEN_SHEET = "查阅记录"


def write_dossier_xlsx(dossier: Dossier, target: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    fields = book.active
    assert fields is not None
    fields.title = FIELD_SHEET
    fields.append(["项目", "内容"])
    for name, value in dossier.fields:
        fields.append([name, value])
    fields.append([])
    fields.append(["导出时间", dossier.made_at.astimezone().strftime("%Y-%m-%d %H:%M")])
    fields.append(["导出人", dossier.made_by])
    history = book.create_sheet(HISTORY_SHEET)
    history.append(["时间", "类别", "摘要", "经办人"])
    for at, kind, summary, officer in dossier.history:
        history.append([at.astimezone().strftime("%Y-%m-%d %H:%M"), kind, summary, officer])
    seen = book.create_sheet(SEEN_SHEET)
    seen.append(["时间", "工作人员", "操作", "说明"])
    for at, officer, action, detail in dossier.seen_by:
        seen.append([at.astimezone().strftime("%Y-%m-%d %H:%M"), officer, action, detail])
    for sheet in (fields, history, seen):
        sheet.column_dimensions["A"].width = 22
        sheet.column_dimensions["B"].width = 40
        sheet.column_dimensions["C"].width = 30
    with atomic_writer(target) as handle:
        book.save(handle)
    return target
