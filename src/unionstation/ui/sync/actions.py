"""What the sync page's buttons do: enrol, save the station key, export, take a receipt,
resend everything. Each asks through DialogService, runs the service on the worker and
says what happened; `changed` fires after anything that moves the counts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from unionstation.sync.atomic import write_atomic
from unionstation.sync.documents import Enrolment, read_enrolment, station_key_file_name
from unionstation.sync.outbox import ExportResult
from unionstation.sync.rebase import RebaseOutcome
from unionstation.sync.receipts import AckOutcome
from unionstation.sync.station_sync import SyncService
from unionstation.ui.dialogs import report_error, with_suffix
from unionstation.ui.operations import Operation, Progress
from unionstation.ui.page_context import PageContext
from unionstation.ui.sync.texts import grouped, read_ack_file, read_rebase_file, read_small

T = TypeVar("T")

KEY_SUFFIX = ".key"


class SyncActions(QObject):
    """`changed()` when the counts may have moved; `exported(ExportResult)` after an export."""

    changed = Signal()
    exported = Signal(object)
    enrolled = Signal(object)
    acknowledged = Signal(object)

    def __init__(self, context: PageContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.context = context
        self.widget = widget

    def service(self) -> SyncService:
        return SyncService(self.context.services, self.context.home)

    # -- running on the worker -------------------------------------------------------------

    def _run(self, work: Callable[[Progress], T], done: Callable[[T], None],
             label: str | None = None) -> None:
        def failure(exc: BaseException) -> None:
            self.report(exc)
            self.changed.emit()

        Operation(self.widget, work, label=label).success(done).failure(failure).run()

    def report(self, exc: BaseException) -> None:
        """Sync and service errors as they are (they are written for officers); bugs logged."""
        report_error(self.context.dialogs, self.tr("Reporting"), exc, self.context.home.log_file)

    # -- enrolment and the station key -----------------------------------------------------------

    def import_enrolment(self) -> None:
        path = self.context.dialogs.open_file(
            self.tr("Import enrolment file"),
            self.tr("Enrolment files (*.enrol);;All files (*)"))
        if path is None:
            return

        def read(_progress: Progress) -> tuple[bytes, Enrolment]:
            data = read_small(path)
            return data, read_enrolment(data)

        self._run(read, self._confirm_enrolment)

    def _confirm_enrolment(self, read: tuple[bytes, Enrolment]) -> None:
        data, enrolment = read
        question = self.tr(
            "This enrolment file is from {0} for station {1} ({2}).\n\n"
            "The county's key fingerprint is:\n{3}\n\n"
            "Read it to the county by phone and check that they see the same. "
            "Import the file?").format(enrolment.county_name, enrolment.station_code,
                                       enrolment.station_name,
                                       grouped(enrolment.signing_fingerprint))
        if not self.context.dialogs.confirm(self.tr("Import enrolment file"), question):
            return
        service = self.service()
        self._run(lambda _p: service.enrol(data), self._enrolled)

    def _enrolled(self, enrolment: Enrolment) -> None:
        self.context.dialogs.inform(
            self.tr("Enrolment imported"),
            self.tr("The station is enrolled with {0} as station {1}. Now save the station "
                    "key file for the county to register.").format(
                enrolment.county_name, enrolment.station_code))
        self.enrolled.emit(enrolment)
        self.changed.emit()

    def save_station_key(self) -> None:
        suggested = station_key_file_name(self.context.station.division_code)
        path = self.context.dialogs.save_file(
            self.tr("Save station key file"), self.tr("Station key files (*.key)"), suggested)
        if path is None:
            return
        path = with_suffix(path, KEY_SUFFIX)
        service = self.service()

        def save(_progress: Progress) -> tuple[Path, str]:
            write_atomic(path, service.station_key_file())
            return path, service.fingerprint()

        self._run(save, self._key_saved)

    def _key_saved(self, saved: tuple[Path, str]) -> None:
        path, fingerprint = saved
        self.context.dialogs.inform(
            self.tr("Station key saved"),
            self.tr("Saved {0}. Give this file to the county, and read them its fingerprint "
                    "by phone:\n{1}").format(path, grouped(fingerprint)))
        self.changed.emit()

    # -- batches and receipts ------------------------------------------------------------------

    def choose_other_folder(self) -> None:
        folder = self.context.dialogs.choose_folder(self.tr("Export the batch to"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> None:
        service = self.service()
        self._run(lambda _p: service.export_to(folder), self._exported,
                  label=self.tr("Writing the batch file…"))

    def _exported(self, result: ExportResult) -> None:
        if result.batch is None:
            self.context.dialogs.inform(
                self.tr("Export"),
                self.tr("Nothing to export: the county has acknowledged every change."))
        else:
            self.context.dialogs.inform(
                self.tr("Export"),
                self.tr("Wrote {0}: {1} changes (no. {2} to {3}). Take it to the county, "
                        "then import the receipt they give back.").format(
                    result.batch, result.changes, result.from_seq, result.to_seq))
        self.exported.emit(result)
        self.changed.emit()

    def import_receipt(self) -> None:
        path = self.context.dialogs.open_file(
            self.tr("Import receipt"), self.tr("Receipts (*.ack);;All files (*)"))
        if path is None:
            return
        service = self.service()
        self._run(lambda _p: service.accept_ack(read_ack_file(path)), self._acknowledged,
                  label=self.tr("Reading the receipt…"))

    def _acknowledged(self, outcome: AckOutcome) -> None:
        self.context.dialogs.inform(self.tr("Receipt"), outcome.message)
        self.acknowledged.emit(outcome)
        self.changed.emit()

    def resend_everything(self) -> None:
        if not self.context.dialogs.confirm(
            self.tr("Resend everything"),
            self.tr("Every change this station has made goes back to waiting and is sent "
                    "again with the next batch. The county applies each change only once, "
                    "so nothing is doubled. Continue?")):
            return
        service = self.service()
        self._run(lambda _p: service.resend_everything(), self._resent)

    def _resent(self, count: int) -> None:
        self.context.dialogs.inform(
            self.tr("Resend everything"),
            self.tr("{0} changes wait to be sent again.").format(count))
        self.changed.emit()

    # -- re-base from the county -------------------------------------------------------------

    def rebase_from_county(self) -> None:
        service = self.service()
        url = service.county_url()
        if url and self.context.dialogs.confirm(
                self.tr("Re-base from the county"),
                self.tr("Download the re-base file from the county server {0}? (No: pick the "
                        "file the county gave on a USB stick.)").format(url)):
            self._run(lambda _p: service.fetch_rebase(), self._rebased,
                      label=self.tr("Re-basing from the county…"))
            return
        path = self.context.dialogs.open_file(
            self.tr("Re-base from the county"),
            self.tr("Re-base files (*.rebase);;All files (*)"))
        if path is None:
            return
        code = self.context.dialogs.ask_text(
            self.tr("Re-base from the county"),
            self.tr("The one-time code the county read out by phone:"))
        if not code:
            return

        def rebase(_progress: Progress) -> RebaseOutcome:
            return service.rebase(read_rebase_file(path), code.strip())

        self._run(rebase, self._rebased, label=self.tr("Re-basing from the county…"))

    def _rebased(self, outcome: RebaseOutcome) -> None:
        self.context.dialogs.inform(
            self.tr("Re-base from the county"),
            self.tr("The station now holds the county's {0} records ({1} active members). "
                    "{2} records entered here since the restore were kept and go up with the "
                    "next batch. Reporting resumes at change no. {3}.").format(
                outcome.records, outcome.members, outcome.kept, outcome.resumed_at))
        self.changed.emit()
