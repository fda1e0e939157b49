"""Stub: replaced by the real RegisterView."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from unionstation.ui.page_context import PageContext


class RegisterView(QWidget):
    open_member = Signal(object)
    new_member = Signal()
    open_drive = Signal()
    open_unions = Signal()
    saved = Signal(object)
    closed = Signal()
    enrolled = Signal()
    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None: ...
    def select_member(self, member_id: UUID) -> None: ...
    def edit_new(self) -> None: ...
    def edit_member(self, member_id: UUID) -> None: ...
    def start(self) -> None: ...
