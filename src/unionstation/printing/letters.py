"""入会纪念证书 (landscape certificate), 会员组织关系接转介绍信 (transfer letter with a
tear-off receipt) and the calibration page for pre-printed forms."""

from __future__ import annotations

from unionstation.printing.draw import (
    BLANK_DATE,
    PT_MM,
    Job,
    Page,
    chinese_date,
    fit,
    template,
)
from unionstation.services.print_data import PrintMember
from unionstation.services.transfers import TransferRecord

CERT_W, CERT_H = 297.0, 210.0


def _running_text(page: Page, x: float, y: float, width: float, height: float, text: str,
                  size: float, spacing: float = 1.7) -> None:
    """Fixed wording with the member's values in: a first line (the salutation) flush left,
    the paragraphs after it indented."""
    if page.fill_in:
        return
    first, _, rest = text.partition("\n")
    body = first + "\n" + "\n".join("\u3000\u3000" + p for p in rest.split("\n")) if rest \
        else "\u3000\u3000" + first
    font = page.font("body")
    size, lines = fit(body, font, size, width, height / spacing * 1.25, min_size=8)
    step = size * PT_MM * spacing
    for number, line in enumerate(lines):
        page.label(x, y + size * PT_MM + number * step, line, size)


def certificate(page: Page, member: PrintMember, job: Job) -> None:
    page.rect(9, 9, CERT_W - 18, CERT_H - 18, 2.2)
    page.rect(13, 13, CERT_W - 26, CERT_H - 26, 0.6)
    for cx, cy in ((13, 13), (CERT_W - 19, 13), (13, CERT_H - 19), (CERT_W - 19, CERT_H - 19)):
        page.fill(cx + 1, cy + 1, 4, 4, 0.25)
    page.label(CERT_W / 2, 48, "入 会 纪 念 证 书", 34, align="centre", title=True)
    values = {"name": member.name, "union": member.union_name,
              "joined": chinese_date(member.joined_on), "card_no": member.card_no}
    _running_text(page, 42, 66, CERT_W - 84, 66, template(job.texts["certificate"], values), 18)
    if page.fill_in:
        page.data("name", 42, 66, 80, 12, member.name, 18)
        page.data("union", 42, 88, CERT_W - 84, 12, member.union_name, 16)
        page.data("joined", 42, 104, 80, 12, values["joined"], 16)
    page.label(42, 158, "会员证号:", 12)
    page.data("card_no", 62, 152, 90, 9, member.card_no, 12)
    page.data("station", 150, 146, 105, 12, job.station_name, 16, align="right")
    page.label(255, 166, "(公章)", 12, align="right")
    page.data("issued", 150, 170, 105, 10, chinese_date(job.today), 14, align="right")


def transfer_letter(page: Page, member: PrintMember, job: Job, record: TransferRecord) -> None:
    left, width = 22.0, 166.0
    page.label(105, 30, "会员组织关系接转介绍信", 20, align="centre", title=True)
    page.data("destination", left, 40, width, 10, record.to_name + ":", 14, pad=0)
    values = {"name": member.name, "gender": member.gender, "id_number": member.id_number,
              "union": record.from_name or member.union_name, "card_no": member.card_no,
              "joined": chinese_date(member.joined_on),
              "transfer_on": chinese_date(record.transfer_on), "station": job.station_name}
    _running_text(page, left, 52, width, 50, "\n" + template(job.texts["letter"], values), 13)
    if page.fill_in:
        for number, (name, value) in enumerate(
                (("name", member.name), ("id_number", member.id_number),
                 ("union", values["union"]), ("card_no", member.card_no),
                 ("joined", values["joined"]), ("transfer_on", values["transfer_on"]))):
            page.data(name, left, 54 + number * 8, width, 7, value, 12)
    page.label(left, 112, "特此介绍。", 13)
    page.label(left, 122, "(本介绍信有效期三十天)", 10.5)
    page.data("station", 100, 124, width + left - 100, 10, job.station_name, 13, align="right")
    page.label(left + width, 141, "(公章)", 12, align="right")
    page.data("issued", 100, 143, width + left - 100, 9, chinese_date(record.transfer_on), 13,
              align="right")

    page.line(12, 162, 198, 162, 0.5, dash=(4, 3))
    page.label(105, 160.5, "(沿此线剪下,回执由接收单位填写盖章后寄回)", 9, align="centre")
    page.label(105, 178, "会员组织关系接转回执", 16, align="centre", title=True)
    receipt = template(job.texts["receipt"], values)
    _running_text(page, left, 186, width, 40, receipt, 13)
    page.label(left, 236, "经办人:", 12)
    page.line(left + 18, 237, left + 70, 237, 0.4)
    page.label(left + 76, 236, "接收单位(公章):", 12)
    page.line(left + 116, 237, left + width, 237, 0.4)
    page.label(left + width, 252, BLANK_DATE, 12, align="right")
    page.data("receipt_name", left, 262, width, 8,
              f"会员:{member.name}  会员证号:{member.card_no}  转往:{record.to_name}", 9)


def calibration(page: Page, width: float, height: float) -> None:
    """A measured grid: thin lines every 5 mm, numbered ones every 10 mm, and a cross at
    (20, 20) mm from the top-left. The distance from the paper's edges to where the cross
    lands, less 20 mm, is the printer's offset."""
    for mm in range(0, int(width) + 1, 5):
        page.line(mm, 0, mm, height, 0.5 if mm % 10 == 0 else 0.15)
    for mm in range(0, int(height) + 1, 5):
        page.line(0, mm, width, mm, 0.5 if mm % 10 == 0 else 0.15)
    for mm in range(10, int(width), 10):
        page.label(mm + 0.6, 33.0, str(mm), 6)
    for mm in range(10, int(height), 10):
        page.label(31.0, mm - 0.6, str(mm), 6)
    page.line(20, 10, 20, 30, 1.0)
    page.line(10, 20, 30, 20, 1.0)
    for tick in range(0, 21):
        long = 2.0 if tick % 5 == 0 else 1.0
        page.line(20 + tick, 20, 20 + tick, 20 + long, 0.2)
        page.line(20, 20 + tick, 20 + long, 20 + tick, 0.2)
    page.fill(45, 60, 130, 44, 1.0)
    page.rect(45, 60, 130, 44, 0.6)
    page.label(110, 70, "套打校准页", 16, align="centre", title=True)
    lines = ("十字中心应在距纸张左边 20 毫米、上边 20 毫米处。",
             "量出它实际离左边和上边的距离,减去 20 即为左右、上下偏移;",
             "向右、向下为正,向左、向上为负。把偏移填入本打印机的套打设置,",
             "再打一次本页检查:十字中心应正好落在 20、20 处。")
    for number, text in enumerate(lines):
        page.label(50, 80 + number * 6.5, text, 10)
