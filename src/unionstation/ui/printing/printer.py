"""Putting a rendered PDF on paper, and saving a copy of it; no widgets but the print dialog.

The PDF is the document: pages are rasterised with QPdfDocument (the same renderer as the
preview) and painted 1:1 from the paper's corner, shifted by the printer's measured offset, so
a pre-printed form gets its data where the calibration said it lands.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from unionstation.services.errors import UserError
from unionstation.ui.operations import Cancelled

#: Rasterise at no more than this: 300 dpi is what office printers resolve, and an A4 page at
#: 1200 dpi would be a 560 MB image.
MAX_RASTER_DPI = 300
MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0

PrinterChooser = Callable[[QPrinter, QWidget | None], bool]
"""Shows the print dialog for `printer` (printer, copies, duplex); False if the officer
cancelled. Replaced in tests by one that points the printer at a PDF file."""


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


class PrintFailed(UserError):
    """The printer refused the job (offline, no paper size, file not writable)."""


def prepare_printer(page_points: QSizeF, title: str, *, duplex: bool) -> QPrinter:
    """A printer set up for pages of `page_points`, painted from the paper's corner."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    portrait = QSizeF(min(page_points.width(), page_points.height()),
                      max(page_points.width(), page_points.height()))
    orientation = (QPageLayout.Orientation.Landscape
                   if page_points.width() > page_points.height()
                   else QPageLayout.Orientation.Portrait)
    printer.setPageLayout(QPageLayout(QPageSize(portrait, QPageSize.Unit.Point), orientation,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(title)
    if duplex:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    return printer


def print_pdf(pdf: Path, printer: QPrinter, *, offset_mm: tuple[float, float],
              progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
    """Paint every page of `pdf` on `printer`; returns the number of sheets sent.

    Runs on the worker: QPainter on a QPrinter is allowed off the GUI thread, and the
    QPdfDocument here is the worker's own, not the preview's."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise PrintFailed(QCoreApplication.translate(
            "PrintOutput", "Could not read the file to print: {0}").format(pdf))
    try:
        pages = document.pageCount()
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        total = pages * copies
        resolution = printer.resolution()
        raster_dpi = min(resolution, MAX_RASTER_DPI)
        dx = offset_mm[0] / MM_PER_INCH * resolution
        dy = offset_mm[1] / MM_PER_INCH * resolution
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(QCoreApplication.translate(
                "PrintOutput", "The printer “{0}” could not start printing. Check that it is "
                "connected and switched on.").format(
                    printer.printerName() or printer.outputFileName()))
        sent = 0
        try:
            for _copy in range(copies):
                for page in range(pages):
                    if cancelled():
                        printer.abort()
                        raise Cancelled()
                    if sent:
                        printer.newPage()
                    size = document.pagePointSize(page)
                    target = QRectF(dx, dy, size.width() / POINTS_PER_INCH * resolution,
                                    size.height() / POINTS_PER_INCH * resolution)
                    painter.drawImage(target, _page_image(document, page, size, raster_dpi))
                    sent += 1
                    progress(sent, total)
        finally:
            if painter.isActive():
                painter.end()
        return sent
    finally:
        document.close()


def _page_image(document: QPdfDocument, page: int, points: QSizeF, dpi: int) -> QImage:
    """The page on white: PDFium renders on transparent, which some drivers print black."""
    size = QSize(round(points.width() / POINTS_PER_INCH * dpi),
                 round(points.height() / POINTS_PER_INCH * dpi))
    rendered = document.render(page, size)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def save_copy(source: Path, target: Path) -> None:
    """Copy under a temporary name beside `target`, then rename: never a half-written PDF."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise PrintFailed(QCoreApplication.translate(
            "PrintOutput", "Could not save {0}: {1}").format(target, exc.strerror or exc)) from exc
