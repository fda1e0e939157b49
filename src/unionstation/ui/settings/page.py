"""The Settings page: every box reads its values when the page is shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.backups_box import BackupsBox
from unionstation.ui.settings.common import SettingsBox
from unionstation.ui.settings.printing_box import PrintingBox
from unionstation.ui.settings.station_box import StationBox
from unionstation.ui.settings.sync_box import SyncBox
from unionstation.ui.settings.yearly_box import YearlyBox
from unionstation.ui.style import title_label


class SettingsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-settings")
        self.context = context
        self.station = StationBox(context, self)
        self.printing = PrintingBox(context, self)
        self.sync = SyncBox(context, self)
        self.backups = BackupsBox(context, self)
        self.yearly = YearlyBox(context, self)
        self.boxes: list[SettingsBox] = [self.station, self.printing, self.sync, self.backups,
                                         self.yearly]
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setContentsMargins(24, 16, 24, 16)
        grid.setHorizontalSpacing(16)
        grid.addWidget(title_label(inner, self.tr("Settings")), 0, 0, 1, 2)
        grid.addWidget(self.station, 1, 0)
        grid.addWidget(self.sync, 1, 1)
        grid.addWidget(self.printing, 2, 0)
        grid.addWidget(self.backups, 2, 1)
        grid.addWidget(self.yearly, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.scroll_area = scroll

    def refresh(self) -> None:
        for box in self.boxes:
            box.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()
