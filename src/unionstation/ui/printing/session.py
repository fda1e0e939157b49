"""One document in preview: its temporary PDF, the dialog, and what print and save do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter

from unionstation.printing.api import PrintResult
from unionstation.services.errors import UserError
from unionstation.ui.operations import Operation, Progress
from unionstation.ui.printing.calibration import PrinterOffsetDialog
from unionstation.ui.printing.preview import PrintPreviewDialog
from unionstation.ui.printing.printer import prepare_printer, print_pdf, save_copy

if TYPE_CHECKING:
    from unionstation.ui.printing.actions import PrintActions, PrintRequest


class PreviewSession(QObject):
    """Printing and saving are what go into the member's history, not rendering a preview."""

    printed = Signal(int)
    saved = Signal(object)
    rerendered = Signal()
    closed = Signal()

    def __init__(self, actions: PrintActions, request: PrintRequest,
                 result: PrintResult) -> None:
        super().__init__(actions)
        self.actions = actions
        self.request = request
        self.result = result
        self.printer: QPrinter | None = None
        self.offset_dialog: PrinterOffsetDialog | None = None
        dialog = PrintPreviewDialog(
            request.title, actions.widget, offer_fill_in=request.offers_fill_in,
            card_layout=request.layout if request.kind == "card" else None)
        dialog.show_options(request.fill_in, request.layout)
        dialog.print_requested.connect(self.print_document)
        dialog.save_requested.connect(self.save_as)
        dialog.fill_in_changed.connect(lambda on: self._rerender(replace(self.request,
                                                                         fill_in=on)))
        dialog.layout_changed.connect(lambda layout: self._rerender(replace(self.request,
                                                                            layout=layout)))
        dialog.finished.connect(self._finished)
        self.dialog = dialog
        dialog.load(result.out)
        dialog.say(self._pages_text())

    @property
    def pdf(self) -> Path:
        return self.result.out

    def print_document(self) -> None:
        """Ask for the printer (copies, duplex), then print on the worker."""
        dialog = self.dialog
        printer = prepare_printer(dialog.page_points(), self.request.title,
                                  duplex=self.request.duplex)
        if not self.actions.choose_printer(printer, dialog):
            return
        name = printer.printerName()
        try:
            offset = ((0.0, 0.0) if self.request.kind == "calibration" or not name
                      else self.actions.printer_offsets().printer_offset(name))
        except UserError as exc:
            self.actions.report(exc)
            return
        self.printer = printer
        pdf = self.pdf
        dialog.set_busy(True, self.tr("Printing…"))

        def work(progress: Progress) -> int:
            return print_pdf(pdf, printer, offset_mm=offset,
                             progress=lambda done, total: progress.report(done, total),
                             cancelled=lambda: progress.cancelled)

        Operation(dialog, work, label=self.tr("Printing {0}…").format(self.request.title),
                  cancellable=True).success(self._printed).failure(
            self._print_failed).cancelled(lambda: dialog.set_busy(False)).run()

    def _printed(self, sheets: int) -> None:
        self.dialog.set_busy(False, self.tr("Sent {0} pages to the printer.").format(sheets))
        self._note_in_history()
        if self.request.kind == "calibration":
            self.ask_offset(self.printer.printerName() if self.printer else "")
        self.printed.emit(sheets)

    def _print_failed(self, exc: BaseException) -> None:
        self.dialog.set_busy(False)
        self.actions.report(exc)

    def ask_offset(self, printer_name: str) -> None:
        """The measured offset for `printer_name`, saved when the officer presses Save."""
        try:
            offsets = self.actions.printer_offsets()
            dialog = PrinterOffsetDialog(offsets, printer_name, self.dialog,
                                         on_error=self.actions.report)
        except UserError as exc:
            self.actions.report(exc)
            return
        dialog.accepted.connect(lambda: self.dialog.say(
            self.tr("Offset saved for {0}.").format(dialog.printer_name())))
        self.offset_dialog = dialog
        dialog.open()

    def save_as(self) -> None:
        dialogs = self.actions.context.dialogs
        target = dialogs.save_file(self.tr("Save as PDF"), self.tr("PDF files (*.pdf)"),
                                   f"{self.request.title}.pdf")
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            save_copy(self.pdf, target)
        except UserError as exc:
            self.actions.report(exc)
            return
        self.dialog.say(self.tr("Saved {0}.").format(target))
        self._note_in_history()
        self.saved.emit(target)

    def _note_in_history(self) -> None:
        ids = list(self.request.member_ids)
        if not ids or self.request.kind == "calibration":
            return
        from unionstation.services.history import HistoryService

        history = HistoryService(self.actions.context.services)
        what = self.request.title

        def work(_progress: Progress) -> None:
            history.record_print(ids, what)

        Operation(self.dialog, work).failure(self.actions.report).run()

    def _rerender(self, request: PrintRequest) -> None:
        if request == self.request:
            return
        self.dialog.set_busy(True, self.tr("Preparing {0}…").format(request.title))

        def show(new_request: PrintRequest, result: PrintResult) -> None:
            old = self.pdf
            self.request, self.result = new_request, result
            self.dialog.load(result.out)
            self.dialog.set_busy(False, self._pages_text())
            old.unlink(missing_ok=True)
            self.rerendered.emit()

        def failed(exc: BaseException) -> None:
            self.dialog.show_options(self.request.fill_in, self.request.layout)
            self.dialog.set_busy(False, self._pages_text())
            self.actions.report(exc)

        self.actions.render(request, then=show, on_failure=failed)

    def _pages_text(self) -> str:
        return self.tr("{0} pages, font {1}.").format(self.result.pages, self.result.font)

    def _finished(self, _code: int) -> None:
        self.dialog.document.close()
        self.pdf.unlink(missing_ok=True)
        self.dialog.deleteLater()
        self.closed.emit()
