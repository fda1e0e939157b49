"""The county's answers shown where they matter: a CONFLICT in the sync page's list and as a
red line on the member's detail pane; a counts mismatch with its "Resend everything"."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.gui.sync.world import STATION_CODE, TIMEOUT, click, enrol, sync_page
from unionstation.county.service import County
from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.store.models import ChangeRecord, Member, SyncBatch
from unionstation.sync.ack import Ack, AckIssue, write_ack
from unionstation.sync.station_sync import SyncService
from unionstation.ui.members.page import MembersPage
from unionstation.ui.operations import wait_for_workers

REASON = "县里已有该会员更新的版本,两份都已保留待县里核对。"


def member_change(context: ServiceContext, name: str) -> tuple[uuid.UUID, int, int]:
    """The member's id, the seq of its newest change, and the station's newest seq."""
    with context.reading() as session:
        member_id = session.scalars(select(Member.id).where(Member.name == name)).one()
        seq = session.scalar(select(func.max(ChangeRecord.change_seq)).where(
            ChangeRecord.entity_id == member_id))
        newest = session.scalar(select(func.max(ChangeRecord.change_seq)))
    assert seq is not None and newest is not None
    return member_id, seq, newest


def exported(context: ServiceContext, home: StationHome, folder: Path) -> SyncBatch:
    """A batch of everything waiting, as the station wrote it (a receipt must answer one)."""
    folder.mkdir(exist_ok=True)
    # without the yearly figures (which carry member counts): the batch ends at the change
    # the receipt answers
    result = SyncService(context, home).export_to(folder, refresh=False)
    assert result.batch is not None
    with context.reading() as session:
        return session.scalars(select(SyncBatch).where(
            SyncBatch.file_name == result.batch.name)).one()


def signed_ack(county: County, batch: SyncBatch, issues: tuple[AckIssue, ...] = (),
               active_members: int = 3) -> bytes:
    newest = batch.to_seq
    runs: list[tuple[int, int, str]] = []
    start = 1
    for issue in issues:
        if issue.change_seq > start:
            runs.append((start, issue.change_seq - 1, "OK"))
        runs.append((issue.change_seq, issue.change_seq, issue.status))
        start = issue.change_seq + 1
    if start <= newest:
        runs.append((start, newest, "OK"))
    return write_ack(Ack(
        county_code="330106", station_code=STATION_CODE, batch_id=batch.batch_id,
        batch_sha256=batch.sha256, status="applied", from_change_seq=batch.from_seq,
        to_change_seq=newest,
        applied_through_change_seq=newest, runs=tuple(runs), issues=issues,
        counts={"active_members": active_members, "disbursed_this_year": "0.00"},
        signer_key_id=county.keys.signing_key_id, issued_at=datetime.now(UTC)),
        county.keys.signing)


def test_a_conflict_is_listed_and_shown_on_the_member(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    window, controller = open_window(station_home)
    assert controller.runtime is not None
    page = sync_page(qtbot, window)
    enrol(qtbot, page, dialogs, county, tmp_path)
    member_id, seq, newest = member_change(controller.runtime.context, "李四")
    batch = exported(controller.runtime.context, station_home, tmp_path / "stick")
    assert batch.to_seq == newest
    receipt = tmp_path / "receipt.ack"
    receipt.write_bytes(signed_ack(county, batch, (AckIssue(
        seq, "member", str(member_id), "CONFLICT", "stale_version", REASON),)))
    dialogs.file_answer = receipt
    with qtbot.waitSignal(page.commands.acknowledged, timeout=TIMEOUT):
        click(qtbot, page.send.receipt_button)
    qtbot.waitUntil(lambda: page.issues.model.rowCount() == 1, timeout=TIMEOUT)
    assert page.issues.view.isVisible() and not page.issues.empty.isVisible()
    model = page.issues.model
    row = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert "李四" in row[0] and row[1] == "Conflict at the county" and row[2] == REASON
    assert page.errors_value.text() == "1"

    window.show_page("members")
    members = window.pages["members"]
    assert isinstance(members, MembersPage)
    members.register.select_member(member_id)
    pane = members.register.detail
    qtbot.waitUntil(lambda: pane.member_id == member_id, timeout=TIMEOUT)
    # The county's answers are read on the database worker, then shown.
    qtbot.waitUntil(lambda: pane.sync_line.isVisible(), timeout=TIMEOUT)
    assert REASON in pane.sync_line.text() and "Conflict" in pane.sync_line.text()
    other, _, _ = member_change(controller.runtime.context, "张三")
    members.register.select_member(other)
    qtbot.waitUntil(lambda: pane.member_id == other, timeout=TIMEOUT)
    assert not pane.sync_line.isVisible()
    wait_for_workers()
    qtbot.wait(50)
    assert not pane.sync_line.isVisible() and pane.sync_line.text() == ""

    # An answer that comes after the pane moved on (here: cleared) is not shown.
    members.register.select_member(member_id)
    pane.clear()
    wait_for_workers()
    qtbot.wait(50)
    assert pane.member_id is None and not pane.sync_line.isVisible()


def test_a_counts_mismatch_offers_resend_everything(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    window, controller = open_window(station_home)
    assert controller.runtime is not None
    page = sync_page(qtbot, window)
    enrol(qtbot, page, dialogs, county, tmp_path)
    _, _, newest = member_change(controller.runtime.context, "张三")
    batch = exported(controller.runtime.context, station_home, tmp_path / "stick")
    receipt = tmp_path / "receipt.ack"
    receipt.write_bytes(signed_ack(county, batch, active_members=5))
    dialogs.file_answer = receipt
    click(qtbot, page.send.receipt_button)
    qtbot.waitUntil(lambda: page.mismatch_label.isVisible(), timeout=TIMEOUT)
    assert "5" in page.mismatch_label.text() and page.resend_button.isVisible()
    assert page.pending_value.text() == "0"

    dialogs.confirm_answer = False
    click(qtbot, page.resend_button)
    assert dialogs.shown[-1][0] == "confirm"
    assert page.pending_value.text() == "0"

    dialogs.confirm_answer = True
    click(qtbot, page.resend_button)
    qtbot.waitUntil(lambda: page.pending_value.text() == str(newest), timeout=TIMEOUT)
    assert not page.mismatch_label.isVisible() and not page.resend_button.isVisible()
    assert dialogs.shown[-1][0] == "inform"
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
