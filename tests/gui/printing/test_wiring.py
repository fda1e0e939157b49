"""The member form and the enrollment drive reach the print preview in one click."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pytestqt.qtbot import QtBot

from tests.gui.printing.conftest import FakeEngine
from unionstation.services.drives import DriveService
from unionstation.services.unions import UnionService
from unionstation.ui.members.drive import DriveView
from unionstation.ui.members.form import MemberForm
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.page_context import PageContext
from unionstation.ui.printing.actions import PrintActions
from unionstation.ui.printing.session import PreviewSession


def _close_previews(actions: PrintActions) -> None:
    for session in list(actions.sessions):
        assert isinstance(session, PreviewSession)
        session.dialog.reject()
    wait_for_workers()


def test_member_form_prints_its_member(qtbot: QtBot, context: PageContext, engine: FakeEngine,
                                       member_ids: dict[str, UUID]) -> None:
    form = MemberForm(context)
    qtbot.addWidget(form)
    form.show()
    assert form.print_button.isHidden()  # nothing to print on an empty sheet
    form.edit_member(member_ids["张三"])
    assert form.print_button.isVisible()
    menu = form.print_button.menu()
    assert menu is not None
    labels = [action.text() for action in menu.actions() if action.text()]
    assert len(labels) >= 5
    actions = form.findChild(PrintActions)
    assert actions is not None
    registration = next(a for a in menu.actions() if a.text() == "Registration sheet")
    with qtbot.waitSignal(actions.preview_opened, timeout=20_000):
        registration.trigger()
    assert engine.calls[-1]["kind"] == "registration"
    assert engine.calls[-1]["member_ids"] == [member_ids["张三"]]
    _close_previews(actions)


def test_drive_prints_its_cards(qtbot: QtBot, context: PageContext, engine: FakeEngine,
                                member_ids: dict[str, UUID]) -> None:
    union = UnionService(context.services).list()[0]
    drive = DriveService(context.services).create(date(2026, 5, 1), "城东物流园", union.id)
    engine.card_ids = [member_ids["张三"]]
    view = DriveView(context)
    qtbot.addWidget(view)
    view.show()
    view.entry.set_drive(drive)
    actions = view.entry.printing
    with qtbot.waitSignal(actions.preview_opened, timeout=20_000):
        view.entry.cards_button.click()
    assert engine.calls[-1]["kind"] == "card"
    _close_previews(actions)


def test_register_prints_the_selected_members(qtbot: QtBot, context: PageContext,
                                              engine: FakeEngine,
                                              member_ids: dict[str, UUID]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from unionstation.ui.members.register import RegisterView

    view = RegisterView(context)
    qtbot.addWidget(view)
    view.show()
    view.apply_filter()
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(view.model.rowCount()):
        selection.select(view.model.index(row, 0), flags)
    assert sorted(view.selected_members()) == sorted(member_ids.values())
    menu = view.filters.print_button.menu()
    assert menu is not None
    card = next(a for a in menu.actions() if a.text() == "Membership card")
    with qtbot.waitSignal(view.printing.preview_opened, timeout=20_000):
        card.trigger()
    assert sorted(engine.calls[-1]["member_ids"]) == sorted(member_ids.values())
    _close_previews(view.printing)
