"""Quick entry for one drive: a single row typed by keyboard, Enter, next.

Nothing here opens a modal dialog: every problem is shown under its field and the typed text
stays, so the officer corrects one character and presses Enter again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.codes import PriorityGroup
from unionstation.domain.idnumber import InvalidIdNumber, parse_id_number
from unionstation.domain.text import normalize_name
from unionstation.services.drives import DriveInfo, DriveService
from unionstation.services.errors import InvalidField, UserError
from unionstation.services.member_fields import FIELD_LABELS, MemberDraft
from unionstation.services.member_query import MemberRow
from unionstation.services.members import DuplicateMember, MemberService
from unionstation.ui.members.drive_models import Column, RowsModel, phone_problem
from unionstation.ui.page_context import PageContext
from unionstation.ui.printing.actions import PrintActions
from unionstation.ui.style import ERROR_STYLE

HINT_STYLE = "color: #666;"
WARN_STYLE = "color: #9a5b00; font-weight: bold;"
OK_STYLE = "color: #1b7a2f;"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
GROUPS = list(PriorityGroup)


def parse_group(text: str) -> PriorityGroup | None:
    """A label, alias, code, its number in the list (1–9) or a unique part of a label."""
    typed = text.strip()
    if not typed:
        return None
    if typed.isdigit() and 1 <= int(typed) <= len(GROUPS):
        return GROUPS[int(typed) - 1]
    found = PriorityGroup.from_label(typed)
    if found is not None:
        return found
    matches = [group for group in GROUPS
               if any(typed in word for word in (group.label, *getattr(group, "_aliases", ())))]
    if len(matches) == 1:
        return matches[0]
    raise ValueError(typed)


class DriveEntry(QWidget):
    enrolled = Signal()
    closed = Signal()
    change_drive = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.drive: DriveInfo | None = None
        self._confirmed: tuple[str, str] | None = None

        self.title = QLabel(self)
        self.title.setObjectName("driveTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("driveUnion")
        self.subtitle.setStyleSheet(HINT_STYLE)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("driveCount")
        self.count_label.setStyleSheet("font-size: 16px;")
        self.other_button = QPushButton(self.tr("Other drive"), self)
        self.other_button.clicked.connect(self.change_drive)
        self.printing = PrintActions(context, self)
        self.cards_button = QPushButton(self.tr("Print cards"), self)
        self.cards_button.setObjectName("printDriveCards")
        self.cards_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cards_button.clicked.connect(self._print_cards)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.closed)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.count_label)
        header.addWidget(self.cards_button)
        header.addWidget(self.other_button)
        header.addWidget(self.back_button)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("entryName")
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("entryIdNumber")
        self.id_edit.setPlaceholderText(self.tr("18 characters"))
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("entryPhone")
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("entryGroup")
        self.group_combo.setEditable(True)
        self.group_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group_combo.addItem("")
        for group in GROUPS:
            self.group_combo.addItem(group.label, group.value)
        self.group_combo.setCurrentIndex(0)
        line = self.group_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("number or name"))
        self.group_combo.setToolTip("\n".join(
            f"{number} {group.label}" for number, group in enumerate(GROUPS, start=1)))
        self.save_button = QPushButton(self.tr("Enroll (Enter)"), self)
        self.save_button.setObjectName("entrySave")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.submit)

        self.name_error = self._error_label("nameError")
        self.id_error = self._error_label("idError")
        self.phone_error = self._error_label("phoneError")
        self.group_error = self._error_label("groupError")
        row = QGridLayout()
        fields = ((self.tr("Name"), self.name_edit, self.name_error, 2),
                  (self.tr("ID number"), self.id_edit, self.id_error, 3),
                  (self.tr("Phone"), self.phone_edit, self.phone_error, 2),
                  (self.tr("Group"), self.group_combo, self.group_error, 2))
        for column, (text, editor, error, stretch) in enumerate(fields):
            row.addWidget(QLabel(text, self), 0, column)
            row.addWidget(editor, 1, column)
            row.addWidget(error, 2, column, Qt.AlignmentFlag.AlignTop)
            row.setColumnStretch(column, stretch)
        row.addWidget(self.save_button, 1, len(fields))

        self.message = QLabel(self)
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        self.keep_group = QCheckBox(self.tr("Keep the group for the next person"), self)
        self.keep_group.setChecked(True)
        self.keep_group.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        hint = QLabel(self.tr("Enter saves · Esc clears the row (on an empty row: back)"), self)
        hint.setStyleSheet(HINT_STYLE)
        options = QHBoxLayout()
        options.addWidget(self.keep_group)
        options.addStretch(1)
        options.addWidget(hint)

        self.model: RowsModel[MemberRow] = RowsModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Gender"), lambda r: r.gender.label),
            Column(self.tr("ID number"), lambda r: r.id_number_masked),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Group"), lambda r: r.priority_group.label if r.priority_group
                   else ""),
            Column(self.tr("Card no."), lambda r: r.card_no or ""),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("enrolledTable")
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)

        self._row = (self.name_edit, self.id_edit, self.phone_edit, self.group_combo)
        for widget in (*self._row, line):
            widget.installEventFilter(self)
        for first, second in zip(self._row, self._row[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.name_edit.textEdited.connect(lambda _t: self._clear(self.name_error))
        self.phone_edit.textEdited.connect(lambda _t: self._clear(self.phone_error))
        line.textEdited.connect(lambda _t: self._clear(self.group_error))
        self.id_edit.textChanged.connect(self._id_typed)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        return label

    # -- the drive -------------------------------------------------------------------------

    def set_drive(self, drive: DriveInfo) -> None:
        self.drive = drive
        self.title.setText(f"{drive.held_on.isoformat()} · {drive.place}")
        self.subtitle.setText(" · ".join(part for part in (drive.union_name, drive.note) if part))
        self.clear_row(keep_group=False)
        self.message.clear()
        self._reload()
        self.name_edit.setFocus()

    def _print_cards(self) -> None:
        if self.drive is not None:
            self.printing.print_cards(drive_id=self.drive.id)
        self.name_edit.setFocus()

    def _reload(self) -> None:
        assert self.drive is not None
        self.model.set_rows(DriveService(self.context.services).enrolled(self.drive.id))
        self.count_label.setText(self.tr("Enrolled: {0}").format(self.model.rowCount()))
        if self.model.rowCount():
            self.table.scrollToBottom()
            self.table.selectRow(self.model.rowCount() - 1)

    # -- the row ---------------------------------------------------------------------------

    def clear_row(self, keep_group: bool) -> None:
        for edit in (self.name_edit, self.id_edit, self.phone_edit):
            edit.clear()
        if not keep_group:
            self.group_combo.setCurrentIndex(0)
            self.group_combo.setEditText("")
        for label in (self.name_error, self.id_error, self.phone_error, self.group_error):
            label.clear()
        self._confirmed = None
        self.name_edit.setFocus()

    def _row_empty(self) -> bool:
        return not any(e.text().strip() for e in (self.name_edit, self.id_edit, self.phone_edit))

    def _clear(self, label: QLabel) -> None:
        label.clear()

    def _id_typed(self, text: str) -> None:
        """Say at once what the ID number tells, or why it is wrong, once it is complete."""
        raw = "".join(text.split())
        self.id_error.setStyleSheet(ERROR_STYLE)
        if len(raw) < 18:
            self.id_error.clear()
            return
        try:
            identity = parse_id_number(raw, today=self.context.services.today())
        except InvalidIdNumber as exc:
            self.id_error.setText(str(exc))
            return
        self.id_error.setStyleSheet(HINT_STYLE)
        self.id_error.setText(f"{identity.birth_date.isoformat()} · {identity.gender.label}")

    def _fail(self, label: QLabel, editor: QWidget, text: str) -> None:
        label.setStyleSheet(ERROR_STYLE)
        label.setText(text)
        editor.setFocus()

    def submit(self) -> None:
        """Check the row, then enroll; on any problem keep every typed character."""
        if self.drive is None:
            return
        self.message.clear()
        today = self.context.services.today()
        name = normalize_name(self.name_edit.text())
        problems: list[tuple[QLabel, QWidget, str]] = []
        if not name:
            problems.append((self.name_error, self.name_edit, self.tr("Enter the name.")))
        id_value = ""
        birth_date = None
        try:
            identity = parse_id_number(self.id_edit.text(), today=today)
            id_value, birth_date = identity.value, identity.birth_date
        except InvalidIdNumber as exc:
            problems.append((self.id_error, self.id_edit, str(exc)))
        phone = self.phone_edit.text()
        if problem := phone_problem(phone):
            problems.append((self.phone_error, self.phone_edit, problem))
        group = None
        try:
            group = parse_group(self.group_combo.currentText())
        except ValueError:
            problems.append((self.group_error, self.group_combo,
                             self.tr("Unknown group: type its number (1–9) or name.")))
        if problems:
            for label, editor, text in reversed(problems):
                self._fail(label, editor, text)
            return
        members = MemberService(self.context.services)
        existing = members.find_by_id_number(id_value)
        if existing is not None:
            self._fail(self.id_error, self.id_edit,
                       self.tr("Already a member: {0} ({1})").format(
                           existing.name, existing.status.label))
            return
        assert birth_date is not None
        key = (name, id_value)
        if key != self._confirmed:
            similar = members.possible_duplicates(name, birth_date)
            if similar:
                first = similar[0]
                self._confirmed = key
                self.message.setStyleSheet(WARN_STYLE)
                self.message.setText(self.tr(
                    "Possible duplicate: {0} ({1}, {2}, {3}). "
                    "Press Enter again to enroll anyway.").format(
                        first.name, first.id_number_masked, first.union_name, first.reason))
                return
        self._enroll(MemberDraft(
            name=name, id_number=id_value, grassroots_union_id=self.drive.union_id,
            joined_on=self.drive.held_on, phone=phone, priority_group=group), members)

    def _enroll(self, draft: MemberDraft, members: MemberService) -> None:
        assert self.drive is not None
        try:
            summary = members.enroll(draft, drive_id=self.drive.id)
        except DuplicateMember as exc:
            self._fail(self.id_error, self.id_edit, str(exc))
            return
        except InvalidField as exc:
            editors = {FIELD_LABELS["name"]: (self.name_error, self.name_edit),
                       FIELD_LABELS["id_number"]: (self.id_error, self.id_edit),
                       FIELD_LABELS["phone"]: (self.phone_error, self.phone_edit),
                       FIELD_LABELS["priority_group"]: (self.group_error, self.group_combo)}
            if exc.field in editors:
                label, editor = editors[exc.field]
                self._fail(label, editor, exc.reason)
            else:
                self._show_error(str(exc))
            return
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.clear_row(keep_group=self.keep_group.isChecked())
        if self.keep_group.isChecked():
            self.group_combo.setEditText(draft.priority_group.label if draft.priority_group
                                         else "")
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Enrolled {0}, card no. {1}").format(
            summary.name, summary.card_no or "—"))
        self._reload()
        self.enrolled.emit()

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.name_edit.setFocus()

    # -- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            popup = self.group_combo.view().isVisible()
            if event.key() in ENTER_KEYS and not popup:
                self.submit()
                return True
            if event.key() == Qt.Key.Key_Escape and not popup:
                if self._row_empty():
                    self.closed.emit()
                else:
                    self.clear_row(keep_group=self.keep_group.isChecked())
                    self.message.clear()
                return True
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab cycles within the row, so the cursor never wanders off to the window."""
        focused = self.focusWidget()
        row = list(self._row)
        current = next_index = None
        for index, widget in enumerate(row):
            if focused is widget or (focused is not None and widget.isAncestorOf(focused)):
                current = index
        if current is None:
            return super().focusNextPrevChild(next)
        next_index = (current + (1 if next else -1)) % len(row)
        row[next_index].setFocus(Qt.FocusReason.TabFocusReason)
        return True
