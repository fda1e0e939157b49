"""The register: every member, one search box, filters, and a detail pane.

Searches are answered by MemberQueryService's indexes in a few milliseconds, so they run
right here, debounced while the officer types; the table loads only the pages it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.permissions import Action
from unionstation.services.errors import NotFound
from unionstation.services.member_detail import MemberDetailService
from unionstation.services.member_query import MemberFilter, MemberQueryService, search_terms
from unionstation.ui.members.export_actions import ExportActions
from unionstation.ui.members.member_detail_pane import MemberDetailPane
from unionstation.ui.members.privacy_actions import PrivacyExport
from unionstation.ui.members.register_filters import RegisterFilters
from unionstation.ui.members.register_model import (
    COLUMNS,
    MemberTableModel,
    column_title,
)
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext
from unionstation.ui.printing.actions import PrintActions

if TYPE_CHECKING:
    from unionstation.ui.members.import_wizard import ImportWizard

SEARCH_DELAY_MS = 150
# The union list, a whole-station total and the model-worker count come just after the
# table first paints.
AFTER_PAINT_MS = 30
AFTER_PAINT_AT_THE_LATEST_MS = 500
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RegisterView(QWidget):
    open_member = Signal(object)
    new_member = Signal()
    open_drive = Signal()
    open_unions = Signal()
    data_changed = Signal()  # after a save, import, drive, transfer or delete

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberRegister")
        self.context = context
        self._query = MemberQueryService(context.services)
        self.model = MemberTableModel(self._query, self)

        self.filters = RegisterFilters(self)
        self.model.total_known.connect(self.filters.set_total)
        self.search = self.filters.search
        self.filters.new_member.connect(self.new_member)
        self.filters.open_drive.connect(self.open_drive)
        self.filters.open_unions.connect(self.open_unions)
        self.printing = PrintActions(context, self)
        self.filters.print_button.setMenu(self.printing.menu(self.selected_members))
        self.exporting = ExportActions(context, self)
        excel = self.exporting.menu(
            self.current_filter, lambda: (self.model.sort_key, self.model.descending))
        self.import_action = QAction(self.tr("Import a roster (Excel or CSV)…"), excel)
        self.import_action.setObjectName("import_roster")
        self.import_action.triggered.connect(lambda *_checked: self.open_import())
        first = excel.actions()[0]
        excel.insertAction(first, self.import_action)
        excel.insertSeparator(first)
        self.filters.export_button.setText(self.tr("Excel"))
        self.filters.export_button.setMenu(excel)
        self.import_wizard: ImportWizard | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.search.installEventFilter(self)
        self.filters.changed.connect(self.apply_filter)

        self.table = QTableView(self)
        self.table.setObjectName("memberTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once: cards and forms for a whole selection.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Click to sort; right-click to choose the columns"))
        for number, width in enumerate(_WIDTHS):
            header.resizeSection(number, width)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_detail(current.row()))
        self.model.modelReset.connect(self._after_reset)

        self.empty = QLabel(self.table.viewport())
        self.empty.setObjectName("registerEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; font-size: 15px; padding: 24px;")
        empty_layout = QVBoxLayout(self.table.viewport())
        empty_layout.addWidget(self.empty)

        self.detail = MemberDetailPane(self)
        self.detail.open_member.connect(self.open_member)
        self.detail.reveal.connect(self.reveal_id_number)
        self.privacy = PrivacyExport(context, self)
        self.detail.privacy_export.connect(self.privacy.export)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.table)
        self.split.addWidget(self.detail)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        self.detail.setMinimumWidth(220)
        # Collapsed until a member is picked: an empty pane cost the table its last columns
        # (the card number) on a 1280-pixel screen.
        self.detail.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filters)
        layout.addWidget(self.split, 1)

        for column in load_hidden_columns():
            self.table.setColumnHidden(column, True)
        # The table paints first; the union list (sorted by pinyin: pypinyin's dictionary
        # takes 0.3 s to load, on the worker) and the model-worker count follow.
        self._counting = QTimer(self)
        self._counting.setSingleShot(True)
        self._counting.setInterval(AFTER_PAINT_MS)
        self._counting.timeout.connect(self._count_after_paint)
        self._uncounted = False
        self._painted = False
        self.table.viewport().installEventFilter(self)
        self.apply_filter()
        # A view that never paints (hidden, in a test) gets its lists all the same.
        QTimer.singleShot(AFTER_PAINT_AT_THE_LATEST_MS, self._after_first_paint)

    # -- what the members page calls ---------------------------------------------------

    def refresh(self) -> None:
        """Re-read the unions and the rows, keeping the filter, sort and selection."""
        selected = self.selected_member()
        self._load_unions()
        self.apply_filter()
        if selected is not None:
            self.select_member(selected)
        self.data_changed.emit()

    def select_member(self, member_id: UUID) -> None:
        """Select the member's row if it is loaded, and show the member in the pane."""
        row = self.model.loaded_row_of(member_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            self._show_member(member_id)

    def selected_member(self) -> UUID | None:
        return self.detail.member_id

    def open_import(self) -> None:
        """The roster import wizard; the register reloads when it closes."""
        from unionstation.ui.members.import_wizard import ImportWizard  # pypinyin: on use

        wizard = ImportWizard(self.context, self)
        wizard.finished.connect(lambda _result: self.refresh())
        self.import_wizard = wizard
        wizard.open()

    def selected_members(self) -> list[UUID]:
        """The selected rows' members, in register order (what "Print" prints)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = [self.model.member_id(row) for row in rows]
        return [member_id for member_id in found if member_id is not None]

    def current_filter(self) -> MemberFilter:
        return self.filters.criteria()

    def apply_filter(self) -> None:
        """Without search words the filter may hold the whole station: its first page
        paints first and the count follows (`_count_after_paint`), off the first paint."""
        self._debounce.stop()
        criteria = self.filters.criteria()
        self._uncounted = not search_terms(criteria.text)
        self.model.set_filter(criteria, count=not self._uncounted)
        self.filters.set_total(self.model.total, self.model.capped)
        if self._painted:
            self._counting.start()

    def _reveal_detail(self) -> None:
        if self.detail.isHidden():
            self.detail.show()
            pane = max(240, min(320, self.width() // 4))
            self.split.setSizes([max(1, self.split.width() - pane), pane])

    def _collapse_detail(self, message: str | None = None) -> None:
        self.detail.clear(message)
        self.detail.hide()

    # -- inside ------------------------------------------------------------------------

    def _load_unions(self) -> None:
        from unionstation.services.unions import UnionService

        self.filters.set_unions(UnionService(self.context.services).choices())

    def _after_first_paint(self) -> None:
        if self._painted:
            return
        self._painted = True
        self._counting.start()
        services = self.context.services

        def choices(_progress: object) -> list[tuple[UUID, str]]:
            from unionstation.services.unions import UnionService

            return UnionService(services).choices()

        Operation(self, choices).success(self.filters.set_unions).run()

    def _count_after_paint(self) -> None:
        """The total of a filter without search words, then the model workers."""
        if self._uncounted and self.model.capped:
            self.model.fetchMore()
        self._uncounted = False
        self._count_model_workers()

    def _count_model_workers(self) -> None:
        """Model workers among the members the filters allow, whatever that box says
        (counted from their own small index: services/member_query.py)."""
        criteria = replace(self.model.criteria, model_worker=True)
        self.filters.set_model_worker_count(self._query.count(criteria))

    def _after_reset(self) -> None:
        if self.model.total:
            self.empty.hide()
            self._collapse_detail()
            return
        if self.filters.is_default():
            text = self.tr("No members yet. Press “New member” to register one, or "
                           "“Enrollment drive” to enter many at once.")
        else:
            text = self.tr("No members match. Check the search words or choose wider "
                           "filters.")
        self.empty.setText(text)
        self.empty.show()
        self._collapse_detail(self.tr("No member selected."))

    def apply_permissions(self, may: Callable[[Action], bool]) -> None:
        """What the officer's role may not do is off (the services refuse it anyway)."""
        self.filters.new_button.setEnabled(may(Action.MEMBER_EDIT))
        self.filters.print_button.setEnabled(may(Action.PRINT))
        self.filters.export_button.setEnabled(may(Action.EXPORT_BULK)
                                              or may(Action.MEMBER_IMPORT))
        self.import_action.setEnabled(may(Action.MEMBER_IMPORT))
        for action in self.filters.export_button.menu().actions():
            if action.objectName() == "export_ledger":
                action.setEnabled(may(Action.EXPORT_BULK))
        self.exporting.may_unmask = may(Action.EXPORT_UNMASKED)
        self.detail.may_reveal = may(Action.MEMBER_REVEAL)
        self.detail.may_export_privacy = may(Action.PRIVACY_EXPORT)

    def reveal_id_number(self, member_id: UUID) -> None:
        """The whole ID number, through the audited reveal."""
        service = MemberDetailService(self.context.services)
        Operation(self, lambda _p: service.get(member_id, unmasked=True)).success(
            lambda detail: self.detail.show_full_id_number(
                member_id, str(detail.fields.get("id_number", "")))).failure(
            lambda exc: self.context.dialogs.warn(self.tr("Member"), str(exc))).run()

    def _show_detail(self, row: int) -> None:
        member_id = self.model.member_id(row)
        if member_id is None:
            self._collapse_detail()
        else:
            self._show_member(member_id)

    def _show_member(self, member_id: UUID) -> None:
        self._reveal_detail()
        try:
            self.detail.show_detail(MemberDetailService(self.context.services).get(member_id))
        except NotFound as exc:
            self.detail.clear(str(exc))

    def _open_row(self, row: int) -> None:
        member_id = self.model.member_id(row)
        if member_id is not None:
            self.open_member.emit(member_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.table and event.key() in _OPEN_KEYS:
                self._open_row(self.table.currentIndex().row())
                return True
            if watched is self.search and event.key() == Qt.Key.Key_Down and self.model.total:
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for number, column in enumerate(COLUMNS):
            action = menu.addAction(column_title(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.setEnabled(number != 0)  # the name always stays
            action.toggled.connect(
                lambda shown, at=number: self.set_column_shown(at, shown))
        menu.exec(header.mapToGlobal(position))

    def set_column_shown(self, number: int, shown: bool) -> None:
        """Show or hide a column and remember the choice for next time."""
        self.table.setColumnHidden(number, not shown)
        hidden = [i for i in range(len(COLUMNS)) if self.table.isColumnHidden(i)]
        save_hidden_columns(hidden)


# name, gender, ID, birth, phone, union, employer, job, group, migrant, model, card, status,
# joined: wide enough for their usual contents at the default font.
_WIDTHS = (80, 52, 150, 92, 104, 190, 170, 80, 96, 64, 110, 120, 64, 92)
HIDDEN_COLUMNS_KEY = "register/hidden_columns"


def _settings() -> QSettings:
    return QSettings("UnionStation", "UnionStation")


def load_hidden_columns() -> list[int]:
    """The officer's column choice; the columns' own defaults the first time."""
    stored = _settings().value(HIDDEN_COLUMNS_KEY)
    if stored is None:
        return [i for i, column in enumerate(COLUMNS) if not column.shown]
    keys = [stored] if isinstance(stored, str) else list(stored)  # one value reads as str
    return [i for i, column in enumerate(COLUMNS) if column.key in keys and i != 0]


def save_hidden_columns(hidden: list[int]) -> None:
    keys = [COLUMNS[i].key for i in hidden]
    _settings().setValue(HIDDEN_COLUMNS_KEY, keys if keys else [""])
