"""The county's CONFLICT and REJECTED answers in words, for the sync page and the member pane."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication

from unionstation.sync.station_sync import SyncService


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
