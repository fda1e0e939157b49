"""Beside the register: the selected member's main fields and history, newest first."""

from __future__ import annotations

import logging
from collections.abc import Callable
from uuid import UUID

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionstation.services.member_detail import MemberDetail
from unionstation.ui.members.cell_text import value_text
from unionstation.ui.operations import Operation
from unionstation.ui.style import error_label

CONTEXT = "MemberDetailPane"
log = logging.getLogger(__name__)

# (field key, label source text); "union" comes from MemberDetail.union_name.
FIELDS = (
    ("gender", QT_TRANSLATE_NOOP("MemberDetailPane", "Gender")),
    ("id_number", QT_TRANSLATE_NOOP("MemberDetailPane", "ID number")),
    ("birth_date", QT_TRANSLATE_NOOP("MemberDetailPane", "Birth date")),
    ("phone", QT_TRANSLATE_NOOP("MemberDetailPane", "Phone")),
    ("union", QT_TRANSLATE_NOOP("MemberDetailPane", "Grassroots union")),
    ("employer", QT_TRANSLATE_NOOP("MemberDetailPane", "Employer")),
    ("job", QT_TRANSLATE_NOOP("MemberDetailPane", "Job")),
    ("card_no", QT_TRANSLATE_NOOP("MemberDetailPane", "Card number")),
    ("status", QT_TRANSLATE_NOOP("MemberDetailPane", "Status")),
    ("joined_on", QT_TRANSLATE_NOOP("MemberDetailPane", "Joined on")),
    ("priority_group", QT_TRANSLATE_NOOP("MemberDetailPane", "Priority group")),
    ("migrant_worker", QT_TRANSLATE_NOOP("MemberDetailPane", "Migrant worker")),
    ("model_worker_level", QT_TRANSLATE_NOOP("MemberDetailPane", "Model worker")),
)


def field_text(value: object) -> str:
    return value_text(value, empty="—")


class MemberDetailPane(QWidget):
    """Shows what it is given; the register asks the service (so this tests on its own)."""

    open_member = Signal(object)
    #: The officer asked for the whole ID number (an audited reveal; the register asks).
    reveal = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDetailPane")
        self.member_id: UUID | None = None
        #: The county's answers about a member (set once sync is wired in): red lines.
        #: A database query, so it runs on the worker; the lines show when it answers.
        self.sync_issues: Callable[[UUID], list[str]] | None = None
        self._issues_asked = 0  # answers to an older question are dropped
        self.sync_line = error_label(self, "memberSyncIssues")
        self.heading = QLabel(self)
        self.heading.setObjectName("memberDetailHeading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open this member's registration form"))
        self.open_button.clicked.connect(self._open)
        self.reveal_button = QPushButton(self.tr("Show full ID number"), self)
        self.reveal_button.setObjectName("revealIdNumber")
        self.reveal_button.setToolTip(self.tr("Shows the whole number; recorded in the audit "
                                              "trail"))
        self.reveal_button.clicked.connect(
            lambda: self.member_id is not None and self.reveal.emit(self.member_id))
        self.may_reveal = False

        fields = QWidget(self)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.values: dict[str, QLabel] = {}
        for key, title in FIELDS:
            value = QLabel(fields)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QCoreApplication.translate(CONTEXT, str(title)), value)
            self.values[key] = value
        scroll = QScrollArea(self)
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("History (newest first)"), history_box))
        self.history = QListWidget(history_box)
        self.history.setObjectName("memberHistory")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        history_layout.addWidget(self.history)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(scroll)
        split.addWidget(history_box)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #666;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.sync_line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty, 1)
        self._body = (self.heading, self.open_button, split, self.reveal_button)
        self.clear()

    def clear(self, message: str | None = None) -> None:
        self.member_id = None
        self._issues_asked += 1
        for widget in (*self._body, self.sync_line):
            widget.hide()
        self.empty.setText(message or self.tr("Select a member to see the details and "
                                              "history here."))
        self.empty.show()

    def show_detail(self, detail: MemberDetail) -> None:
        same = self.member_id == detail.id  # shown again: its red lines stay till the answer
        self.member_id = detail.id
        values = {**detail.fields, "union": detail.union_name}
        self.heading.setText(str(values.get("name", "")))
        for key, label in self.values.items():
            label.setText(field_text(values.get(key)))
        title = values.get("model_worker_title")
        if values.get("model_worker_level") is not None and title:
            year = values.get("model_worker_year")
            extra = f"{title} ({year})" if year else str(title)
            self.values["model_worker_level"].setText(
                f"{field_text(values['model_worker_level'])} · {extra}")
        self.history.clear()
        for line in detail.history:
            when = line.happened_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(f"{when}  {line.officer}\n{line.summary}")
            item.setToolTip(line.summary)
            self.history.addItem(item)
        if not detail.history:
            self.history.addItem(self.tr("No history yet."))
        self.empty.hide()
        for widget in self._body:
            widget.show()
        self.reveal_button.setVisible(self.may_reveal and "*" in str(values.get("id_number")))
        self._ask_sync_issues(detail.id, keep=same)

    def show_full_id_number(self, member_id: UUID, id_number: str) -> None:
        if member_id == self.member_id:
            self.values["id_number"].setText(id_number)
            self.reveal_button.hide()

    def _ask_sync_issues(self, member_id: UUID, keep: bool) -> None:
        self._issues_asked += 1
        if not keep:
            self.sync_line.hide()
            self.sync_line.clear()
        query = self.sync_issues
        if query is None:
            self.sync_line.hide()
            return
        asked = self._issues_asked
        Operation(None, lambda _progress: query(member_id)).success(
            lambda lines: self._show_sync_issues(asked, lines)).failure(
            lambda exc: log.error("the county's answers could not be read", exc_info=exc)).run()

    def _show_sync_issues(self, asked: int, lines: list[str]) -> None:
        if not shiboken6.isValid(self) or asked != self._issues_asked:
            return  # the window closed, or another member is shown by now
        self.sync_line.setText("\n".join(lines))
        self.sync_line.setVisible(bool(lines))

    def history_lines(self) -> list[str]:
        return [self.history.item(i).text() for i in range(self.history.count())]

    def _open(self) -> None:
        if self.member_id is not None:
            self.open_member.emit(self.member_id)
