from __future__ import annotations

import logging
from typing import Any
from uuid import UUID, uuid4

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from tests.gui.printing.conftest import FakeEngine, OpenPreview
from unionstation.printing.api import PrintError
from unionstation.ui.operations import Operation
from unionstation.ui.printing.actions import PrintActions


def test_menu_offers_the_five_documents_and_calibration(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        member_ids: dict[str, UUID], open_preview: OpenPreview) -> None:
    menu = actions.menu(lambda: [member_ids["张三"]])
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    assert names == ["print_application", "print_registration", "print_card",
                     "print_certificate", "print_transfer_letter", "print_calibration"]
    assert [a.text() for a in menu.actions()][:5] == [
        "Application form", "Registration sheet", "Membership card",
        "Membership certificate", "Transfer letter"]

    card = next(a for a in menu.actions() if a.objectName() == "print_card")
    session = open_preview(card.trigger)
    assert session.request.kind == "card" and session.request.layout == "sheet"
    assert engine.calls[-1]["member_ids"] == [member_ids["张三"]]


def test_nothing_selected_is_said_not_printed(
        actions: PrintActions, engine: FakeEngine, scripted: ScriptedDialogs) -> None:
    menu = actions.menu(lambda: [])
    menu.actions()[0].trigger()
    assert scripted.shown == [("inform", "Printing", "Choose the members to print for first.")]
    assert engine.calls == []


def test_a_print_error_is_shown_as_it_is_and_leaves_no_file(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine, scripted: ScriptedDialogs,
        member_ids: dict[str, UUID]) -> None:
    engine.error = PrintError("没有找到中文字体：请安装宋体或文泉驿字体。")
    actions.print_documents("application", [member_ids["张三"]])
    qtbot.waitUntil(lambda: bool(scripted.shown), timeout=10_000)
    assert scripted.shown == [("warn", "Printing", "没有找到中文字体：请安装宋体或文泉驿字体。")]
    assert list(actions.temp_folder().iterdir()) == []
    assert actions.sessions == []


def test_a_bug_is_logged_and_apologised_for(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine, scripted: ScriptedDialogs,
        member_ids: dict[str, UUID], caplog: pytest.LogCaptureFixture) -> None:
    engine.error = ZeroDivisionError("division by zero")
    with caplog.at_level(logging.ERROR):
        actions.print_documents("certificate", [member_ids["李四"]])
        qtbot.waitUntil(lambda: bool(scripted.shown), timeout=10_000)
    kind, _title, text = scripted.shown[0]
    assert kind == "warn" and "Sorry" in text
    assert str(actions.context.home.log_file) in text
    assert any(record.exc_info and record.exc_info[0] is ZeroDivisionError
               for record in caplog.records)


def test_cards_for_a_drive_come_from_the_engine_and_can_be_cancelled(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine, scripted: ScriptedDialogs,
        member_ids: dict[str, UUID]) -> None:
    engine.card_ids = [uuid4() for _ in range(40)]
    engine.page_delay = 0.05
    opened: list[object] = []
    actions.preview_opened.connect(opened.append)

    actions.print_cards(drive_id=uuid4())
    qtbot.waitUntil(lambda: bool(engine.calls), timeout=10_000)
    operation = _running_operation()
    operation.progress.cancel()
    qtbot.wait(600)

    from unionstation.ui.operations import wait_for_workers

    assert wait_for_workers(10_000)
    qtbot.wait(50)
    assert engine.calls[0]["member_ids"] == engine.card_ids
    assert opened == [] and scripted.shown == []
    assert list(actions.temp_folder().iterdir()) == []


def test_a_drive_without_members_says_so(
        qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
        scripted: ScriptedDialogs) -> None:
    actions.print_cards(union_id=uuid4())
    qtbot.waitUntil(lambda: bool(scripted.shown), timeout=10_000)
    assert scripted.shown == [("warn", "Printing", "Nobody there gets a membership card yet.")]
    assert engine.calls == []


def _running_operation() -> Operation[Any]:
    from unionstation.ui import operations

    running = list(operations._running)
    assert len(running) == 1
    return running[0]
