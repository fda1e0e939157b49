"""The members page: one stack of sub-pages, wired together. It does nothing else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from unionstation.domain.permissions import Action
from unionstation.ui.members.register import RegisterView
from unionstation.ui.page_context import PageContext

if TYPE_CHECKING:
    from unionstation.ui.members.drive import DriveView
    from unionstation.ui.members.form import MemberForm
    from unionstation.ui.members.unions import UnionsView

SUB_PAGES = ("register", "form", "drive", "unions")


class MembersPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-members")
        self.context = context
        self.register = RegisterView(context, self)
        # The form, the drive and the unions view are built when first asked for: the
        # register is what start-up shows (bench/startup.py).
        self._form: MemberForm | None = None
        self._drive: DriveView | None = None
        self._unions: UnionsView | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.register)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.register.open_member.connect(self.open_member)
        self.register.new_member.connect(self.new_member)
        self.register.open_drive.connect(lambda: self.show_sub("drive"))
        self.register.open_unions.connect(lambda: self.show_sub("unions"))

    @property
    def form(self) -> MemberForm:
        if self._form is None:
            from unionstation.ui.members.form import MemberForm

            self._form = form = MemberForm(self.context, self)
            self.stack.addWidget(form)
            form.saved.connect(self._member_saved)
            form.open_member.connect(self.open_member)
            form.closed.connect(lambda: self.show_sub("register"))
        return self._form

    @property
    def drive(self) -> DriveView:
        if self._drive is None:
            from unionstation.ui.members.drive import DriveView

            self._drive = drive = DriveView(self.context, self)
            self.stack.addWidget(drive)
            drive.closed.connect(lambda: self.show_sub("register"))
            drive.enrolled.connect(self.register.refresh)
        return self._drive

    @property
    def unions(self) -> UnionsView:
        if self._unions is None:
            from unionstation.ui.members.unions import UnionsView

            self._unions = unions = UnionsView(self.context, self)
            self.stack.addWidget(unions)
            unions.closed.connect(lambda: self.show_sub("register"))
            unions.changed.connect(self.register.refresh)
        return self._unions

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
        view: QWidget = self.register
        if name == "drive":
            view = self.drive
            self.drive.start()
        elif name == "unions":
            view = self.unions
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
