"""The form's life-cycle buttons: a status change, or a transfer within or out of the station.

Refusals come before the dialog (with the reason), and a service's refusal is shown inside
the dialog so the officer can correct it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from unionstation.services.context import ServiceContext
from unionstation.services.errors import UserError
from unionstation.services.member_lifecycle import MemberLifecycleService, MemberStanding
from unionstation.services.members import MemberService
from unionstation.services.transfers import TransferService
from unionstation.services.unions import UnionService
from unionstation.ui.members.lifecycle_dialogs import StatusChangeDialog, TransferDialog

if TYPE_CHECKING:
    from unionstation.ui.members.form import MemberForm


class LifecycleActions(QObject):
    def __init__(self, form: MemberForm) -> None:
        super().__init__(form)
        self.form = form
        self.dialog: StatusChangeDialog | TransferDialog | None = None

    @property
    def _ctx(self) -> ServiceContext:
        return self.form.context.services

    def standing(self) -> MemberStanding:
        assert self.form.member_id is not None
        return MemberLifecycleService(self._ctx).standing(self.form.member_id)

    def _open(self, dialog: StatusChangeDialog | TransferDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: StatusChangeDialog | TransferDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _done(self, dialog: StatusChangeDialog | TransferDialog, message: str) -> None:
        dialog.accept()
        self.form.refresh_standing()
        self.form.say(message)
        assert self.form.member_id is not None
        self.form.saved.emit(self.form.member_id)

    # -- status ------------------------------------------------------------------------------

    def change_status(self) -> None:
        if self.form.member_id is None:
            return
        standing = self.standing()
        if not standing.can_change_status:
            self.form.context.dialogs.warn(self.tr("Change membership status"),
                                           standing.status_refusal)
            return
        dialog = StatusChangeDialog(standing, self._ctx.today(), self.form)
        dialog.submitted.connect(lambda: self._apply_status(dialog))
        self._open(dialog)

    def _apply_status(self, dialog: StatusChangeDialog) -> None:
        assert self.form.member_id is not None
        try:
            summary = MemberService(self._ctx).change_status(
                self.form.member_id, dialog.new_status(), dialog.on(), dialog.reason.text())
        except UserError as exc:
            dialog.show_error(str(exc))
            return
        self._done(dialog, self.tr("The status is now “{status}”.").format(
            status=summary.status.label))

    # -- transfers ---------------------------------------------------------------------------

    def transfer(self) -> None:
        if self.form.member_id is None:
            return
        standing = self.standing()
        if not standing.can_transfer:
            self.form.context.dialogs.warn(self.tr("Transfer membership"),
                                           standing.transfer_refusal)
            return
        unions = [(u.id, u.name) for u in UnionService(self._ctx).list()]
        dialog = TransferDialog(standing, unions, self._ctx.today(), self.form)
        dialog.submitted.connect(lambda: self._apply_transfer(dialog))
        self._open(dialog)

    def _apply_transfer(self, dialog: TransferDialog) -> None:
        assert self.form.member_id is not None
        transfers = TransferService(self._ctx)
        try:
            if dialog.kind() == TransferDialog.WITHIN:
                to_union = dialog.to_union_id()
                if to_union is None:
                    dialog.show_error(self.tr("Choose the grassroots union to move to."))
                    return
                record = transfers.within(self.form.member_id, to_union, dialog.on(),
                                          dialog.note.text())
                message = self.tr("Moved to “{union}”.").format(union=record.to_name)
            else:
                record = transfers.out(self.form.member_id, dialog.destination.text(),
                                       dialog.on(), dialog.note.text())
                message = self.tr("Transferred out of the station to “{union}”.").format(
                    union=record.to_name)
        except UserError as exc:
            dialog.show_error(str(exc))
            return
        self._done(dialog, message)

    # -- deleting a record entered by mistake ----------------------------------------------------

    def delete(self) -> None:
        """Remove a record entered by mistake (a duplicate, the wrong person). It stays as a
        tombstone that reaches the county, so the county removes it too."""
        if self.form.member_id is None:
            return
        dialogs = self.form.context.dialogs
        title = self.tr("Delete this record")
        reason = dialogs.ask_text(title, self.tr(
            "Only for a record entered by mistake (a duplicate, the wrong person); a member "
            "who leaves gets a status change instead. Why is it deleted?"))
        if reason is None:
            return
        try:
            MemberService(self._ctx).delete(self.form.member_id, reason)
        except UserError as exc:
            dialogs.warn(title, str(exc))
            return
        member_id = self.form.member_id
        self.form.saved.emit(member_id)
        self.form.close_form()
