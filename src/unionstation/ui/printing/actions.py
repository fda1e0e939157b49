"""The one entry point views use to print: a menu, or a call with member ids.

Wiring is one line per view, e.g. in the member form

    self.print_button.setMenu(PrintActions(context, self).menu(lambda: [self.member_id]))

Each call renders on the worker (progress and cancel for many cards) into a temporary PDF in
the data folder, then opens the preview, from which the officer prints or saves a copy.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from uuid import UUID, uuid4

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from unionstation.printing.api import (
    DOCUMENT_TITLES,
    CardLayout,
    DocumentKind,
    PrintError,
    PrintResult,
    card_member_ids,
    render_to_pdf,
)
from unionstation.ui.dialogs import report_error
from unionstation.ui.operations import Cancelled, Operation, Progress
from unionstation.ui.page_context import PageContext
from unionstation.ui.printing.calibration import PrinterOffsets
from unionstation.ui.printing.printer import PrinterChooser, ask_printer

TEMP_FOLDER = "print-tmp"
STALE_AFTER_S = 12 * 3600
#: Render with a cancellable progress dialog from this many members on.
MANY_MEMBERS = 10


@dataclass(frozen=True)
class PrintRequest:
    kind: DocumentKind
    member_ids: tuple[UUID, ...]
    layout: CardLayout = "sheet"
    fill_in: bool = False

    @property
    def title(self) -> str:
        return DOCUMENT_TITLES[self.kind]

    @property
    def duplex(self) -> bool:
        """Card sheets have their backs on the next page, mirrored for the long edge."""
        return self.kind == "card" and self.layout == "sheet"

    @property
    def offers_fill_in(self) -> bool:
        return self.kind in ("application", "registration")


def _default_offsets(actions: PrintActions) -> PrinterOffsets:
    from unionstation.services.print_settings import PrintSettingsService

    return PrintSettingsService(actions.context.services)


class PrintActions(QObject):
    """Print documents for members; `menu()` for a button, or call the methods directly."""

    #: A preview came up (its `PreviewSession`); for tests and for views that want to know.
    preview_opened = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.choose_printer: PrinterChooser = ask_printer
        self.printer_offsets: Callable[[], PrinterOffsets] = partial(_default_offsets, self)
        self.sessions: list[object] = []

    # -- what views call -------------------------------------------------------------------

    def menu(self, member_ids_provider: Callable[[], list[UUID]]) -> QMenu:
        """Every document for the members `member_ids_provider()` names when chosen."""
        menu = QMenu(self.tr("Print"), self.widget)
        documents: list[tuple[DocumentKind, str]] = [
            ("application", self.tr("Application form")),
            ("registration", self.tr("Registration sheet")),
            ("card", self.tr("Membership card")),
            ("certificate", self.tr("Membership certificate")),
            ("transfer_letter", self.tr("Transfer letter")),
        ]
        for kind, label in documents:
            action = menu.addAction(label)
            action.setObjectName(f"print_{kind}")
            action.triggered.connect(partial(self._print_chosen, kind, member_ids_provider))
        menu.addSeparator()
        calibrate = menu.addAction(self.tr("Calibrate printing on pre-printed forms…"))
        calibrate.setObjectName("print_calibration")
        calibrate.triggered.connect(self.calibrate)
        return menu

    def print_documents(self, kind: DocumentKind, member_ids: list[UUID], *,
                        fill_in: bool = False) -> None:
        """Preview `kind` for these members; cards go through `print_cards`."""
        if kind == "card":
            self.print_cards(member_ids)
            return
        if not member_ids:
            self._nothing_selected()
            return
        self.render(PrintRequest(kind, tuple(member_ids), fill_in=fill_in))

    def print_cards(self, member_ids: list[UUID] | None = None, *, union_id: UUID | None = None,
                    drive_id: UUID | None = None, layout: CardLayout | None = None) -> None:
        """Cards for these members, or for everyone of a union or an enrollment drive.

        The layout is the Settings page's default unless given; members without a photo
        are named first, and the officer decides whether to print them anyway."""
        if layout is None:
            layout = self._default_layout()
        if member_ids is not None:
            if not member_ids:
                self._nothing_selected()
                return
            if not self._photos_checked(member_ids):
                return
            self.render(PrintRequest("card", tuple(member_ids), layout=layout))
            return
        nobody = self.tr("Nobody there gets a membership card yet.")
        services = self.context.services
        chosen: CardLayout = layout

        def resolved(found: list[UUID]) -> None:
            """Who gets a card is read on the worker; the photo question comes after."""
            if not found:
                self.report(PrintError(nobody))
            elif self._photos_checked(found):
                self.render(PrintRequest("card", tuple(found), layout=chosen))

        self.resolving: Operation[list[UUID]] = Operation(
            self.widget, lambda _p: list(card_member_ids(
                services, union_id=union_id, drive_id=drive_id,
                all_active=union_id is None and drive_id is None)))
        self.resolving.success(resolved).failure(self.report).run()

    def _default_layout(self) -> CardLayout:
        from unionstation.services.print_settings import PrintSettingsService

        chosen = PrintSettingsService(self.context.services).card_layout()
        return "single" if chosen == "single" else "sheet"

    def _photos_checked(self, member_ids: list[UUID]) -> bool:
        """True when every member has a photo, or the officer prints them without."""
        from unionstation.services.print_data import PrintDataService

        names = PrintDataService(self.context.services,
                                 self.context.home.files_dir).without_photo(member_ids)
        if not names:
            return True
        shown = "、".join(names[:5]) + ("…" if len(names) > 5 else "")
        return self.context.dialogs.confirm(
            self.tr("Members without a photo"),
            self.tr("{count} of these members have no photo ({names}); their cards would "
                    "print with an empty photo box. Print them anyway?").format(
                count=len(names), names=shown))

    def calibrate(self) -> None:
        """The calibration page; after it is printed, the officer enters the measured offset."""
        self.render(PrintRequest("calibration", ()))

    # -- the machinery ---------------------------------------------------------------------

    def render(self, request: PrintRequest, *,
               then: Callable[[PrintRequest, PrintResult], None] | None = None,
               on_failure: Callable[[BaseException], None] | None = None,
               who: Callable[[], tuple[UUID, ...]] | None = None) -> None:
        """Render on the worker, then open a preview (or hand the result to `then`).

        `on_failure` gets every error, a cancel as `Cancelled`; by default `report()`."""
        out = self._temp_path(request.kind)
        services, home = self.context.services, self.context.home
        many = who is not None or len(request.member_ids) >= MANY_MEMBERS

        # Read on the worker: closing the progress dialog afterwards counts as a cancel.
        stopped = threading.Event()

        def work(progress: Progress) -> tuple[PrintRequest, PrintResult]:
            try:
                job = request if who is None else replace(request, member_ids=who())
                result = render_to_pdf(
                    services, home, job.kind, list(job.member_ids), out, layout=job.layout,
                    fill_in=job.fill_in, progress=lambda done, total: progress.report(done, total),
                    cancelled=lambda: progress.cancelled, record_history=False)
            except BaseException:
                if progress.cancelled:
                    stopped.set()
                out.unlink(missing_ok=True)
                raise
            if progress.cancelled:
                stopped.set()
                out.unlink(missing_ok=True)
                raise Cancelled()
            return job, result

        def failed(exc: BaseException) -> None:
            out.unlink(missing_ok=True)
            if stopped.is_set():
                exc = Cancelled()
            (on_failure or self.report)(exc)

        operation = Operation(self.widget, work, label=self.tr("Preparing {0}…").format(
            request.title), cancellable=many)
        operation.success(lambda done: (then or self._preview)(*done)).failure(failed)
        operation.cancelled(lambda: failed(Cancelled())).run()

    def _preview(self, request: PrintRequest, result: PrintResult) -> None:
        from unionstation.ui.printing.session import PreviewSession

        session = PreviewSession(self, request, result)
        self.sessions.append(session)
        session.closed.connect(lambda: self.sessions.remove(session))
        session.dialog.open()
        self.preview_opened.emit(session)

    def report(self, exc: BaseException) -> None:
        """The officer's errors as they are; our bugs as an apology and where the log is."""
        if isinstance(exc, Cancelled):
            return
        report_error(self.context.dialogs, self.tr("Printing"), exc, self.context.home.log_file)

    def _nothing_selected(self) -> None:
        self.context.dialogs.inform(self.tr("Printing"),
                                    self.tr("Choose the members to print for first."))

    def _print_chosen(self, kind: DocumentKind,
                      provider: Callable[[], list[UUID]], *_checked: object) -> None:
        ids = [member_id for member_id in provider() if member_id is not None]
        self.print_documents(kind, ids)

    def temp_folder(self) -> Path:
        return self.context.home.root / TEMP_FOLDER

    def _temp_path(self, kind: str) -> Path:
        """A fresh name in the data folder; leftovers of a crash are swept on the way."""
        folder = self.temp_folder()
        folder.mkdir(parents=True, exist_ok=True)
        cutoff = time.time() - STALE_AFTER_S
        for old in folder.glob("*.pdf"):
            try:
                if old.stat().st_mtime < cutoff:
                    old.unlink()
            except OSError:
                pass
        return folder / f"{kind}-{uuid4().hex}.pdf"
