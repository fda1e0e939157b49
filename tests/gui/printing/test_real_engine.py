"""The window over the real printing engine: render, preview, print through a QPrinter."""

from __future__ import annotations

import inspect
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from tests.gui.printing.conftest import OpenPreview, pdf_printer, pdfinfo
from unionstation.printing import api
from unionstation.printing.api import PrintError
from unionstation.ui.printing.actions import PrintActions


def _engine_ready() -> bool:
    return "尚未完成" not in inspect.getsource(api.render_to_pdf)


def _fonts_found() -> bool:
    from unionstation.printing.fonts import choose_fonts

    try:
        choose_fonts(None)
    except PrintError:
        return False
    return True


@pytest.mark.skipif(not _engine_ready(), reason="printing engine not written yet")
def test_real_application_form_previews_and_prints(
        qtbot: QtBot, actions: PrintActions, scripted: ScriptedDialogs,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    if not _fonts_found():
        pytest.skip("no CJK font on this machine")
    ids = [member_ids["张三"], member_ids["曾小红"]]
    session = open_preview(lambda: actions.print_documents("application", ids))
    dialog = session.dialog
    assert scripted.shown == []
    assert dialog.page_count() == session.result.pages >= 2
    assert dialog.page_label.text() == f"Page 1 of {dialog.page_count()}"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == 1

    with qtbot.waitSignal(session.printed, timeout=120_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    info = pdfinfo(pdf_printer(actions).jobs[0])
    assert info["Pages"] == str(session.result.pages)
    assert info["Page size"] == "595 x 842 pts (A4)"
