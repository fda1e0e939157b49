"""One member's 会员登记表: enroll a new member, or edit one and move them through the
life cycle (status changes and transfers), with the member's history underneath."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.idnumber import InvalidIdNumber, parse_id_number
from unionstation.services.card_numbers import CardNumberService
from unionstation.services.errors import InvalidField, UserError
from unionstation.services.history import HistoryService
from unionstation.services.member_fields import MemberDraft
from unionstation.services.members import DuplicateMember, MemberService, MemberSummary
from unionstation.services.unions import UnionService
from unionstation.ui.members.form_fields import MemberFields
from unionstation.ui.members.form_history import HistoryList
from unionstation.ui.members.form_lifecycle import LifecycleActions
from unionstation.ui.members.form_photo import PhotoBox
from unionstation.ui.members.form_widgets import mark_invalid, show_message
from unionstation.ui.page_context import PageContext
from unionstation.ui.printing.actions import PrintActions
from unionstation.ui.style import ERROR_STYLE

OK_STYLE = "color: #1b5e20;"
_NO_UNION = UUID(int=0)


class MemberForm(QWidget):
    saved = Signal(object)
    open_member = Signal(object)
    closed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberForm")
        self.context = context
        self.member_id: UUID | None = None
        self._snapshot: MemberDraft | None = None

        self.title = QLabel(self)
        self.title.setObjectName("formTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.standing_label = QLabel(self)
        self.standing_label.setObjectName("standing")
        self.standing_label.setWordWrap(True)  # the button bar keeps its room at 1024 px
        self.status_button = QPushButton(self.tr("Change status…"), self)
        self.status_button.setObjectName("changeStatus")
        self.transfer_button = QPushButton(self.tr("Transfer…"), self)
        self.transfer_button.setObjectName("transfer")
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteRecord")
        self.delete_button.setToolTip(self.tr("Delete a record entered by mistake"))
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.setObjectName("print")
        self.print_button.setMenu(PrintActions(context, self).menu(
            lambda: [self.member_id] if self.member_id else []))
        self.new_button = QPushButton(self.tr("New member"), self)
        self.new_button.setObjectName("newMember")
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("back")
        self.back_button.setToolTip(self.tr("Back to the register (Esc)"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.fields = MemberFields(context.services.today, self)
        self.photo = PhotoBox(context, self)
        photo_group = QGroupBox(self.tr("Photo"), self)
        QVBoxLayout(photo_group).addWidget(self.photo)
        self.fields.set_corner(photo_group)
        self.history = HistoryList(self)
        self.history_group = QGroupBox(self.tr("History"), self)
        QVBoxLayout(self.history_group).addWidget(self.history)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.fields)
        column.addWidget(self.history_group)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("formScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.standing_label)
        bar = QHBoxLayout()
        bar.addLayout(heading, 1)
        for button in (self.status_button, self.transfer_button, self.delete_button,
                       self.print_button, self.new_button, self.back_button, self.save_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)

        chain = [*self.fields.tab_order(), self.photo.choose_button, self.photo.remove_button,
                 self.save_button, self.back_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.lifecycle = LifecycleActions(self)
        self.save_button.clicked.connect(self.save)
        self.back_button.clicked.connect(self.close_form)
        self.new_button.clicked.connect(self._new_clicked)
        self.status_button.clicked.connect(self.lifecycle.change_status)
        self.transfer_button.clicked.connect(self.lifecycle.transfer)
        self.delete_button.clicked.connect(self.lifecycle.delete)
        self.photo.changed.connect(self._photo_changed)
        context_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=context_)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_form, context=context_)
        self.edit_new()

    # -- services ----------------------------------------------------------------------------

    @property
    def members(self) -> MemberService:
        return MemberService(self.context.services)

    def _unions(self, include_closed: bool) -> list[tuple[UUID, str]]:
        return [(u.id, u.name)
                for u in UnionService(self.context.services).list(include_closed=include_closed)]

    # -- showing a member --------------------------------------------------------------------

    def edit_new(self) -> None:
        """An empty sheet for the next member: no union chosen, the last one used offered
        first."""
        self.member_id = None
        self.fields.set_unions(self._unions(include_closed=False), None,
                               self.context.last_union)
        self.fields.union.setEnabled(True)
        self.fields.union.setToolTip("")
        preview = CardNumberService(self.context.services,
                                    self.context.station.division_code).next_preview()
        self.fields.load(None, self.tr("{number} (given on saving)").format(number=preview))
        self.photo.show_photo(None)
        self.title.setText(self.tr("New member"))
        self.standing_label.setText(
            self.tr("Fill in the registration sheet; Ctrl+S saves, Esc goes back."))
        for widget in (self.status_button, self.transfer_button, self.delete_button,
                       self.print_button, self.new_button, self.history_group):
            widget.hide()
        self.say("")
        self._snapshot = self._current()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.fields.name.setFocus()

    def edit_member(self, member_id: UUID) -> None:
        try:
            draft = self.members.draft_of(member_id)
        except UserError as exc:
            self.context.dialogs.warn(self.tr("Member"), str(exc))
            return
        self.member_id = member_id
        self.fields.set_unions(self._unions(include_closed=True), draft.grassroots_union_id)
        self.fields.union.setEnabled(False)
        self.fields.union.setToolTip(
            self.tr("Use “Transfer…” to move the member to another grassroots union."))
        self.fields.load(draft, "")
        self.photo.show_photo(draft.photo_hash)
        for widget in (self.status_button, self.transfer_button, self.delete_button,
                       self.print_button, self.new_button, self.history_group):
            widget.show()
        self.refresh_standing()
        self.say("")
        self._snapshot = self._current()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.fields.name.setFocus()

    def refresh_standing(self) -> None:
        """Status, card, union and history after a save or a life-cycle step."""
        if self.member_id is None:
            return
        standing = self.lifecycle.standing()
        self.title.setText(self.tr("Member: {name}").format(name=standing.name))
        self.standing_label.setText(self.tr("Status: {status} · Card number: {card}").format(
            status=standing.status.label, card=standing.card_no or "—"))
        self.fields.card_no.setText(standing.card_no or "")
        index = self.fields.union.findData(str(standing.union_id))
        if index < 0:
            self.fields.set_unions(self._unions(include_closed=True), standing.union_id)
        else:
            self.fields.union.setCurrentIndex(index)
        self.history.set_lines(HistoryService(self.context.services).of(self.member_id))

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        show_message(self.message, text)

    # -- saving ------------------------------------------------------------------------------

    def _current(self) -> MemberDraft:
        return self.fields.draft(_NO_UNION)

    def has_changes(self) -> bool:
        return self._current() != self._snapshot

    def save(self) -> None:
        union_id = self.fields.union.union_id()
        if union_id is None:
            if self.fields.union.count():
                self.say(self.tr("Choose the grassroots union this member joins."), error=True)
                self.fields.union.setFocus()
            else:
                self.say(self.tr("Add a grassroots union first (Grassroots unions, on the "
                                 "register page), then choose it here."), error=True)
            return
        draft = self.fields.draft(union_id)
        try:
            if self.member_id is None:
                self._enroll(draft)
            else:
                self.members.update(self.member_id, draft)
                self._snapshot = self._current()
                self.refresh_standing()
                self.say(self.tr("Saved."))
                self.saved.emit(self.member_id)
        except DuplicateMember as exc:
            self._offer_existing(exc.member_id, str(exc))
        except InvalidField as exc:
            self._field_error(exc)
        except UserError as exc:
            self.say(str(exc), error=True)

    def _enroll(self, draft: MemberDraft) -> None:
        existing = self.members.find_by_id_number(draft.id_number)
        if existing is not None:
            self._offer_existing(existing.id, self._already_text(existing))
            return
        if not self._confirm_not_duplicate(draft):
            self.say(self.tr("Not saved: check whether this person is already a member."),
                     error=True)
            return
        summary = self.members.enroll(draft)
        self.context.last_union = draft.grassroots_union_id
        self.edit_member(summary.id)
        self.say(self.tr("{name} is enrolled; card number {card}.").format(
            name=summary.name, card=summary.card_no or "—"))
        self.saved.emit(summary.id)

    def _already_text(self, existing: MemberSummary) -> str:
        return self.tr("This ID number is already registered to {name} (card number {card}, "
                       "status “{status}”). A person is enrolled only once.").format(
            name=existing.name, card=existing.card_no or "—", status=existing.status.label)

    def _offer_existing(self, member_id: UUID, why: str) -> None:
        """The same ID number is already here: open that member instead of a second one."""
        question = why + "\n\n" + self.tr("Open that member's record?")
        if self.context.dialogs.confirm(self.tr("Already a member"), question):
            self.open_member.emit(member_id)
            return
        self.say(why, error=True)
        mark_invalid(self.fields.id_number, True)
        self.fields.id_number.setFocus()

    def _confirm_not_duplicate(self, draft: MemberDraft) -> bool:
        try:
            identity = parse_id_number(draft.id_number, today=self.context.services.today())
        except InvalidIdNumber:
            return True  # enroll() names the fault
        similar = self.members.possible_duplicates(draft.name, identity.birth_date)
        if not similar:
            return True
        lines = "\n".join(
            self.tr("• {name}, {id_number}, {union}, {status} ({reason})").format(
                name=s.name, id_number=s.id_number_masked, union=s.union_name,
                status=s.status.label, reason=s.reason)
            for s in similar)
        question = self.tr("Members born on {born} with a similar name:\n{lines}\n\n"
                           "Is {name} a different person? Choose Yes to enroll anyway.").format(
            born=identity.birth_date.isoformat(), lines=lines, name=draft.name.strip())
        return self.context.dialogs.confirm(self.tr("Possible duplicate"), question)

    def _field_error(self, exc: InvalidField) -> None:
        """Say which field is wrong and put the cursor there; nothing typed is lost."""
        self.say(str(exc), error=True)
        editor = self.fields.editor_for(exc.field)
        if editor is not None:
            mark_invalid(editor, True)
            editor.setFocus()
            self.scroll_area.ensureWidgetVisible(editor)

    def _photo_changed(self, photo_hash: str | None) -> None:
        self.fields.photo_hash = photo_hash
        if self.member_id is not None:
            self.say(self.tr("The photo changes when you save."))

    # -- leaving -----------------------------------------------------------------------------

    def _leave_ok(self) -> bool:
        if not self.has_changes():
            return True
        return self.context.dialogs.confirm(
            self.tr("Unsaved changes"),
            self.tr("What you typed on this sheet has not been saved. Leave it anyway?"))

    def close_form(self) -> None:
        if self._leave_ok():
            self.closed.emit()

    def _new_clicked(self) -> None:
        if self._leave_ok():
            self.edit_new()
