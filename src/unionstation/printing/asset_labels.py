"""资产标签: 24 labels (3×8, 70×37 mm, standard A4 label stock), each with the tag in large
type, the asset's name, its venue and the QR `US1:A:<station code>:<tag>`. The printer's
offset (the printing issue's calibration) moves the whole sheet."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from unionstation.domain.homes import asset_qr
from unionstation.printing.cards import draw_qr
from unionstation.printing.draw import MM, Page
from unionstation.services.homes.assets import AssetRow

PAGE_W, PAGE_H = A4[0] / MM, A4[1] / MM
LABEL_W, LABEL_H = 70.0, 37.0
COLUMNS, ROWS = 3, 8
PER_SHEET = COLUMNS * ROWS
MARGIN_X = (PAGE_W - COLUMNS * LABEL_W) / 2
MARGIN_Y = (PAGE_H - ROWS * LABEL_H) / 2
QR_SIZE = 27.0
QR_PAD = 5.0
QR_MASK = 2  # fixed: evaluating all eight masks is most of a 1,000-label sheet's time


def slots() -> list[tuple[float, float]]:
    """Top-left corners (mm) of the 24 labels, row by row."""
    return [(MARGIN_X + column * LABEL_W, MARGIN_Y + row * LABEL_H)
            for row in range(ROWS) for column in range(COLUMNS)]


def label(page: Page, asset: AssetRow, station_code: str) -> None:
    draw_qr(page, asset_qr(station_code, asset.tag), QR_PAD, (LABEL_H - QR_SIZE) / 2, QR_SIZE,
            mask=QR_MASK)
    x = QR_PAD + QR_SIZE + 2.5
    width = LABEL_W - x - 2.5
    page.data("tag", x, 4.0, width, 9.0, asset.tag, 13, pad=0, wrap_lines=False)
    page.data("name", x, 14.0, width, 9.5, asset.name, 9, pad=0)
    page.data("venue", x, 24.5, width, 8.0, asset.venue_name, 6.5, pad=0)


def sheet(page: Page, assets: list[AssetRow], station_code: str) -> None:
    for (x, y), asset in zip(slots(), assets, strict=False):
        label(page.at(x, y), asset, station_code)
