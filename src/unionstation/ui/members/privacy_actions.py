"""A member's personal data on request (PIPL art. 45): everything held on them, and who saw
it, as one PDF or Excel file. Admin only (Action.PRIVACY_EXPORT), audited by the service."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from unionstation.services.context import ServiceContext
from unionstation.services.privacy import PrivacyService
from unionstation.ui.dialogs import report_error
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext

SUFFIXES = (".pdf", ".xlsx")


def write_dossier(services: ServiceContext, member_id: UUID, path: Path) -> Path:
    """The dossier (audited) written as PDF or xlsx by the file's suffix."""
    dossier = PrivacyService(services).dossier(member_id)
    if path.suffix.lower() == ".xlsx":
        from unionstation.exchange.privacy_export import write_dossier_xlsx

        write_dossier_xlsx(dossier, path)
    else:
        from unionstation.printing.privacy_report import write_dossier_pdf

        write_dossier_pdf(dossier, path)
    return path


class PrivacyExport(QObject):
    exported = Signal(object)  # the file written

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.operation: Operation[Path] | None = None

    def export(self, member_id: UUID) -> None:
        dialogs = self.context.dialogs
        path = dialogs.save_file(
            self.tr("Copy of a member's personal data"),
            self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"),
            self.tr("personal data copy.pdf"))
        if path is None:
            return
        if path.suffix.lower() not in SUFFIXES:
            path = path.with_name(path.name + ".pdf")
        services = self.context.services

        def done(written: Path) -> None:
            dialogs.inform(self.tr("Personal data copy"), self.tr(
                "Everything held on this member, and who saw it, is written to\n{0}\n\n"
                "Hand it to the member only; the export is in the audit trail.").format(
                    written))
            self.exported.emit(written)

        def failed(exc: BaseException) -> None:
            report_error(dialogs, self.tr("Personal data copy"), exc,
                         self.context.home.log_file)

        self.operation = Operation(
            self.widget, lambda _p: write_dossier(services, member_id, path),
            label=self.tr("Writing the personal data copy…")).success(done).failure(failed)
        self.operation.run()
