"""The steps every sync page test repeats."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from unionstation.county.service import County
from unionstation.ui.main_window import MainWindow
from unionstation.ui.sync.page import SyncPage

STATION_CODE = "330106001"  # the test station's division code
TIMEOUT = 15_000


def sync_page(qtbot: QtBot, window: MainWindow) -> SyncPage:
    window.show_page("sync")
    page = window.pages["sync"]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.view is not None, timeout=TIMEOUT)
    return page


def counts(page: SyncPage) -> tuple[str, str, str]:
    return (page.pending_value.text(), page.exported_value.text(),
            page.acknowledged_value.text())


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def enrol(qtbot: QtBot, page: SyncPage, dialogs: ScriptedDialogs, county: County,
          folder: Path) -> None:
    enrolment = folder / f"US1ENROL_{STATION_CODE}.enrol"
    enrolment.write_bytes(county.enrol_station(STATION_CODE, "测试街道总工会"))
    dialogs.file_answer = enrolment
    dialogs.confirm_answer = True
    with qtbot.waitSignal(page.commands.enrolled, timeout=TIMEOUT):
        click(qtbot, page.enrol_button)
    qtbot.waitUntil(lambda: page.enrolled_form.isVisible(), timeout=TIMEOUT)
