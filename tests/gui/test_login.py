"""The login dialog, the lock-out, the idle lock (an unsaved form survives it), an admin
resetting a clerk's password, and what each role's window offers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.factories import TEST_ADMIN, TEST_KEY, TEST_PASSWORD
from tests.gui.conftest import OpenWindow, ScriptedDialogs, type_text
from unionstation.domain.permissions import Role
from unionstation.paths import StationHome
from unionstation.services.login import log_in, set_up_demo
from unionstation.services.officers import OfficerService
from unionstation.services.runtime import open_station
from unionstation.ui.login import LoginDialog
from unionstation.ui.operations import wait_for_workers


def _login(qtbot: QtBot, dialog: LoginDialog, login: str, password: str) -> None:
    dialog.officer_box.setCurrentText(login)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _add_officer(home: StationHome, login: str, role: Role, password: str) -> None:
    runtime = open_station(home, TEST_KEY, officer=TEST_ADMIN)
    try:
        OfficerService(runtime.context, home, TEST_KEY).add(login, login, role, password)
    finally:
        runtime.close()


def _refused(qtbot: QtBot, dialog: LoginDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_login_wrong_then_right(qtbot: QtBot, open_window: OpenWindow,
                                station_home: StationHome) -> None:
    window, controller = open_window(station_home, credentials=None)
    dialog = controller.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert controller.station is None and dialog.demo_banner is None
    assert dialog.officer_box.currentText() == TEST_ADMIN  # the only officer
    _login(qtbot, dialog, TEST_ADMIN, "not-the-password")
    _refused(qtbot, dialog)
    assert "密码不对" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.password_edit.text() == ""
    _login(qtbot, dialog, TEST_ADMIN, TEST_PASSWORD)
    qtbot.waitUntil(lambda: controller.station is not None, timeout=20_000)
    assert not dialog.isVisible()
    assert TEST_ADMIN in window.officer_label.text()


def test_five_wrong_passwords_lock_the_officer_out(qtbot: QtBot, open_window: OpenWindow,
                                                   station_home: StationHome) -> None:
    _window, controller = open_window(station_home, credentials=None)
    dialog = controller.login_dialog
    assert dialog is not None
    for _ in range(5):
        _login(qtbot, dialog, TEST_ADMIN, "wrong-wrong")
        _refused(qtbot, dialog)
    assert 25 <= dialog.locked_seconds() <= 30
    assert not dialog.ok_button.isEnabled()
    assert "30" in dialog.error_label.text() or "锁定" in dialog.error_label.text()
    _login(qtbot, dialog, TEST_ADMIN, TEST_PASSWORD)  # the button is off: nothing happens
    assert controller.station is None


def test_the_demo_station_says_so(qtbot: QtBot, open_window: OpenWindow,
                                  home: StationHome) -> None:
    set_up_demo(home).close()
    _window, controller = open_window(home, credentials=None)
    dialog = controller.login_dialog
    assert dialog is not None and dialog.demo_banner is not None
    assert "demo" in dialog.demo_banner.text()
    assert "#c8102e" in dialog.demo_banner.styleSheet()


def test_idle_lock_keeps_the_unsaved_form(qtbot: QtBot, open_window: OpenWindow,
                                          station_home: StationHome) -> None:
    window, controller = open_window(station_home)
    assert controller.idle is not None
    assert controller.idle.interval_ms == 15 * 60_000  # the default
    window.show_page("members/form")
    form = window.pages["members"].form  # type: ignore[attr-defined]
    type_text(qtbot, form.fields.name, "未保存的名字")
    controller.idle.set_timeout(1000)
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.login_dialog is not None, timeout=5_000)
    dialog = controller.login_dialog
    assert dialog is not None and window.is_locked()
    assert dialog.officer_box.currentText() == TEST_ADMIN
    _login(qtbot, dialog, TEST_ADMIN, "wrong-password")
    _refused(qtbot, dialog)
    assert window.is_locked()
    _login(qtbot, dialog, TEST_ADMIN, TEST_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=20_000)
    assert controller.login_dialog is None
    assert form.fields.name.text() == "未保存的名字"
    assert window.current_page() == "members"


def test_admin_resets_a_clerks_password(qtbot: QtBot, open_window: OpenWindow,
                                        station_home: StationHome,
                                        dialogs: ScriptedDialogs) -> None:
    _add_officer(station_home, "li", Role.CLERK, "clerk-pass-1")
    window, _controller = open_window(station_home)
    window.show_page("officers")
    page = window.pages["officers"]
    qtbot.waitUntil(lambda: len(page.officers) == 2, timeout=20_000)  # type: ignore[attr-defined]
    page.select("li")  # type: ignore[attr-defined]
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = page.dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.new_edit, "clerk-pass-2")
    qtbot.keyClicks(dialog.again_edit, "clerk-pass-2")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in dialogs.shown),
                    timeout=20_000)
    wait_for_workers()
    log_in(station_home, "li", "clerk-pass-2").close()
    with pytest.raises(Exception, match="密码不对"):
        log_in(station_home, "li", "clerk-pass-1")


VISIBLE = {
    Role.ADMIN: ["members", "homes", "hardship", "sync", "reports", "settings", "officers",
                 "audit"],
    Role.OFFICER: ["members", "homes", "hardship", "sync", "reports", "officers"],
    Role.CLERK: ["members", "homes", "reports", "officers"],
    Role.FINANCE: ["members", "homes", "hardship", "reports", "officers"],
    Role.AUDITOR: ["members", "homes", "hardship", "reports", "officers", "audit"],
}


@pytest.mark.parametrize("role", list(Role))
def test_each_roles_menus(qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
                          role: Role) -> None:
    if role == Role.ADMIN:
        credentials = (TEST_ADMIN, TEST_PASSWORD)
    else:
        _add_officer(station_home, f"{role.value}1", role, "role-pass-1")
        credentials = (f"{role.value}1", "role-pass-1")
    window, controller = open_window(station_home, credentials=credentials)
    assert controller.runtime is not None and controller.runtime.context.role == role
    shown = [key for row, key in enumerate(window.page_keys())
             if not window.nav.item(row).isHidden()]
    assert shown == VISIBLE[role]
    assert window.current_page() in shown
    members = window.pages["members"]
    assert members.export_allowed() == (role in (Role.ADMIN, Role.OFFICER, Role.FINANCE))  # type: ignore[attr-defined]
    register = members.register  # type: ignore[attr-defined]
    assert register.filters.new_button.isEnabled() == (role in (Role.ADMIN, Role.OFFICER,
                                                                 Role.CLERK))
    assert register.detail.may_reveal == (role in (Role.ADMIN, Role.OFFICER))
    officers = window.pages["officers"]
    assert officers.add_button.isEnabled() == (role == Role.ADMIN)  # type: ignore[attr-defined]
    assert officers.own_button.isEnabled()  # type: ignore[attr-defined]


def test_a_clerk_changes_their_own_password(qtbot: QtBot, open_window: OpenWindow,
                                            station_home: StationHome,
                                            dialogs: ScriptedDialogs) -> None:
    _add_officer(station_home, "li", Role.CLERK, "clerk-pass-1")
    window, _controller = open_window(station_home, credentials=("li", "clerk-pass-1"))
    window.show_page("officers")
    page = window.pages["officers"]
    assert not page.table.isVisible()  # type: ignore[attr-defined]
    qtbot.mouseClick(page.own_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = page.dialog  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.old_edit, "clerk-pass-1")
    qtbot.keyClicks(dialog.new_edit, "clerk-pass-9")
    qtbot.keyClicks(dialog.again_edit, "clerk-pass-9")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in dialogs.shown),
                    timeout=20_000)
    wait_for_workers()
    log_in(station_home, "li", "clerk-pass-9").close()
