"""Grassroots unions (基层工会): the register, add and edit, merge, close, card number rule."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionstation.services.card_numbers import CardNumberService
from unionstation.services.errors import UserError
from unionstation.services.unions import UnionService, UnionSummary
from unionstation.ui.dialogs import report_error
from unionstation.ui.members.card_rule_dialog import CardRuleDialog
from unionstation.ui.members.drive_models import Column, RowsModel
from unionstation.ui.members.union_dialog import UnionDialog
from unionstation.ui.members.union_merge import UnionMergeDialog
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import page_header


def _contact(union: UnionSummary) -> str:
    return " ".join(part for part in (union.contact, union.phone) if part)


class UnionsView(QWidget):
    """`changed()` after anything is added, edited, merged or closed."""

    closed = Signal()
    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberUnions")
        self.context = context
        self.union_dialog: UnionDialog | None = None
        self.merge_dialog: UnionMergeDialog | None = None
        self.card_dialog: CardRuleDialog | None = None

        header, self.back_button = page_header(self, self.tr("Grassroots unions"), self.tr("Back"))
        self.back_button.clicked.connect(self.closed)

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("addUnion")
        self.add_button.clicked.connect(self.add_union)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.close_button = QPushButton(self.tr("Close union"), self)
        self.close_button.clicked.connect(self.close_selected)
        self.show_closed = QCheckBox(self.tr("Show closed"), self)
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        self.card_button = QPushButton(self.tr("Card number rule…"), self)
        self.card_button.setObjectName("cardRule")
        self.card_button.clicked.connect(self.edit_card_rule)
        toolbar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.merge_button,
                       self.close_button):
            toolbar.addWidget(button)
        toolbar.addWidget(self.show_closed)
        toolbar.addStretch(1)
        toolbar.addWidget(self.card_button)

        self.model: RowsModel[UnionSummary] = RowsModel([
            Column(self.tr("Union name"), lambda u: u.name),
            Column(self.tr("Kind"), lambda u: u.kind.label),
            Column(self.tr("Credit code"), lambda u: u.credit_code or ""),
            Column(self.tr("Chair"), lambda u: u.chair),
            Column(self.tr("Contact"), _contact),
            Column(self.tr("Founded"), lambda u: u.founded_on.isoformat() if u.founded_on
                   else ""),
            Column(self.tr("Members"), lambda u: str(u.members), numeric=True),
            Column(self.tr("Model workers"), lambda u: str(u.model_workers), numeric=True),
            Column(self.tr("Closed on"), lambda u: u.closed_on.isoformat() if u.closed_on
                   else ""),
        ], self, muted=lambda u: u.closed_on is not None)
        self.table = QTableView(self)
        self.table.setObjectName("unionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.message = QLabel(self)
        self.message.setObjectName("unionsMessage")
        self.message.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setStyleSheet("color: #666;")
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addWidget(self.totals)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self._enable()

    # -- the list --------------------------------------------------------------------------

    def refresh(self, select: UUID | None = None) -> None:
        chosen = self.selected()
        current = select or (chosen.id if chosen else None)
        unions = UnionService(self.context.services).list(
            include_closed=self.show_closed.isChecked())
        self.model.set_rows(unions)
        self.table.setColumnHidden(8, not self.show_closed.isChecked())
        open_unions = [u for u in unions if u.closed_on is None]
        self.totals.setText(self.tr("{0} unions · {1} active members").format(
            len(open_unions), sum(u.members for u in open_unions)))
        for row, union in enumerate(unions):
            if union.id == current:
                self.table.selectRow(row)
                break
        else:
            if unions:
                self.table.selectRow(0)
        self._enable()

    def selected(self) -> UnionSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        union = self.selected()
        is_open = union is not None and union.closed_on is None
        self.edit_button.setEnabled(union is not None)
        self.merge_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)

    def _after_change(self, text: str, select: UUID | None = None) -> None:
        self.message.setStyleSheet("color: #1b7a2f;")
        self.message.setText(text)
        self.refresh(select)
        self.changed.emit()

    # -- add and edit ----------------------------------------------------------------------

    def add_union(self) -> None:
        service = UnionService(self.context.services)
        self._open_union_dialog(UnionDialog(service.add, None, self,
                                            self.context.services.today()))

    def edit_selected(self) -> None:
        union = self.selected()
        if union is None:
            return
        service = UnionService(self.context.services)
        self._open_union_dialog(UnionDialog(lambda draft: service.update(union.id, draft),
                                            union, self, self.context.services.today()))

    def _open_union_dialog(self, dialog: UnionDialog) -> None:
        self.union_dialog = dialog
        dialog.accepted.connect(lambda: self._union_saved(dialog))
        dialog.open()

    def _union_saved(self, dialog: UnionDialog) -> None:
        if dialog.saved is not None:
            self._after_change(self.tr("Saved “{0}”.").format(dialog.saved.name),
                               dialog.saved.id)

    # -- merge and close -------------------------------------------------------------------

    def merge_selected(self) -> None:
        union = self.selected()
        if union is None or union.closed_on is not None:
            return
        targets = [u for u in UnionService(self.context.services).list() if u.id != union.id]
        if not targets:
            self.context.dialogs.inform(self.tr("Merge grassroots union"),
                                        self.tr("There is no other open union to merge into."))
            return
        dialog = UnionMergeDialog(union, targets, self)
        self.merge_dialog = dialog
        dialog.accepted.connect(lambda: self._merge(union, dialog))
        dialog.open()

    def _merge(self, union: UnionSummary, dialog: UnionMergeDialog) -> None:
        target = dialog.target()
        if target is None:
            return
        target_id, target_name = target
        question = self.tr("Move the {0} active members of “{1}” into “{2}”, and close “{1}”?"
                           ).format(union.members, union.name, target_name)
        if not self.context.dialogs.confirm(self.tr("Merge grassroots union"), question):
            return
        service = UnionService(self.context.services)
        done = self.tr("Merged “{0}” into “{1}”.").format(union.name, target_name)
        Operation(self, lambda _progress: service.merge(union.id, target_id),
                  label=self.tr("Merging…")).success(
            lambda merged: self._after_change(done, merged.id)).failure(self._failed).run()

    def close_selected(self) -> None:
        union = self.selected()
        if union is None or union.closed_on is not None:
            return
        title = self.tr("Close grassroots union")
        if not self.context.dialogs.confirm(title, self.tr(
                "Close “{0}”? It stays in the records but takes no new members.")
                .format(union.name)):
            return
        try:
            UnionService(self.context.services).close(union.id)
        except UserError as exc:
            offer = self.tr("Merge it into another grassroots union now?")
            if self.context.dialogs.confirm(title, f"{exc}\n\n{offer}"):
                self.merge_selected()
            return
        self._after_change(self.tr("Closed “{0}”.").format(union.name))

    def _failed(self, exc: BaseException) -> None:
        report_error(self.context.dialogs, self.tr("Grassroots unions"), exc,
                     self.context.home.log_file)
        self.refresh()

    # -- card numbers ----------------------------------------------------------------------

    def edit_card_rule(self) -> None:
        dialog = CardRuleDialog(self.context, self)
        self.card_dialog = dialog
        dialog.accepted.connect(self._card_rule_saved)
        dialog.open()

    def _card_rule_saved(self) -> None:
        preview = CardNumberService(self.context.services,
                                    self.context.station.division_code).next_preview()
        self.message.setStyleSheet("color: #1b7a2f;")
        self.message.setText(self.tr("Card number rule saved; the next card is {0}.")
                             .format(preview))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
        return super().eventFilter(watched, event)
