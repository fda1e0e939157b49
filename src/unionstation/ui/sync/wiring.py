"""Putting reporting into the station's window: the page, the uploader, the status bar
line and the member pane's red lines."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QLabel, QMainWindow

from unionstation.sync.station_sync import SyncService
from unionstation.ui.members.member_detail_pane import MemberDetailPane
from unionstation.ui.page_context import PageContext
from unionstation.ui.sync.issues import member_issue_lines
from unionstation.ui.sync.page import SyncPage
from unionstation.ui.sync.uploader import CountyState, CountyUploader


def install_sync(window: QMainWindow, context: PageContext,
                 detail_pane: MemberDetailPane | None = None) -> tuple[SyncPage, CountyUploader]:
    """The caller puts the page in place and stops the uploader when the window closes."""
    service = SyncService(context.services, context.home)
    uploader = CountyUploader(service, window)
    label = QLabel(window)
    label.setObjectName("countyState")
    window.statusBar().addWidget(label)

    def show(state: CountyState) -> None:
        label.setText(state.text())
        label.setToolTip(state.tooltip())

    uploader.state_changed.connect(show)
    if detail_pane is not None:
        detail_pane.sync_issues = partial(member_issue_lines, service)
    return SyncPage(context, uploader, window), uploader
