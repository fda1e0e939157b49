"""会员证: ISO ID-1 cards (85.6×54 mm), one per page or ten on an A4 sheet with crop marks.

The back of a sheet is mirrored left to right, so that after long-edge duplex each back
lands behind its front. The QR code (`US1:<station code>:<card number>`) is encoded with
segno and drawn as one path of filled runs: a `QrCodeWidget` drawing is many times slower.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.pagesizes import A4

from unionstation.printing.draw import MM, Job, Page, chinese_date
from unionstation.services.print_data import PrintMember

CARD_W, CARD_H = 85.6, 54.0
PAGE_W, PAGE_H = A4[0] / MM, A4[1] / MM
COLUMNS, ROWS = 2, 5
PER_SHEET = COLUMNS * ROWS
GAP_X, GAP_Y = 4.0, 2.0
MARGIN_X = (PAGE_W - COLUMNS * CARD_W - (COLUMNS - 1) * GAP_X) / 2
MARGIN_Y = (PAGE_H - ROWS * CARD_H - (ROWS - 1) * GAP_Y) / 2
MARK_GAP, MARK_LEN = 1.5, 4.0


def qr_payload(station_code: str, card_no: str) -> str:
    return f"US1:{station_code}:{card_no}"


def front_slots() -> list[tuple[float, float]]:
    """Top-left corners (mm) of the ten cards on a sheet, row by row."""
    return [(MARGIN_X + column * (CARD_W + GAP_X), MARGIN_Y + row * (CARD_H + GAP_Y))
            for row in range(ROWS) for column in range(COLUMNS)]


def back_slots() -> list[tuple[float, float]]:
    """Where each front's back goes: mirrored left-right for long-edge duplex."""
    return [(PAGE_W - x - CARD_W, y) for x, y in front_slots()]


def issue_date(member: PrintMember, job: Job) -> date:
    """The card's 发证日期: the day it is printed, or the joining date, as the station set."""
    return member.joined_on if job.card_issue == "joined" else job.today


def front(page: Page, member: PrintMember, job: Job) -> None:
    page.label(CARD_W / 2, 8.6, "中华全国总工会会员证", 12, align="centre", title=True)
    page.line(6, 11.2, CARD_W - 6, 11.2, 0.8)
    page.line(6, 12.1, CARD_W - 6, 12.1, 0.3)
    photo_x, photo_y, photo_w, photo_h = 5.0, 15.5, 22.0, 30.8
    if member.photo is None:
        page.rect(photo_x, photo_y, photo_w, photo_h, 0.3)
        page.caption(photo_x, photo_y, photo_w, photo_h, "照片", 7)
    page.photo("photo", photo_x, photo_y, photo_w, photo_h, member.photo)
    x, label_w, value_w = 30.0, 11.0, CARD_W - 30.0 - 11.0 - 4.0
    rows = (("姓　名", member.name, "name", 7.0, 11.0),
            ("工　会", member.union_name, "union", 10.0, 7.0),
            ("证　号", member.card_no, "card_no", 6.0, 8.5),
            ("发证日期", chinese_date(issue_date(member, job)), "issued", 6.0, 7.5))
    y = 15.5
    for caption, value, name, height, size in rows:
        page.caption(x, y, label_w, height, caption, 6, align="left")
        page.data(name, x + label_w, y, value_w, height, value, size, pad=0.8)
        page.line(x + label_w, y + height, x + label_w + value_w, y + height, 0.25)
        y += height + 0.6
    page.data("station", 5, 48.0, CARD_W - 10, 4.5, job.station_name, 6.5, align="centre")


def back(page: Page, member: PrintMember, job: Job) -> None:
    page.label(CARD_W / 2, 8.0, job.station_name, 9, align="centre", title=True,
               width=CARD_W - 10)
    page.line(6, 10.5, CARD_W - 6, 10.5, 0.4)
    page.label(5, 15.5, "须　知", 7.5, title=True)
    _notice(page, job.texts["card_notice"])
    size = 22.0
    qr_x, qr_y = CARD_W - 5 - size, 13.5
    draw_qr(page, qr_payload(job.station_code, member.card_no), qr_x, qr_y, size)
    page.data("card_no_back", qr_x - 2, qr_y + size + 0.8, size + 4, 4.0, member.card_no, 6,
              align="centre", pad=0.2, wrap_lines=False)
    page.label(CARD_W - 5 - size / 2, qr_y + size + 8.5, "扫码核验", 6, align="centre")


def _notice(page: Page, text: str) -> None:
    if page.fill_in:
        return
    page.caption(3.8, 18.0, 51, 31, text, 6.5, align="left", top=True)


def draw_qr(page: Page, payload: str, x: float, y: float, size: float,
            mask: int | None = None) -> None:
    """The QR code as one filled path: one rectangle per horizontal run of dark modules.
    A fixed `mask` spares segno trying all eight (most of its time): sheets of many labels
    use one."""
    import segno

    matrix = segno.make(payload, error="m", micro=False, mask=mask).matrix
    modules = len(matrix)
    cell = size / modules
    canvas = page.canvas
    path = canvas.beginPath()
    left, top = page.point(x, y)
    step = cell * MM
    for row_number, row in enumerate(matrix):
        start = -1
        for column, dark in enumerate(row):
            if dark and start < 0:
                start = column
            elif not dark and start >= 0:
                path.rect(left + start * step, top - (row_number + 1) * step,
                          (column - start) * step, step)
                start = -1
        if start >= 0:
            path.rect(left + start * step, top - (row_number + 1) * step,
                      (modules - start) * step, step)
    canvas.drawPath(path, stroke=0, fill=1)


def crop_marks(page: Page) -> None:
    """Marks in the margins on every cut line, clear of the cards."""
    if page.fill_in:
        return
    xs = sorted({x for x, _ in front_slots()} | {x + CARD_W for x, _ in front_slots()})
    ys = sorted({y for _, y in front_slots()} | {y + CARD_H for _, y in front_slots()})
    top, bottom = MARGIN_Y, PAGE_H - MARGIN_Y
    left, right = MARGIN_X, PAGE_W - MARGIN_X
    for x in xs:
        page.line(x, top - MARK_GAP, x, top - MARK_GAP - MARK_LEN, 0.25)
        page.line(x, bottom + MARK_GAP, x, bottom + MARK_GAP + MARK_LEN, 0.25)
    for y in ys:
        page.line(left - MARK_GAP, y, left - MARK_GAP - MARK_LEN, y, 0.25)
        page.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LEN, y, 0.25)
