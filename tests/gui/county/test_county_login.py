"""An encrypted county's window opens on the login dialog; a wrong password is refused."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.e2e.sync_world import make_county
from tests.gui.conftest import ScriptedDialogs
from unionstation.county.county_keyring import county_keyring_path, new_county_keyring
from unionstation.county.home import CountyHome
from unionstation.county.service import init_county
from unionstation.ui.county.launch import build_county_window
from unionstation.ui.operations import wait_for_workers

TIMEOUT = 20_000


def test_the_county_window_asks_for_a_password_and_opens_the_encrypted_store(
        qtbot: QtBot, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    home = CountyHome(tmp_path / "county")
    home.root.mkdir(parents=True)
    ring, key, _code = new_county_keyring(home, "cadmin", "County-pass-2026")
    ring.save()
    init_county(home, "测试县总工会", "330106", key=key).close()
    assert county_keyring_path(home).is_file()
    assert not home.db_path.read_bytes().startswith(b"SQLite format 3")

    window, controller = build_county_window(home, dialogs)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        controller.start()
    try:
        dialog = controller.login_dialog
        assert dialog is not None and controller.county is None
        dialog.officer_box.setCurrentText("cadmin")
        dialog.password_edit.setText("wrong-password")
        dialog.submitted.emit("cadmin", "wrong-password")
        qtbot.waitUntil(lambda: "密码不对" in dialog.error_label.text(), timeout=TIMEOUT)
        assert controller.county is None
        with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
            dialog.submitted.emit("cadmin", "County-pass-2026")
        assert controller.county is not None and controller.login_dialog is None
        assert "stations" in window.pages
    finally:
        wait_for_workers()
        controller.shutdown()


def test_a_county_without_officers_opens_as_before(
        qtbot: QtBot, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    make_county(tmp_path / "plain").close()
    window, controller = build_county_window(CountyHome(tmp_path / "plain"), dialogs)
    qtbot.addWidget(window)
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        controller.start()
    try:
        assert controller.login_dialog is None and controller.county is not None
    finally:
        wait_for_workers()
        controller.shutdown()
