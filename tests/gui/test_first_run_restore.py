"""The first-run screen restores a backup carried from another machine, then opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.factories import TEST_ADMIN, TEST_KEY, TEST_PASSWORD
from tests.gui.conftest import OpenWindow, ScriptedDialogs, type_text
from unionstation.paths import StationHome
from unionstation.services.audit import AuditService
from unionstation.services.backups import BackupService
from unionstation.services.login import log_in
from unionstation.store.keyring import KeyRing
from unionstation.ui.controller import AppController
from unionstation.ui.first_run_restore import RestoreBackupDialog
from unionstation.ui.operations import wait_for_workers

TIMEOUT = 30_000


def _carried_backup(station_home: StationHome, folder: Path) -> Path:
    """A backup made by the product (with the key wraps beside it), as a USB stick holds."""
    logged = log_in(station_home, TEST_ADMIN, TEST_PASSWORD)
    try:
        return BackupService(logged.runtime.context, station_home, logged.key).run(folder)
    finally:
        logged.close()


def _restore_dialog(qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs,
                    backup: Path) -> RestoreBackupDialog:
    first_run = controller.first_run
    assert first_run is not None and first_run.restore_button.isVisible()
    dialogs.file_answer = backup
    qtbot.mouseClick(first_run.restore_button, Qt.MouseButton.LeftButton)
    assert any(kind == "open_file" for kind, *_ in dialogs.shown)
    restore = controller.first_run_restore
    assert restore is not None and restore.dialog is not None
    assert restore.dialog.isVisible()
    return restore.dialog


def _register_names(controller: AppController) -> list[str]:
    assert controller.pages is not None and controller.pages.members is not None
    model = controller.pages.members.register.model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def test_a_backup_is_restored_into_an_empty_folder_and_opens(
    qtbot: QtBot, open_window: OpenWindow, station_home: StationHome, home: StationHome,
    dialogs: ScriptedDialogs, tmp_path: Path,
) -> None:
    backup = _carried_backup(station_home, tmp_path / "usb")
    window, controller = open_window(home, credentials=None)
    dialog = _restore_dialog(qtbot, controller, dialogs, backup)

    type_text(qtbot, dialog.login_edit, TEST_ADMIN)
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "密码不对" in dialog.error_label.text(), timeout=TIMEOUT)
    wait_for_workers()
    assert not home.db_path.exists() and not KeyRing.exists(home)  # nothing written
    assert controller.station is None and dialog.isVisible()
    assert dialog.ok_button.isEnabled() and dialog.password_edit.text() == ""

    qtbot.keyClicks(dialog.password_edit, TEST_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.station is not None, timeout=TIMEOUT)
    assert controller.first_run is None and not dialog.isVisible()
    assert "测试街道总工会" in window.station_label.text()
    assert TEST_ADMIN in window.officer_label.text()
    qtbot.waitUntil(lambda: _register_names(controller) == ["张三", "曾小红", "李四"],
                    timeout=TIMEOUT)
    wait_for_workers()

    again = log_in(home, TEST_ADMIN, TEST_PASSWORD)  # the restored station, on its own
    try:
        actions = [entry.action for entry in
                   AuditService(again.runtime.context).entries(limit=50).entries]
        assert "backup.restore" in actions
    finally:
        again.close()


def test_the_recovery_code_restores_and_sets_a_new_password(
    qtbot: QtBot, open_window: OpenWindow, station_home: StationHome, home: StationHome,
    dialogs: ScriptedDialogs, tmp_path: Path,
) -> None:
    ring = KeyRing.load(station_home)
    code = ring.new_recovery_code(TEST_KEY)
    ring.save()
    backup = _carried_backup(station_home, tmp_path / "usb")
    _window, controller = open_window(home, credentials=None)
    dialog = _restore_dialog(qtbot, controller, dialogs, backup)
    dialog.by_code.setChecked(True)
    assert not dialog.password_edit.isEnabled()

    qtbot.keyClicks(dialog.code_edit, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    qtbot.keyClicks(dialog.new_edit, "new-pass-2027")
    qtbot.keyClicks(dialog.again_edit, "new-pass-2027")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "恢复码不对" in dialog.error_label.text(), timeout=TIMEOUT)
    wait_for_workers()
    assert not home.db_path.exists() and not KeyRing.exists(home)

    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, code.lower())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.station is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(_register_names(controller)) == 3, timeout=TIMEOUT)
    wait_for_workers()
    log_in(home, TEST_ADMIN, "new-pass-2027").close()  # the first admin's new password
