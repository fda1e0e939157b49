"""Enrollment drives (集中入会): choose or create a drive, then enter its workers in a row."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from unionstation.services.drives import DriveInfo
from unionstation.ui.members.drive_chooser import DriveChooser
from unionstation.ui.members.drive_entry import DriveEntry
from unionstation.ui.page_context import PageContext


class DriveView(QWidget):
    """`start()` each time the view is shown; `enrolled()` after every worker saved."""

    closed = Signal()
    enrolled = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDrive")
        self.context = context
        self.chooser = DriveChooser(context, self)
        self.entry = DriveEntry(context, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.chooser)
        self.stack.addWidget(self.entry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.chooser.chosen.connect(self.open_drive)
        self.chooser.closed.connect(self.closed)
        self.entry.closed.connect(self.closed)
        self.entry.enrolled.connect(self.enrolled)
        self.entry.change_drive.connect(self.start)

    def start(self) -> None:
        """Show the chooser: recent drives to continue, or a new one."""
        self.chooser.reload()
        self.stack.setCurrentWidget(self.chooser)
        self.chooser.place_edit.setFocus()

    def open_drive(self, drive: DriveInfo) -> None:
        self.stack.setCurrentWidget(self.entry)
        self.entry.set_drive(drive)

    def in_entry(self) -> bool:
        return self.stack.currentWidget() is self.entry
