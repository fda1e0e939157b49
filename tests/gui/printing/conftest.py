"""Printing window fixtures: a fake engine that writes small real PDFs, and a printer that
prints to a PDF file, so the window is tested without the engine or a printer."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from unionstation.paths import StationHome
from unionstation.printing.api import PrintResult
from unionstation.services.context import ServiceContext
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.page_context import PageContext
from unionstation.ui.printing.actions import PrintActions
from unionstation.ui.printing.session import PreviewSession

A4 = (595.28, 841.89)
CARD = (242.65, 153.07)


def fake_pages(kind: str, count: int, layout: str) -> int:
    if kind == "calibration":
        return 1
    if kind == "card":
        return 2 * count if layout == "single" else 2 * -(-count // 10)
    return count


@dataclass
class FakeEngine:
    """Stands in for `printing.api.render_to_pdf`: one page per member with its number on."""

    calls: list[dict[str, Any]] = field(default_factory=list)
    error: BaseException | None = None
    page_delay: float = 0.0
    card_ids: list[UUID] = field(default_factory=list)

    def render(self, context: ServiceContext, home: StationHome, kind: str,
               member_ids: Sequence[UUID], out: Path, **options: Any) -> PrintResult:
        from reportlab.lib.pagesizes import landscape
        from reportlab.pdfgen.canvas import Canvas

        self.calls.append({"kind": kind, "member_ids": list(member_ids), "out": out, **options})
        if self.error is not None:
            raise self.error
        pages = fake_pages(kind, len(member_ids), options.get("layout", "sheet"))
        size = CARD if kind == "card" and options.get("layout") == "single" else A4
        if kind == "certificate":
            size = landscape(A4)
        canvas = Canvas(str(out), pagesize=size)
        for page in range(pages):
            if options["cancelled"]():
                from unionstation.printing.errors import PrintCancelled

                out.unlink(missing_ok=True)
                raise PrintCancelled("cancelled")
            threading.Event().wait(self.page_delay)
            canvas.setFont("Helvetica", 14)
            canvas.drawString(72, size[1] - 72, f"{kind} page {page + 1}")
            canvas.rect(72, 72, 144, 144, fill=1)
            canvas.showPage()
            options["progress"](page + 1, pages)
        canvas.save()
        return PrintResult(out, pages, "FakeSong")

    def members_for_cards(self, context: ServiceContext, **_where: object) -> list[UUID]:
        return list(self.card_ids)


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    fake = FakeEngine()
    monkeypatch.setattr("unionstation.ui.printing.actions.render_to_pdf", fake.render)
    monkeypatch.setattr("unionstation.ui.printing.actions.card_member_ids",
                        fake.members_for_cards)
    return fake


@pytest.fixture
def context(runtime: StationRuntime) -> PageContext:
    dialogs = ScriptedDialogs()
    dialogs.confirm_answer = True  # "print the cards of members without a photo anyway"
    return PageContext(runtime, StationService(runtime.context).require(), dialogs)


@pytest.fixture
def scripted(context: PageContext) -> ScriptedDialogs:
    assert isinstance(context.dialogs, ScriptedDialogs)
    return context.dialogs


@pytest.fixture
def member_ids(runtime: StationRuntime) -> dict[str, UUID]:
    rows = MemberQueryService(runtime.context).rows(MemberFilter())
    return {row.name: row.id for row in rows}


class PdfPrinter:
    """The print dialog's stand-in: every job goes to a PDF file, as a real QPrinter."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.jobs: list[Path] = []
        self.duplex: list[QPrinter.DuplexMode] = []
        self.copies = 1
        self.answer = True

    def __call__(self, printer: QPrinter, _parent: QWidget | None) -> bool:
        out = self.folder / f"printed-{len(self.jobs) + 1}.pdf"
        self.jobs.append(out)
        self.duplex.append(printer.duplex())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setCopyCount(self.copies)
        return self.answer


@pytest.fixture
def actions(qtbot: QtBot, context: PageContext, tmp_path: Path) -> Iterator[PrintActions]:
    parent = QWidget()
    qtbot.addWidget(parent)
    made = PrintActions(context, parent)
    made.choose_printer = PdfPrinter(tmp_path / "printed")
    (tmp_path / "printed").mkdir()
    yield made
    for session in list(made.sessions):
        assert isinstance(session, PreviewSession)
        session.dialog.reject()
    wait_for_workers()


def pdf_printer(actions: PrintActions) -> PdfPrinter:
    assert isinstance(actions.choose_printer, PdfPrinter)
    return actions.choose_printer


OpenPreview = Callable[[Callable[[], None]], PreviewSession]


@pytest.fixture
def open_preview(qtbot: QtBot, actions: PrintActions) -> OpenPreview:
    def _open(start: Callable[[], None]) -> PreviewSession:
        with qtbot.waitSignal(actions.preview_opened, timeout=20_000) as opened:
            start()
        session = opened.args[0]
        assert isinstance(session, PreviewSession)
        return session

    return _open


def pdfinfo(path: Path) -> dict[str, str]:
    text = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return {key.strip(): value.strip() for key, _, value in
            (line.partition(":") for line in text.splitlines())}
