from __future__ import annotations

import os
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.printing.conftest import FakeEngine, OpenPreview
from unionstation.ui.printing.actions import PrintActions
from unionstation.ui.screen import available_size


def test_preview_shows_the_rendered_pages_one_by_one(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    ids = list(member_ids.values())
    session = open_preview(lambda: actions.print_documents("application", ids))
    dialog = session.dialog

    assert engine.calls[0]["kind"] == "application"
    assert engine.calls[0]["member_ids"] == ids
    assert engine.calls[0]["record_history"] is False
    assert engine.calls[0]["fill_in"] is False
    assert dialog.isVisible()
    assert dialog.page_count() == 3
    assert dialog.page_label.text() == "Page 1 of 3"
    assert not dialog.previous_button.isEnabled()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == 2
    assert dialog.page_label.text() == "Page 3 of 3"
    assert not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.page_label.text() == "Page 2 of 3"
    assert "3 pages" in dialog.status.text() and "FakeSong" in dialog.status.text()


def test_zoom_in_out_and_back_to_the_whole_page(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    session = open_preview(lambda: actions.print_documents("certificate",
                                                           [member_ids["张三"]]))
    dialog = session.dialog
    fitted = dialog.zoom()
    assert dialog.fitted()

    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert not dialog.fitted()
    assert abs(dialog.zoom() - fitted * 1.25) < 1e-6
    assert dialog.zoom_label.text() == f"{round(fitted * 125)}%"
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    assert abs(dialog.zoom() - fitted / 1.25) < 1e-6
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    assert dialog.fitted() and abs(dialog.zoom() - fitted) < 1e-6
    assert dialog.page_points().width() > dialog.page_points().height()  # landscape


def test_fill_in_box_renders_again_and_drops_the_old_file(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    session = open_preview(lambda: actions.print_documents("registration",
                                                           [member_ids["李四"]]))
    first = session.pdf
    assert session.dialog.fill_in_box.isVisibleTo(session.dialog)
    assert not session.dialog.layout_box.isVisibleTo(session.dialog)

    with qtbot.waitSignal(session.rerendered, timeout=20_000):
        session.dialog.fill_in_box.setChecked(True)

    assert engine.calls[-1]["fill_in"] is True
    assert session.request.fill_in
    assert session.pdf != first and session.pdf.exists() and not first.exists()
    assert session.dialog.page_count() == 1


def test_card_layout_choice_renders_again(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    session = open_preview(lambda: actions.print_cards(list(member_ids.values())))
    dialog = session.dialog
    assert not dialog.fill_in_box.isVisibleTo(dialog)
    assert dialog.page_count() == 2  # one sheet of fronts, one of backs

    with qtbot.waitSignal(session.rerendered, timeout=20_000):
        dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("single"))

    assert engine.calls[-1]["layout"] == "single"
    assert dialog.page_count() == 6


def test_closing_the_preview_removes_its_temporary_pdf(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    session = open_preview(lambda: actions.print_documents("transfer_letter",
                                                           [member_ids["曾小红"]]))
    pdf = session.pdf
    assert pdf.parent == actions.context.home.root / "print-tmp"
    assert pdf.exists()

    with qtbot.waitSignal(session.closed, timeout=5_000):
        qtbot.mouseClick(session.dialog.close_button, Qt.MouseButton.LeftButton)

    assert not pdf.exists()
    assert actions.sessions == []


def test_preview_screenshot(qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
                            member_ids: dict[str, UUID], open_preview: OpenPreview,
                            tmp_path: Path) -> None:
    session = open_preview(lambda: actions.print_documents("application",
                                                           list(member_ids.values())))
    qtbot.waitExposed(session.dialog)
    qtbot.wait(200)
    image = session.dialog.grab().toImage()
    shot = Path(os.environ.get("PRINT_PREVIEW_SHOT", tmp_path / "preview.png"))
    assert image.save(str(shot))
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert image.width() >= 700  # the screen's width less the frame, at most 860
    assert image.height() <= available_size(session.dialog).height()
    assert centre.isValid()
