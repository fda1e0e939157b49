"""The county's CONFLICT and REJECTED answers in words, for the sync page and the member pane."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from unionstation.sync.receipts import SyncIssueRow
from unionstation.sync.station_sync import SyncService
from unionstation.ui.members.drive_models import Column, RowsModel
from unionstation.ui.style import MUTED_STYLE
from unionstation.ui.sync.texts import when_text
from unionstation.ui.tables import read_only_table


def issue_status_text(status: str) -> str:
    if status == "CONFLICT":
        return QCoreApplication.translate("SyncIssues", "Conflict at the county")
    if status == "REJECTED":
        return QCoreApplication.translate("SyncIssues", "Refused by the county")
    return status


def member_issue_lines(service: SyncService, member_id: UUID) -> list[str]:
    """One line per answer the county gave about this member's record."""
    return [
        QCoreApplication.translate("SyncIssues", "Reporting: {0} (change no. {1}): {2}").format(
            issue_status_text(row.status), row.change_seq, row.reason)
        for row in service.issues(member_id)
    ]


class IssuesBox(QGroupBox):
    """The sync page's list of the county's answers, naming the record each concerns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What the county said about records"))
        self.model: RowsModel[SyncIssueRow] = RowsModel([
            Column(self.tr("Record"), lambda row: row.record),
            Column(self.tr("Answer"), lambda row: issue_status_text(row.status)),
            Column(self.tr("Reason"), lambda row: row.reason),
            Column(self.tr("Change no."), lambda row: str(row.change_seq), numeric=True),
            Column(self.tr("Received"), lambda row: when_text(row.received_at, "")),
        ], self)
        self.view = read_only_table(self, self.model, "syncIssues", 2, wrap=True)
        self.view.setMinimumHeight(180)
        self.empty = QLabel(self.tr(
            "The county has reported no problem with this station's records."), self)
        self.empty.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        self.set_rows([])

    def set_rows(self, rows: list[SyncIssueRow]) -> None:
        self.model.set_rows(rows)
        self.view.resizeRowsToContents()
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
