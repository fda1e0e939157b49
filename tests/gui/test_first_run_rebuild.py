"""A lost laptop's station rebuilt in the first-run dialog from the county's re-base file:
picked through the dialog service, the code typed, only the first administrator asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.e2e.sync_world import LI, ZHANG, make_county, make_station, pair
from tests.gui.conftest import OpenWindow, ScriptedDialogs, type_text
from unionstation.county.rebase import make_rebase_file
from unionstation.paths import StationHome
from unionstation.services.login import log_in
from unionstation.services.members import MemberService


def test_first_run_rebuilds_a_lost_laptops_station_from_the_county(
        qtbot: QtBot, open_window: OpenWindow, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    county = make_county(tmp_path / "county")
    west = make_station(tmp_path / "west", "330106001", "西湖街道总工会",
                        [("张三", ZHANG), ("李四", LI)])
    try:
        pair(county, west, "西湖街道总工会")
        batch = west.sync.export_to(tmp_path)
        assert batch.batch is not None
        assert county.import_batch(batch.batch.read_bytes()).status == "applied"
        west.runtime.close()  # the laptop is lost
        county.revoke_key("330106001")
        made, path = make_rebase_file(county, "330106001", tmp_path / "west.rebase")
    finally:
        county.close()

    home = StationHome(tmp_path / "new-laptop")
    window, controller = open_window(home)
    dialog = controller.first_run
    assert dialog is not None and dialog.isVisible() and dialog.rebuild_button.isVisible()
    dialogs.file_answer = path
    dialogs.text_answer = made.code
    qtbot.mouseClick(dialog.rebuild_button, Qt.MouseButton.LeftButton)
    assert dialog.rebuild_label.isVisible() and not dialog.name_edit.isVisible()
    assert "station key file" in dialog.rebuild_label.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    type_text(qtbot, dialog.officer_edit, "zhou")
    qtbot.keyClicks(dialog.password_edit, "new-laptop-1")
    qtbot.keyClicks(dialog.again_edit, "new-laptop-1")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.station is not None, timeout=30_000)
    assert "西湖街道总工会" in window.station_label.text()
    qtbot.waitUntil(lambda: any(s[:2] == ("inform", "Recovery code") for s in dialogs.shown),
                    timeout=10_000)
    controller.shutdown()
    check = log_in(home, "zhou", "new-laptop-1")
    try:
        assert MemberService(check.runtime.context).count_active() == 2
    finally:
        check.close()
