"""The county window's login and roles: each role sees only its pages and buttons, the
admin adds an officer there, and an auditor verifies the county's audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from unionstation.county.county_keyring import new_county_keyring
from unionstation.county.home import CountyHome
from unionstation.county.officers import CountyOfficers, add_first_county_admin, county_log_in
from unionstation.county.service import init_county
from unionstation.domain.permissions import Role
from unionstation.ui.county.admin import CountyAuditPage, CountyOfficersPage
from unionstation.ui.county.controller import CountyController
from unionstation.ui.county.launch import build_county_window
from unionstation.ui.county.stations import StationsPage
from unionstation.ui.county.window import CountyWindow
from unionstation.ui.operations import wait_for_workers

TIMEOUT = 20_000
PASSWORD = "County-pass-2026"
LOGINS = {Role.ADMIN: "cadmin", Role.OFFICER: "gan", Role.AUDITOR: "jing"}
VISIBLE = {
    Role.ADMIN: ["stations", "intake", "cases", "figures", "county-members", "homes",
                 "officers", "audit"],
    Role.OFFICER: ["stations", "intake", "cases", "figures", "county-members", "homes"],
    Role.AUDITOR: ["stations", "cases", "figures", "county-members", "homes", "audit"],
}


@pytest.fixture
def county_home(tmp_path: Path) -> CountyHome:
    home = CountyHome(tmp_path / "county")
    home.root.mkdir(parents=True)
    ring, key, _code = new_county_keyring(home, "cadmin", PASSWORD)
    ring.save()
    county = init_county(home, "测试县总工会", "330106", key=key)
    try:
        county.data_key = key
        add_first_county_admin(county, "cadmin")
        CountyOfficers(county, home).add("gan", "干事", Role.OFFICER, PASSWORD)
        CountyOfficers(county, home).add("jing", "经审", Role.AUDITOR, PASSWORD)
    finally:
        county.close()
    return home


def _logged_in(qtbot: QtBot, home: CountyHome, dialogs: ScriptedDialogs, login: str,
               ) -> tuple[CountyWindow, CountyController]:
    window, controller = build_county_window(home, dialogs)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        controller.start()
    dialog = controller.login_dialog
    assert dialog is not None
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        dialog.submitted.emit(login, PASSWORD)
    assert controller.county is not None
    return window, controller


@pytest.mark.parametrize("role", list(LOGINS))
def test_each_county_role_sees_its_pages(qtbot: QtBot, dialogs: ScriptedDialogs,
                                         county_home: CountyHome, role: Role) -> None:
    window, controller = _logged_in(qtbot, county_home, dialogs, LOGINS[role])
    try:
        assert controller.county is not None and controller.county.role == role
        shown = [key for row, key in enumerate(window.page_keys())
                 if not window.nav.item(row).isHidden()]
        assert shown == VISIBLE[role]
        stations = window.pages["stations"]
        assert isinstance(stations, StationsPage)
        assert stations.enrol_button.isVisibleTo(stations) == (role == Role.ADMIN)
        assert stations.rebase_button.isVisibleTo(stations) == (role == Role.ADMIN)
        assert LOGINS[role] in window.officer_label.text()
    finally:
        wait_for_workers()
        controller.shutdown()


def test_the_admin_adds_a_county_officer_in_the_window(
        qtbot: QtBot, dialogs: ScriptedDialogs, county_home: CountyHome) -> None:
    window, controller = _logged_in(qtbot, county_home, dialogs, "cadmin")
    try:
        window.show_page("officers")
        page = window.pages["officers"]
        assert isinstance(page, CountyOfficersPage)
        qtbot.waitUntil(lambda: len(page.officers) == 3, timeout=TIMEOUT)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert dialog is not None and dialog.isVisible()
        roles = [dialog.role_box.itemData(i) for i in range(dialog.role_box.count())]
        assert roles == ["admin", "officer", "auditor"]
        qtbot.keyClicks(dialog.login_edit, "zhao")
        dialog.name_edit.setText("赵")
        qtbot.keyClicks(dialog.new_edit, "zhao-pass-1")
        qtbot.keyClicks(dialog.again_edit, "zhao-pass-1")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: len(page.officers) == 4, timeout=TIMEOUT)
    finally:
        wait_for_workers()
        controller.shutdown()
    county = county_log_in(county_home, "zhao", "zhao-pass-1")
    try:
        assert county.role == Role.OFFICER
    finally:
        county.close()
    admin = county_log_in(county_home, "cadmin", PASSWORD)
    try:
        added = admin.audit_entries().entries
        assert any(e.action == "officer.add" and e.target == "officer:zhao" for e in added)
    finally:
        admin.close()


def test_an_auditor_verifies_the_county_audit_trail(
        qtbot: QtBot, dialogs: ScriptedDialogs, county_home: CountyHome) -> None:
    window, controller = _logged_in(qtbot, county_home, dialogs, "jing")
    try:
        window.show_page("audit")
        page = window.pages["audit"]
        assert isinstance(page, CountyAuditPage)
        qtbot.waitUntil(lambda: page.entries is not None, timeout=TIMEOUT)
        assert page.entries is not None
        assert [e.action for e in page.entries.entries][0] == "login.ok"
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "whole" in page.result.text(), timeout=TIMEOUT)
    finally:
        wait_for_workers()
        controller.shutdown()
