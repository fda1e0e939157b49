"""Export from the register: the member ledger of the current filter, and the blank template.

    self.filters.export_button.setMenu(ExportActions(context, self).menu(self.current_filter))

Both ask where to save; the ledger also asks whether to write whole ID numbers (masked
unless the officer says so, and audited either way), then runs on the worker with progress
and cancel, and says where the file went. A cancel or a failure leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from unionstation.exchange.ledger import ExportCancelled
from unionstation.exchange.member_ledger import LedgerResult, export_member_ledger
from unionstation.exchange.template import export_template
from unionstation.services.member_query import MemberFilter
from unionstation.ui.dialogs import report_error, with_suffix
from unionstation.ui.operations import Cancelled, Operation, Progress
from unionstation.ui.page_context import PageContext

XLSX = ".xlsx"


class ExportActions(QObject):
    """The register's Export menu; the methods can be called directly too."""

    #: A file was written (its path); for tests and for views that want to know.
    exported = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.operation: Operation[object] | None = None
        #: Whether the role may export whole ID numbers (else they are masked unasked).
        self.may_unmask = True

    def menu(self, criteria: Callable[[], MemberFilter],
             order: Callable[[], tuple[str, bool]] | None = None) -> QMenu:
        """`criteria()` (and `order()`: the sort key and whether descending) are read
        when the officer chooses, so the ledger lists what the register shows."""
        menu = QMenu(self.tr("Export"), self.widget)
        ledger = menu.addAction(self.tr("Member ledger of the current list (Excel)…"))
        ledger.setObjectName("export_ledger")
        ledger.triggered.connect(lambda *_checked: self.export_ledger(
            criteria(), *(order() if order is not None else ("name", False))))
        template = menu.addAction(self.tr("Blank import template (Excel)…"))
        template.setObjectName("export_template")
        template.triggered.connect(lambda *_checked: self.save_template())
        return menu

    def export_ledger(self, criteria: MemberFilter, sort: str = "name",
                      descending: bool = False) -> None:
        dialogs = self.context.dialogs
        path = dialogs.save_file(
            self.tr("Export member ledger"), self.tr("Excel workbook (*.xlsx)"),
            self._suggested(self.tr("{0} member ledger {1}.xlsx")))
        if path is None:
            return
        path = with_suffix(path, XLSX)
        unmasked = self.may_unmask and dialogs.confirm(self.tr("ID numbers in the ledger"), self.tr(
            "Write the full ID numbers into the ledger?\n\n"
            "Choose No to write them masked (330106********1234), which is enough for "
            "most purposes. A ledger with full numbers holds personal data: keep it safe. "
            "Either choice is recorded in the audit log."))
        services = self.context.services
        writing = self.tr("Writing member {0} of {1}…")

        def work(progress: Progress) -> LedgerResult:
            try:
                return export_member_ledger(
                    services, path, criteria, unmasked=unmasked, sort=sort,
                    descending=descending,
                    progress=lambda done, total: progress.report(
                        done, total, writing.format(done, total)),
                    cancelled=lambda: progress.cancelled)
            except ExportCancelled:
                raise Cancelled() from None

        def done(result: object) -> None:
            assert isinstance(result, LedgerResult)
            kind = (self.tr("with full ID numbers") if result.unmasked
                    else self.tr("with masked ID numbers"))
            dialogs.inform(self.tr("Member ledger exported"), self.tr(
                "%n member(s) written, {0}, to\n{1}", "", result.rows).format(
                    kind, result.path))
            self.exported.emit(result.path)

        self._run(work, done, self.tr("Exporting the member ledger…"), cancellable=True)

    def save_template(self) -> None:
        dialogs = self.context.dialogs
        path = dialogs.save_file(
            self.tr("Save blank import template"), self.tr("Excel workbook (*.xlsx)"),
            self._suggested(self.tr("{0} member import template.xlsx")))
        if path is None:
            return
        path = with_suffix(path, XLSX)
        services = self.context.services

        def done(result: object) -> None:
            dialogs.inform(self.tr("Import template saved"), self.tr(
                "The blank import template was written to\n{0}").format(result))
            self.exported.emit(result)

        self._run(lambda _progress: export_template(services, path), done,
                  self.tr("Writing the import template…"), cancellable=False)

    def report(self, exc: BaseException) -> None:
        """The officer's errors as they are; our bugs as an apology and where the log is."""
        report_error(self.context.dialogs, self.tr("Export"), exc, self.context.home.log_file)

    def _run(self, work: Callable[[Progress], object], done: Callable[[object], None],
             label: str, *, cancellable: bool) -> None:
        operation: Operation[object] = Operation(self.widget, work, label=label,
                                                 cancellable=cancellable)
        operation.success(done).failure(self.report).cancelled(self._cancelled)
        self.operation = operation
        operation.run()

    def _cancelled(self) -> None:
        self.context.dialogs.inform(self.tr("Export"),
                                    self.tr("The export was cancelled; no file was written."))

    def _suggested(self, pattern: str) -> str:
        name = pattern.format(self.context.station.name,
                              self.context.services.today().strftime("%Y%m%d"))
        return str(Path.home() / name)
