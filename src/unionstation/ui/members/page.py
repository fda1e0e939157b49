"""The members page: one stack of sub-pages, wired together. It does nothing else."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from unionstation.domain.permissions import Action
from unionstation.ui.members.drive import DriveView
from unionstation.ui.members.form import MemberForm
from unionstation.ui.members.register import RegisterView
from unionstation.ui.members.unions import UnionsView
from unionstation.ui.page_context import PageContext

SUB_PAGES = ("register", "form", "drive", "unions")


class MembersPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-members")
        self.context = context
        self.register = RegisterView(context, self)
        self.form = MemberForm(context, self)
        self.drive = DriveView(context, self)
        self.unions = UnionsView(context, self)
        self.stack = QStackedWidget(self)
        for view in (self.register, self.form, self.drive, self.unions):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.register.open_member.connect(self.open_member)
        self.register.new_member.connect(self.new_member)
        self.register.open_drive.connect(lambda: self.show_sub("drive"))
        self.register.open_unions.connect(lambda: self.show_sub("unions"))
        self.form.saved.connect(self._member_saved)
        self.form.open_member.connect(self.open_member)
        self.form.closed.connect(lambda: self.show_sub("register"))
        self.drive.closed.connect(lambda: self.show_sub("register"))
        self.drive.enrolled.connect(self.register.refresh)
        self.unions.closed.connect(lambda: self.show_sub("register"))
        self.unions.changed.connect(self.register.refresh)

    def apply_permissions(self, may: Callable[[Action], bool]) -> None:
        self.register.apply_permissions(may)
        self._may_export = may(Action.EXPORT_BULK)

    def export_allowed(self) -> bool:
        return getattr(self, "_may_export", True)

    def show_sub(self, name: str) -> None:
        """`""`/`register`, `form` (a new member), `drive` or `unions`."""
        if name == "form":
            self.new_member()
            return
        view = {"drive": self.drive, "unions": self.unions}.get(name, self.register)
        if view is self.drive:
            self.drive.start()
        if view is self.unions:
            self.unions.refresh()
        self.stack.setCurrentWidget(view)

    def new_member(self) -> None:
        self.form.edit_new()
        self.stack.setCurrentWidget(self.form)

    def open_member(self, member_id: UUID) -> None:
        self.form.edit_member(member_id)
        self.stack.setCurrentWidget(self.form)

    def _member_saved(self, member_id: UUID) -> None:
        self.register.refresh()
        self.register.select_member(member_id)
