"""The hardship-aid page: the overview (reminders and files), one file, the campaigns.
It wires the three together and does nothing else."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from unionstation.ui.hardship.campaign_view import CampaignView
from unionstation.ui.hardship.file_editor import FileEditor
from unionstation.ui.hardship.overview import OverviewView
from unionstation.ui.page_context import PageContext

SUB_PAGES = ("files", "file", "campaigns")


class HardshipPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-hardship")
        self.context = context
        self.overview = OverviewView(context, self)
        self.editor = FileEditor(context, self)
        self.campaigns = CampaignView(context, self)
        self.stack = QStackedWidget(self)
        for view in (self.overview, self.editor, self.campaigns):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._loaded = False

        self.overview.open_file.connect(self.open_file)
        self.overview.new_file.connect(lambda: self.show_sub("file"))
        self.overview.show_campaigns.connect(lambda: self.show_sub("campaigns"))
        self.overview.open_campaign.connect(self.open_campaign)
        self.editor.closed.connect(lambda: self.show_sub("files"))
        self.editor.saved.connect(self._file_saved)
        self.campaigns.closed.connect(lambda: self.show_sub("files"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            # The lists load after the page has painted its frame.
            QTimer.singleShot(0, self.overview.refresh)

    def show_sub(self, name: str) -> None:
        """`""`/`files`, `file` (a new file) or `campaigns`."""
        if name == "file":
            self.editor.edit_new()
            self.stack.setCurrentWidget(self.editor)
            return
        if name == "campaigns":
            self.campaigns.refresh()
            self.stack.setCurrentWidget(self.campaigns)
            return
        if self._loaded:
            self.overview.refresh()
        self.stack.setCurrentWidget(self.overview)

    def open_file(self, file_id: UUID) -> None:
        self.editor.edit_file(file_id)
        self.stack.setCurrentWidget(self.editor)

    def open_campaign(self, campaign_id: UUID) -> None:
        self.campaigns.refresh()
        self.campaigns.show_campaign(campaign_id)
        self.stack.setCurrentWidget(self.campaigns)

    def _file_saved(self, file_id: UUID) -> None:
        self.overview.refresh()
        self.overview.select_file(file_id)
