"""Export from the register: the ledger of the current filter, masked or whole, and the
template; on the worker, with cancel, and nothing left behind when it does not finish."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRunnable, QSettings
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from tests.gui.conftest import ScriptedDialogs
from tests.gui.members.test_register import make_view, search_for
from unionstation.services.member_export import EXPORT_ACTION
from unionstation.services.member_query import MemberFilter
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import AuditEntry
from unionstation.ui.members.export_actions import ExportActions
from unionstation.ui.members.register import RegisterView
from unionstation.ui.operations import wait_for_workers, worker_pool


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def view(qtbot: QtBot, runtime: StationRuntime) -> Iterator[RegisterView]:
    yield make_view(qtbot, runtime)
    wait_for_workers()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def dialogs_of(view: RegisterView) -> ScriptedDialogs:
    dialogs = view.context.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    return dialogs


def ledger(path: Path) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[3:]


def audit_details(runtime: StationRuntime) -> list[str]:
    with runtime.context.reading() as session:
        return list(session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == EXPORT_ACTION).order_by(AuditEntry.id)))


def test_the_export_menu_writes_the_filtered_ledger_masked(
        qtbot: QtBot, view: RegisterView, runtime: StationRuntime, out: Path) -> None:
    dialogs = dialogs_of(view)
    dialogs.file_answer = out / "台账"  # the officer typed no extension
    dialogs.confirm_answer = False
    search_for(qtbot, view, "zs")
    button = view.filters.export_button
    assert button.menu() is not None and button.isVisible()
    action = next(a for a in button.menu().actions() if a.objectName() == "export_ledger")
    with qtbot.waitSignal(view.exporting.exported, timeout=10_000) as written:
        action.trigger()
    assert written.args == [out / "台账.xlsx"]
    [row] = ledger(out / "台账.xlsx")
    assert row[1] == "张三" and "********" in str(row[4])
    kinds = [shown[0] for shown in dialogs.shown]
    assert kinds == ["save_file", "confirm", "inform"]
    assert str(out / "台账.xlsx") in dialogs.shown[-1][2]
    assert audit_details(runtime) == ["rows=1; id_numbers=masked"]


def test_full_numbers_when_the_officer_says_so(
        qtbot: QtBot, view: RegisterView, runtime: StationRuntime, out: Path) -> None:
    dialogs = dialogs_of(view)
    dialogs.file_answer = out / "full.xlsx"
    dialogs.confirm_answer = True
    with qtbot.waitSignal(view.exporting.exported, timeout=10_000):
        view.exporting.export_ledger(view.current_filter())
    rows = ledger(out / "full.xlsx")
    assert len(rows) == 3 and all(len(str(r[4])) == 18 and "*" not in str(r[4]) for r in rows)
    assert audit_details(runtime) == ["rows=3; id_numbers=full"]


def test_no_file_chosen_does_nothing(view: RegisterView, runtime: StationRuntime) -> None:
    dialogs = dialogs_of(view)
    dialogs.file_answer = None
    view.exporting.export_ledger(MemberFilter())
    view.exporting.save_template()
    assert [shown[0] for shown in dialogs.shown] == ["save_file", "save_file"]
    assert audit_details(runtime) == []


class _Gate(QRunnable):
    """Holds the single worker thread until opened, so a cancel lands before the work."""

    def __init__(self) -> None:
        super().__init__()
        self.open = threading.Event()

    def run(self) -> None:
        self.open.wait(10)


def test_cancel_leaves_no_file(qtbot: QtBot, view: RegisterView, runtime: StationRuntime,
                               out: Path) -> None:
    dialogs = dialogs_of(view)
    dialogs.file_answer = out / "ledger.xlsx"
    gate = _Gate()
    worker_pool().start(gate)
    actions = ExportActions(view.context, view)
    actions.export_ledger(MemberFilter())
    assert actions.operation is not None
    actions.operation.progress.cancel()
    gate.open.set()
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "inform", timeout=10_000)
    assert "cancelled" in dialogs.shown[-1][2]
    assert list(out.iterdir()) == [] and audit_details(runtime) == []


def test_an_unwritable_file_is_reported(qtbot: QtBot, view: RegisterView, out: Path) -> None:
    dialogs = dialogs_of(view)
    dialogs.file_answer = out / "missing" / "ledger.xlsx"
    view.exporting.export_ledger(MemberFilter())
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "warn", timeout=10_000)
    assert "无法写入" in dialogs.shown[-1][2]
    assert list(out.iterdir()) == []


def test_save_the_template(qtbot: QtBot, view: RegisterView, out: Path) -> None:
    dialogs = dialogs_of(view)
    dialogs.file_answer = out / "模板.xlsx"
    menu = view.filters.export_button.menu()
    action = next(a for a in menu.actions() if a.objectName() == "export_template")
    with qtbot.waitSignal(view.exporting.exported, timeout=10_000):
        action.trigger()
    sheet = CalamineWorkbook.from_path(str(out / "模板.xlsx")).get_sheet_by_index(0)
    assert sheet.to_python()[0][:2] == ["姓名", "身份证号"]
    assert dialogs.shown[-1][0] == "inform" and str(out / "模板.xlsx") in dialogs.shown[-1][2]
