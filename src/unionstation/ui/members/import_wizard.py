"""Importing a roster, step by step: file, columns, preview and choices, run with cancel.

Reading, checking and writing go through `exchange.roster_import`; the import itself runs
on the worker (ui.operations) with a progress dialog whose cancel rolls everything back.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget, QWizard

from unionstation.domain.permissions import Action
from unionstation.exchange.roster_import import (
    ImportCancelled,
    ImportOptions,
    ImportSummary,
    RosterImporter,
    RosterSheet,
    backup_after_import,
    load_roster,
)
from unionstation.services.errors import UserError
from unionstation.services.import_mappings import ImportMappingService, SavedMapping
from unionstation.services.unions import UnionService
from unionstation.ui.members.import_wizard_pages import (
    PREVIEW_ROWS,
    FilePage,
    MappingPage,
    PreviewPage,
    RunPage,
)
from unionstation.ui.operations import Operation, Progress
from unionstation.ui.page_context import PageContext
from unionstation.ui.screen import fit_to_screen

ROSTER_FILTER = "*.xlsx *.xls *.csv"


class ImportWizard(QWizard):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._importer = RosterImporter(context.services)
        self._mappings = ImportMappingService(context.services)
        self.sheet: RosterSheet | None = None
        self.summary: ImportSummary | None = None
        self._saved: list[SavedMapping] = []
        self.setWindowTitle(self.tr("Import a member roster"))
        self.file_page = FilePage(self.choose_file, self._sheet_changed)
        self.mapping_page = MappingPage(self._header_changed, self._saved_chosen,
                                        self.save_mapping)
        self.preview_page = PreviewPage()
        self.preview_page.refresh = self.refresh_preview
        self.preview_page.unmasked_report.setEnabled(
            context.services.may(Action.EXPORT_UNMASKED))
        self.run_page = RunPage(self.start, self.open_report)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)
        fit_to_screen(self, 900, 620)

    # -- file and sheet --------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self._context.dialogs.open_file(
            self.tr("Choose the roster"), self.tr("Spreadsheets (%1)").replace(
                "%1", ROSTER_FILTER))
        if path is not None:
            self.load(path)

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the file on the worker (a large roster takes seconds); the window stays live."""
        self.file_page.choose_button.setEnabled(False)
        self.file_page.sheet_combo.setEnabled(False)
        self.reading: Operation[RosterSheet] = Operation(
            self, lambda _progress: load_roster(path, sheet),
            label=self.tr("Reading the roster…"))
        self.reading.success(lambda loaded: self._loaded(path, loaded)).failure(
            self._not_loaded).run()

    def _not_loaded(self, exc: BaseException) -> None:
        self._reading_done()
        if not isinstance(exc, UserError):
            raise exc
        self._context.dialogs.warn(self.tr("Cannot read the roster"), str(exc))

    def _reading_done(self) -> None:
        self.file_page.choose_button.setEnabled(True)
        self.file_page.sheet_combo.setEnabled(True)

    def _loaded(self, path: Path, loaded: RosterSheet) -> None:
        self._reading_done()
        self.sheet = loaded
        self.file_page.path_label.setText(str(path))
        combo = self.file_page.sheet_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(loaded.sheet_names)
        combo.setCurrentText(loaded.sheet)
        combo.blockSignals(False)
        self._show_mapping()
        self.file_page.loaded = True
        self.file_page.completeChanged.emit()

    def _sheet_changed(self, name: str) -> None:
        if self.sheet is not None and name != self.sheet.sheet:
            self.load(self.sheet.path, name)

    # -- mapping ---------------------------------------------------------------------------

    def _show_mapping(self) -> None:
        assert self.sheet is not None
        header = self.sheet.header
        spin = self.mapping_page.header_spin
        spin.blockSignals(True)
        spin.setValue(header.row)
        spin.blockSignals(False)
        self._saved = self._mappings.matching(header.headers)
        saved = self.mapping_page.saved_combo
        saved.clear()
        saved.addItem(self.tr("(as detected)"))
        for mapping in self._saved:
            saved.addItem(mapping.name)
        if self._saved:
            saved.setCurrentIndex(1)
            self.mapping_page.show_columns(header.headers, list(self._saved[0].fields))
        else:
            self.mapping_page.show_columns(header.headers, header.fields)

    def _header_changed(self, row: int) -> None:
        if self.sheet is not None:
            self.sheet = self.sheet.with_header_row(row)
            self._show_mapping()

    def _saved_chosen(self, index: int) -> None:
        if self.sheet is None:
            return
        fields = (list(self._saved[index - 1].fields) if index > 0
                  else self.sheet.header.fields)
        self.mapping_page.show_columns(self.sheet.header.headers, fields)

    def save_mapping(self, name: str) -> None:
        if self.sheet is None:
            return
        try:
            self._mappings.save(name, self.sheet.header.headers, self.mapping_page.fields())
        except UserError as exc:
            self._context.dialogs.warn(self.tr("Cannot save the mapping"), str(exc))
            return
        self._context.dialogs.inform(self.tr("Mapping saved"),
                                     self.tr("It will be offered for sheets with the "
                                             "same headers."))

    # -- preview and run -------------------------------------------------------------------

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.preview_page:
            self.preview_page.has_union_column = "union" in self.mapping_page.fields()
            self.preview_page.set_unions(UnionService(self._context.services).choices())
            self.refresh_preview()
            self.preview_page.completeChanged.emit()

    def refresh_preview(self) -> None:
        if self.sheet is None:
            return
        try:
            outcomes = self._importer.check(self.sheet, self.mapping_page.fields(),
                                            self._default_union(), limit=PREVIEW_ROWS)
        except UserError as exc:
            self._context.dialogs.warn(self.tr("Cannot preview"), str(exc))
            return
        self.preview_page.show_rows(outcomes)

    def _default_union(self) -> UUID | None:
        return self.preview_page.chosen_union()

    def import_options(self) -> ImportOptions:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        reports = self._context.home.root / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        return ImportOptions(
            fields=self.mapping_page.fields(), default_union=self._default_union(),
            update_existing=self.preview_page.update_radio.isChecked(),
            all_or_nothing=self.preview_page.all_or_nothing.isChecked(),
            unmasked_report=self.preview_page.unmasked_report.isChecked(),
            report=reports / f"import-report-{stamp}.xlsx", backup_to=self._context.home)

    def start(self) -> None:
        if self.sheet is None:
            return
        sheet, options = self.sheet, self.import_options()
        self.run_page.start_button.setEnabled(False)
        self.operation: Operation[ImportSummary] = Operation(
            self, lambda progress: self._work(progress, sheet, options),
            label=self.tr("Importing the roster…"), cancellable=True)
        self.operation.success(lambda summary: self._finished(summary, options)).failure(
            self._failed).cancelled(self._cancelled).run()

    def _work(self, progress: Progress, sheet: RosterSheet,
              options: ImportOptions) -> ImportSummary:
        try:
            return self._importer.run(sheet, options, progress=progress.report,
                                      cancelled=lambda: progress.cancelled)
        except ImportCancelled:
            progress.cancel()
            progress.check()
            raise

    def _finished(self, summary: ImportSummary, options: ImportOptions | None = None) -> None:
        self.summary = summary
        if options is not None:  # the copy after the import, on the worker, once shown
            self.copying: Operation[None] = Operation(
                self, lambda _progress: backup_after_import(summary, options))
            self.copying.run()
        page = self.run_page
        text = self.tr("%1 rows: %2 imported, %3 updated, %4 skipped, %5 not imported, "
                       "%6 with warnings.")
        for index, value in enumerate((summary.rows, summary.imported, summary.updated,
                                       summary.skipped, summary.rejected, summary.warnings)):
            text = text.replace(f"%{index + 1}", str(value))
        reasons = Counter(r.reason for r in summary.rejections)
        if reasons:
            reason, count = reasons.most_common(1)[0]
            text += "\n" + self.tr("Most often not imported (%1 rows): %2").replace(
                "%1", str(count)).replace("%2", reason)
        if summary.blocked:
            text += " " + self.tr("Some rows are not good, so nothing was imported.")
        if summary.backup is not None:
            text += "\n" + self.tr("A copy of the data as it was before the import was "
                                   "saved in %1.").replace("%1", str(summary.backup))
        page.summary.setText(text)
        page.report = summary.report
        page.report_button.setEnabled(summary.report is not None)
        page.finished = True
        page.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.run_page.start_button.setEnabled(True)
        if isinstance(exc, UserError):
            self._context.dialogs.warn(self.tr("Import failed"), str(exc))
            return
        raise exc

    def _cancelled(self) -> None:
        self.run_page.start_button.setEnabled(True)
        self.run_page.summary.setText(self.tr("Cancelled: nothing was imported."))

    def open_report(self) -> None:
        if self.run_page.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.run_page.report)))
