"""PIPL in the window: an admin writes a member's personal data copy from the detail pane,
and counts then purges the members past retention on the Settings page; other roles do
not see either, and the services refuse them anyway (audited)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tests.factories import make_id_number
from tests.gui.conftest import ScriptedDialogs
from unionstation.domain.codes import MemberStatus
from unionstation.domain.permissions import Role
from unionstation.services.audit import AuditService
from unionstation.services.errors import PermissionDenied
from unionstation.services.members import MemberService
from unionstation.services.privacy import PrivacyService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui.members.register import RegisterView
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.page import SettingsPage

TIMEOUT = 20_000


def _register(qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs,
              ) -> RegisterView:
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.apply_permissions(runtime.context.may)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.member_id is not None, timeout=TIMEOUT)
    return view


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_an_admin_writes_a_members_personal_data_copy(
        qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs, tmp_path: Path,
        suffix: str) -> None:
    view = _register(qtbot, runtime, dialogs)
    button = view.detail.privacy_button
    assert button.isVisible()
    dialogs.file_answer = tmp_path / f"copy{suffix}"
    with qtbot.waitSignal(view.privacy.exported, timeout=TIMEOUT) as written:
        button.click()
    wait_for_workers()
    path = written.args[0]
    assert path == tmp_path / f"copy{suffix}"
    assert path.read_bytes()[:4] == (b"%PDF" if suffix == ".pdf" else b"PK\x03\x04")
    assert any(kind == "inform" for kind, *_ in dialogs.shown)
    exports = AuditService(runtime.context).entries(action="privacy.export")
    assert exports.total == 1
    assert exports.entries[0].target == f"member:{view.detail.member_id}"


def test_an_officer_sees_no_copy_button_and_is_refused(
        qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs) -> None:
    runtime.context.role = Role.OFFICER
    view = _register(qtbot, runtime, dialogs)
    assert not view.detail.privacy_button.isVisible()
    assert view.detail.member_id is not None
    with pytest.raises(PermissionDenied, match="officer may not privacy.export"):
        PrivacyService(runtime.context).dossier(view.detail.member_id)
    runtime.context.role = Role.ADMIN
    denied = AuditService(runtime.context).entries(action="permission.denied").entries
    assert denied and denied[0].target == "action:privacy.export"


def _settings(qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs,
              ) -> SettingsPage:
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def test_the_admin_counts_then_purges_members_past_retention(
        qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs) -> None:
    members = MemberService(runtime.context)
    leaver = members.resolve(make_id_number("330106", date(1990, 1, 2), 102))  # 李四
    members.change_status(leaver.id, MemberStatus.LAPSED, date(2024, 6, 30), "退会")
    page = _settings(qtbot, runtime, dialogs)
    box = page.privacy
    assert not box.purge_button.isEnabled()  # a count comes first
    box.cutoff_edit.setDate(QDate(2025, 1, 1))
    box.count_button.click()
    qtbot.waitUntil(lambda: "nothing is removed" in box.message.text(), timeout=TIMEOUT)
    assert "1 member" in box.message.text() and box.purge_button.isEnabled()
    assert members.count_active() == 2
    dialogs.confirm_answer = False
    box.purge_button.click()
    wait_for_workers()
    assert "purged" not in box.message.text()
    dialogs.confirm_answer = True
    box.purge_button.click()
    qtbot.waitUntil(lambda: "purged" in box.message.text(), timeout=TIMEOUT)
    wait_for_workers()
    assert PrivacyService(runtime.context).purge(date(2025, 1, 1), dry_run=True).members == 0
    actions = [e.action for e in AuditService(runtime.context).entries(
        action="privacy.").entries]
    assert actions == ["privacy.purge_dry_run", "privacy.purge", "privacy.purge_dry_run"]


def test_a_clerk_cannot_count_or_purge(qtbot: QtBot, runtime: StationRuntime,
                                       dialogs: ScriptedDialogs) -> None:
    runtime.context.role = Role.CLERK
    page = _settings(qtbot, runtime, dialogs)
    box = page.privacy
    assert not box.count_button.isEnabled() and not box.purge_button.isEnabled()
    with pytest.raises(PermissionDenied):
        PrivacyService(runtime.context).purge(date(2025, 1, 1), dry_run=True)
