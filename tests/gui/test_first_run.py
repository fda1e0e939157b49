from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, ScriptedDialogs, type_text
from unionstation.domain.permissions import Role
from unionstation.paths import StationHome
from unionstation.services.login import log_in
from unionstation.services.station import StationService
from unionstation.ui.pages import PlaceholderPage


def test_first_run_creates_the_station(
    qtbot: QtBot, chinese: None, open_window: OpenWindow, home: StationHome,
    dialogs: ScriptedDialogs,
) -> None:
    window, controller = open_window(home)
    dialog = controller.first_run
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()

    type_text(qtbot, dialog.name_edit, "西湖街道总工会")
    qtbot.keyClicks(dialog.code_edit, "99010600")
    assert not ok.isEnabled()
    assert "行政区划代码" in dialog.error_label.text() or "省" in dialog.error_label.text()

    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "330106001")
    type_text(qtbot, dialog.county_edit, "西湖区总工会")
    assert not ok.isEnabled()  # the officer's name is still missing
    type_text(qtbot, dialog.officer_edit, "陈干事")
    assert not ok.isEnabled()  # no station has a default password
    qtbot.keyClicks(dialog.password_edit, "first-pass-1")
    qtbot.keyClicks(dialog.again_edit, "first-pass-2")
    assert not ok.isEnabled() and dialog.error_label.text()
    dialog.again_edit.clear()
    qtbot.keyClicks(dialog.again_edit, "first-pass-1")
    assert ok.isEnabled()

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.station is not None, timeout=20_000)
    assert "西湖街道总工会" in window.station_label.text()
    assert "陈干事" in window.officer_label.text()
    # Every page has its feature now: none is left as a placeholder.
    assert not any(isinstance(p, PlaceholderPage) for p in window.pages.values())

    assert any(kind == "inform" and "-" in text for kind, _title, text in dialogs.shown)
    check = log_in(home, "陈干事", "first-pass-1")
    try:
        station = StationService(check.runtime.context).current()
        assert station is not None and station.county_name == "西湖区总工会"
        assert StationService(check.runtime.context).officers() == ["陈干事"]
        assert check.officer.role == Role.ADMIN
    finally:
        check.close()


def test_cancelling_first_run_closes_the_window(
    qtbot: QtBot, open_window: OpenWindow, home: StationHome,
) -> None:
    window, controller = open_window(home)
    assert controller.first_run is not None
    controller.first_run.reject()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
