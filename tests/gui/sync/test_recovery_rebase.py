"""The recovery page offers the re-base (issue 13, point 4): a damaged station whose
backup predates work the county holds gets the backup back and the county's records on top,
from the recovery page, through the dialog service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.damage import DAMAGES
from tests.factories import TEST_KEY
from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.rebase_world import CODE, restored_station
from unionstation.county.rebase import make_rebase_file
from unionstation.county.service import County
from unionstation.paths import StationHome
from unionstation.services.runtime import open_station
from unionstation.store.models import Member
from unionstation.ui.recovery.page import RecoveryPage

TIMEOUT = 60_000


def test_a_damaged_station_is_re_based_from_the_recovery_page(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    restored_station(open_station(station_home, TEST_KEY), county, tmp_path).close()
    made, path = make_rebase_file(county, CODE, tmp_path / "from-county.rebase")
    DAMAGES["truncated"](station_home.db_path)
    window, controller = open_window(station_home)
    page = window.pages.get("recovery")
    assert isinstance(page, RecoveryPage) and window.current_page() == "recovery"
    assert page.rebase_button.isEnabled() and page.selected_backup() is not None

    dialogs.file_answer = path
    dialogs.text_answer = "WRONG-CODE"
    qtbot.mouseClick(page.rebase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "重建码" in page.result_label.text(), timeout=TIMEOUT)
    assert window.current_page() == "recovery"  # a wrong code changed nothing
    assert not list((station_home.root / "damaged").glob("*.db"))

    dialogs.text_answer = made.code
    qtbot.mouseClick(page.rebase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Database OK" in window.database_label.text(), timeout=TIMEOUT)
    assert controller.runtime is not None
    with controller.runtime.context.reading() as session:
        assert "王五" in set(session.scalars(select(Member.name)))  # only the county had him
    kind, _title, text = next(s for s in reversed(dialogs.shown) if s[0] == "inform")
    assert f"change no. {made.applied_through + 1}" in text
    assert list((station_home.root / "damaged").glob("*.db"))
