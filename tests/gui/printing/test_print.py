from __future__ import annotations

import subprocess
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from tests.gui.printing.conftest import FakeEngine, OpenPreview, pdf_printer, pdfinfo
from unionstation.services.history import PRINTED, HistoryService
from unionstation.services.print_settings import PrintSettingsService
from unionstation.ui.printing.actions import PrintActions
from unionstation.ui.printing.printer import prepare_printer, print_pdf


def test_print_goes_through_a_qprinter_page_by_page(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    ids = list(member_ids.values())
    session = open_preview(lambda: actions.print_documents("registration", ids))

    with qtbot.waitSignal(session.printed, timeout=60_000) as printed:
        qtbot.mouseClick(session.dialog.print_button, Qt.MouseButton.LeftButton)

    out = pdf_printer(actions).jobs[0]
    info = pdfinfo(out)
    assert printed.args == [3]
    assert info["Pages"] == "3"
    assert info["Page size"] == "595 x 842 pts (A4)"  # matched to the named paper
    assert "Sent 3 pages" in session.dialog.status.text()
    assert session.dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: _printed_lines(actions, ids[0]) == ["打印会员登记表"],
                    timeout=10_000)


def test_card_sheets_ask_for_long_edge_duplex_and_copies_are_printed(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    session = open_preview(lambda: actions.print_cards([member_ids["张三"]]))
    pdf_printer(actions).copies = 2

    with qtbot.waitSignal(session.printed, timeout=60_000):
        session.print_document()

    assert session.request.duplex  # a PDF printer has no duplex unit and drops the setting
    assert pdfinfo(pdf_printer(actions).jobs[0])["Pages"] == "4"  # 2 copies of front+back


def test_certificates_print_landscape(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    session = open_preview(lambda: actions.print_documents("certificate",
                                                           [member_ids["李四"]]))
    with qtbot.waitSignal(session.printed, timeout=60_000):
        session.print_document()
    assert pdfinfo(pdf_printer(actions).jobs[0])["Page size"] == "842 x 595 pts (A4)"
    assert not session.request.duplex


def test_cancelling_the_print_dialog_prints_nothing(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    session = open_preview(lambda: actions.print_documents("application",
                                                           [member_ids["张三"]]))
    pdf_printer(actions).answer = False
    session.print_document()
    qtbot.wait(100)
    assert not pdf_printer(actions).jobs[0].exists()
    assert session.dialog.print_button.isEnabled()


def test_the_printer_offset_shifts_the_print(tmp_path: Path, qtbot: QtBot) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "mark.pdf"
    canvas = Canvas(str(source), pagesize=A4)
    canvas.rect(0, A4[1] - 72, 72, 72, fill=1)  # one inch square in the top-left corner
    canvas.save()
    corners = {}
    for name, offset in (("plain", (0.0, 0.0)), ("shifted", (25.4, 12.7))):
        printer = prepare_printer(QSizeF(*A4), "mark", duplex=False)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{name}.pdf"))
        assert print_pdf(source, printer, offset_mm=offset, progress=lambda _d, _t: None,
                         cancelled=lambda: False) == 1
        subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile",
                        str(tmp_path / f"{name}.pdf"), str(tmp_path / name)], check=True)
        corners[name] = _dark_corner(QImage(str(tmp_path / f"{name}.png")))
    assert corners["plain"] == (0, 0)
    x, y = corners["shifted"]
    assert abs(x - 72) <= 1 and abs(y - 36) <= 1  # 1 inch right, half an inch down


def test_save_as_pdf_copies_the_document(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine, scripted: ScriptedDialogs,
        member_ids: dict[str, UUID], open_preview: OpenPreview, tmp_path: Path) -> None:
    session = open_preview(lambda: actions.print_documents("transfer_letter",
                                                           [member_ids["曾小红"]]))
    scripted.file_answer = tmp_path / "曾小红 介绍信"

    with qtbot.waitSignal(session.saved, timeout=5_000):
        qtbot.mouseClick(session.dialog.save_button, Qt.MouseButton.LeftButton)

    target = tmp_path / "曾小红 介绍信.pdf"
    assert target.read_bytes() == session.pdf.read_bytes()
    assert pdfinfo(target)["Pages"] == "1"
    assert [path.name for path in tmp_path.glob("*.partial")] == []
    assert scripted.shown[-1][0] == "save_file"
    qtbot.waitUntil(lambda: _printed_lines(actions, member_ids["曾小红"])
                    == ["打印会员组织关系接转介绍信"], timeout=10_000)


def test_save_into_a_missing_folder_says_so(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine, scripted: ScriptedDialogs,
        member_ids: dict[str, UUID], open_preview: OpenPreview, tmp_path: Path) -> None:
    session = open_preview(lambda: actions.print_documents("application",
                                                           [member_ids["张三"]]))
    scripted.file_answer = tmp_path / "no such folder" / "a.pdf"
    session.save_as()
    kind, _title, text = scripted.shown[-1]
    assert kind == "warn" and "no such folder" in text
    assert _printed_lines(actions, member_ids["张三"]) == []


def test_calibration_then_the_measured_offset_is_saved_for_the_printer(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        open_preview: OpenPreview) -> None:
    session = open_preview(actions.calibrate)
    assert engine.calls[0]["kind"] == "calibration"
    assert not session.dialog.fill_in_box.isVisibleTo(session.dialog)

    with qtbot.waitSignal(session.printed, timeout=60_000):
        session.print_document()

    offset = session.offset_dialog
    assert offset is not None and offset.isVisible()
    offset.printer_box.setCurrentText("Office LaserJet")
    offset.x_box.setValue(1.5)
    offset.y_box.setValue(-2.0)
    qtbot.keyClick(offset, Qt.Key.Key_Return)

    assert not offset.isVisible()
    settings = PrintSettingsService(actions.context.services)
    assert settings.printer_offset("Office LaserJet") == (1.5, -2.0)
    assert "Office LaserJet" in session.dialog.status.text()


def _printed_lines(actions: PrintActions, member_id: UUID) -> list[str]:
    lines = HistoryService(actions.context.services).of(member_id)
    return [line.summary for line in lines if line.kind == PRINTED]


def _dark_corner(image: QImage) -> tuple[int, int]:
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() < 100:
                return x, y
    raise AssertionError("no mark printed")
