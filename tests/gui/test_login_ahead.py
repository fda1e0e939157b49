"""A pause in typing derives the password's key ahead; OK then logs in with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.factories import TEST_ADMIN, TEST_PASSWORD
from tests.gui.conftest import OpenWindow
from unionstation.paths import StationHome


def test_a_pause_after_typing_derives_the_key_that_ok_then_uses(
    qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
) -> None:
    window, controller = open_window(station_home, credentials=None)
    dialog = controller.login_dialog
    assert dialog is not None
    dialog.officer_box.setCurrentText(TEST_ADMIN)
    with qtbot.waitSignal(dialog.paused, timeout=5_000) as paused:
        qtbot.keyClicks(dialog.password_edit, TEST_PASSWORD)
    assert paused.args == [TEST_ADMIN, TEST_PASSWORD]
    pending = controller._ahead._pending  # noqa: SLF001
    assert pending is not None and pending[:2] == (TEST_ADMIN, TEST_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.station is not None, timeout=20_000)
    assert controller._ahead._pending is None  # noqa: SLF001
    assert TEST_ADMIN in window.officer_label.text()
