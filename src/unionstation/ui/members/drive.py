"""Enrollment drives (集中入会): choose or create a drive, then enter its workers in a row."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from unionstation.services.drives import DriveInfo
from unionstation.ui.dialogs import report_error
from unionstation.ui.members.drive_chooser import DriveChooser
from unionstation.ui.members.drive_entry import DriveEntry
from unionstation.ui.operations import Operation, Progress
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
        self._enrolled_since_backup = False
        self.entry.enrolled.connect(self._note_enrolled)
        self.entry.closed.connect(self.back_up)
        self.entry.change_drive.connect(self.back_up)

    def _note_enrolled(self) -> None:
        self._enrolled_since_backup = True

    def back_up(self) -> None:
        """A backup when a drive's entry is left after workers were enrolled (off the GUI
        thread), so the drive's work survives a damaged disk."""
        if not self._enrolled_since_backup:
            return
        self._enrolled_since_backup = False
        home = self.context.home

        def work(_progress: Progress) -> object:
            from unionstation.services import recovery

            return recovery.backup_after(home, "drive")

        Operation(self, work).failure(
            lambda exc: report_error(self.context.dialogs, self.tr("Backup"), exc,
                                     home.log_file)).run()

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
