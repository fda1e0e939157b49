"""Printing a card for a member without a photo warns first; the layout comes from the
Settings page (point 12)."""

from __future__ import annotations

from uuid import UUID

from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from tests.gui.printing.conftest import FakeEngine, OpenPreview
from unionstation.services.print_settings import PrintSettingsService
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.printing.actions import PrintActions


def test_no_photo_is_named_before_printing(qtbot: QtBot, actions: PrintActions,
                                           engine: FakeEngine, scripted: ScriptedDialogs,
                                           member_ids: dict[str, UUID]) -> None:
    scripted.confirm_answer = False
    actions.print_cards([member_ids["张三"], member_ids["李四"]])
    wait_for_workers()
    kind, title, question = scripted.shown[-1]
    assert (kind, title) == ("confirm", "Members without a photo")
    assert "2 of these members" in question and "张三" in question and "李四" in question
    assert engine.calls == []  # the officer said no: nothing rendered


def test_printing_anyway_and_the_default_layout(qtbot: QtBot, actions: PrintActions,
                                                engine: FakeEngine, scripted: ScriptedDialogs,
                                                member_ids: dict[str, UUID],
                                                open_preview: OpenPreview) -> None:
    PrintSettingsService(actions.context.services).set_card_layout("single")
    session = open_preview(lambda: actions.print_cards([member_ids["张三"]]))
    assert scripted.shown[-1][0] == "confirm"
    assert session.request.layout == "single"


def test_a_drives_cards_warn_too(qtbot: QtBot, actions: PrintActions, engine: FakeEngine,
                                 scripted: ScriptedDialogs,
                                 member_ids: dict[str, UUID]) -> None:
    from uuid import uuid4

    scripted.confirm_answer = False
    engine.card_ids = [member_ids["曾小红"]]
    actions.print_cards(drive_id=uuid4())
    qtbot.waitUntil(lambda: bool(scripted.shown), timeout=10_000)
    assert scripted.shown[-1][0] == "confirm" and "曾小红" in scripted.shown[-1][2]
    wait_for_workers()
    assert engine.calls == []
