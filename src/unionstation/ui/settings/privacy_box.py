"""Retention (PIPL): members who left before a day are counted (a dry run, audited), then,
once the admin confirms, purged from the tables, the search index, the WAL and the free
pages, with a tombstone that syncs to the county. Admin only (Action.PRIVACY_PURGE)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QPushButton, QWidget

from unionstation.domain.permissions import Action
from unionstation.services.privacy import PrivacyService, PurgeResult
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.common import SettingsBox, button_row, muted


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PrivacyBox(SettingsBox):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Retention of personal data"), context, parent,
                         Action.PRIVACY_PURGE)
        self.cutoff_edit = QDateEdit(self)
        self.cutoff_edit.setObjectName("purgeLeftBefore")
        self.cutoff_edit.setCalendarPopup(True)
        self.cutoff_edit.setDisplayFormat("yyyy-MM-dd")
        self.cutoff_edit.setMaximumWidth(160)
        self.count_button = QPushButton(self.tr("Count (dry run)"), self)
        self.count_button.setObjectName("purgeDryRun")
        self.count_button.clicked.connect(self.count)
        self.purge_button = QPushButton(self.tr("Purge…"), self)
        self.purge_button.setObjectName("purgeNow")
        self.purge_button.clicked.connect(self.purge)
        self.editors = [self.cutoff_edit, self.count_button, self.purge_button]
        self.counted: tuple[date, int] | None = None
        self.operation: Operation[PurgeResult] | None = None
        form = QFormLayout(self)
        form.addRow(self.tr("Members who left before"), self.cutoff_edit)
        form.addRow("", muted(self.tr(
            "Count first; a purge removes them for good (tables, search, free pages) and "
            "tells the county to purge them too. Both are in the audit trail."), self))
        form.addRow("", button_row(self.count_button, self.purge_button))
        form.addRow(self.message)

    def service(self) -> PrivacyService:
        return PrivacyService(self.context.services)

    def refresh(self) -> None:
        cutoff = self.service().retention_cutoff()
        self.cutoff_edit.setDate(QDate(cutoff.year, cutoff.month, cutoff.day))
        self.counted = None
        self.lock_editors()
        self.purge_button.setEnabled(False)  # only after a count that found someone

    def _run(self, dry_run: bool) -> None:
        cutoff = _day(self.cutoff_edit.date())
        service = self.service()
        label = self.tr("Counting…") if dry_run else self.tr("Purging…")
        self.operation = Operation(
            self, lambda _p: service.purge(cutoff, dry_run=dry_run), label=label).success(
            lambda result: self._done(cutoff, result)).failure(
            lambda exc: self.say(str(exc), error=True))
        self.operation.run()

    def count(self) -> None:
        self._run(dry_run=True)

    def purge(self) -> None:
        cutoff = _day(self.cutoff_edit.date())
        if self.counted is None or self.counted[0] != cutoff:
            self.say(self.tr("Count first, for this day."), error=True)
            return
        if not self.context.dialogs.confirm(self.tr("Purge members"), self.tr(
                "Remove the {0} member(s) who left before {1} for good? This cannot be "
                "undone, except from a backup.").format(self.counted[1], cutoff.isoformat())):
            return
        self._run(dry_run=False)

    def _done(self, cutoff: date, result: PurgeResult) -> None:
        when = cutoff.isoformat()
        if result.purged:
            self.counted = None
            self.purge_button.setEnabled(False)
            self.say(self.tr("{0} member(s) who left before {1} are purged.").format(
                result.members, when))
            return
        self.counted = (cutoff, result.members)
        self.purge_button.setEnabled(result.members > 0 and self.may_edit())
        self.say(self.tr("{0} member(s) left before {1}; nothing is removed yet.").format(
            result.members, when))
