"""What the county reads across every station: cases to resolve and all members (the
figures are county.figures' page)."""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.county.consolidation import (
    CaseRow,
    CountyMemberRow,
)
from unionstation.county.member_page import CountyMembers
from unionstation.county.service import StationView
from unionstation.domain.codes import MemberStatus
from unionstation.domain.collation import sorted_by_pinyin
from unionstation.ui.county.context import CountyContext
from unionstation.ui.members.drive_models import Column, RowsModel
from unionstation.ui.style import title_label
from unionstation.ui.tables import read_only_table

MEMBERS_SHOWN = 500
SEARCH_DELAY_MS = 300


def status_text(value: str) -> str:
    try:
        return MemberStatus(value).label
    except ValueError:
        return value


class CasesPage(QWidget):
    """People the county must look at (active at two stations, transfers that did not meet,
    open hardship files at two) and unions whose credit code two stations hold."""

    refreshed = Signal(object)

    def __init__(self, context: CountyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-cases")
        self.context = context
        self.count_label = QLabel(self)
        self.count_label.setObjectName("casesCount")
        self.model: RowsModel[CaseRow] = RowsModel([
            Column(self.tr("Case"), self.kind_text),
            Column(self.tr("ID number or credit code"),
                   lambda row: row.credit_code or row.id_number_masked),
            Column(self.tr("Stations"), lambda row: ", ".join(row.stations)),
            Column(self.tr("Names or union names"), lambda row: ", ".join(row.names)),
        ], self)
        self.table = read_only_table(self, self.model, "casesTable", 3, alternating=True)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(title_label(self, self.tr("Cases to resolve")))
        top.addStretch(1)
        top.addWidget(refresh)
        hint = QLabel(self.tr("Records are never overwritten: each case stays here until the "
                              "stations put their records right."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

    def kind_text(self, row: CaseRow) -> str:
        if row.kind == "active_at_two_stations":
            return self.tr("Active at two stations")
        if row.kind == "transfer_out_without_in":
            return self.tr("Transferred out, no transfer in")
        if row.kind == "version_conflict":
            return self.tr("Changed from an older version")
        if row.kind == "hardship_open_at_two_stations":
            return self.tr("Open hardship files at two stations")
        if row.kind == "credit_code_at_two_stations":
            return self.tr("One union credit code at two stations")
        return self.tr("Transferred in, no transfer out")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        county = self.context.county
        self.context.run(self, lambda _p: county.cases(), self._show)

    def _show(self, cases: list[CaseRow]) -> None:
        self.model.set_rows(cases)
        self.count_label.setText(self.tr("{0} case(s)").format(len(cases)) if cases
                                 else self.tr("No cases: no person or union is recorded "
                                              "twice."))
        self.refreshed.emit(cases)


class CountyMembersPage(QWidget):
    """Every station's members; one search box (name, pinyin, ID fragment) and a station."""

    refreshed = Signal(int)

    def __init__(self, context: CountyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-county-members")
        self.context = context
        self.total = 0
        self.search = QLineEdit(self)
        self.search.setObjectName("countyMemberSearch")
        self.search.setPlaceholderText(self.tr("Search by name, pinyin initials or ID number"))
        self.search.setClearButtonEnabled(True)
        self.station = QComboBox(self)
        self.station.setObjectName("countyMemberStation")
        self.station.addItem(self.tr("All stations"), None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.station.currentIndexChanged.connect(lambda _index: self.refresh())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countyMemberCount")
        self.model: RowsModel[CountyMemberRow] = RowsModel([
            Column(self.tr("Station"), lambda row: row.station_name or row.station),
            Column(self.tr("Name"), lambda row: row.name),
            Column(self.tr("ID number"), lambda row: row.id_number_masked),
            Column(self.tr("Status"), lambda row: status_text(row.status)),
            Column(self.tr("Grassroots union"), lambda row: row.union_name),
            Column(self.tr("Joined on"), lambda row: row.joined_on.isoformat()
                   if row.joined_on else ""),
        ], self, muted=lambda row: row.status != MemberStatus.ACTIVE.value)
        self.table = read_only_table(self, self.model, "countyMembersTable", 4, alternating=True)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.station, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title_label(self, self.tr("Members of all stations")))
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def set_stations(self, stations: list[StationView]) -> None:
        """The station filter's choices (the stations page's fresh rows), the choice kept
        where the station is still there."""
        current = self.station.currentData()
        self.station.blockSignals(True)
        self.station.clear()
        self.station.addItem(self.tr("All stations"), None)
        for station in sorted_by_pinyin(stations, attrgetter("name")):
            self.station.addItem(f"{station.name} ({station.code})", station.code)
        index = self.station.findData(current)
        self.station.setCurrentIndex(max(index, 0))
        self.station.blockSignals(False)
        if self.station.currentData() != current and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        county, text, code = self.context.county, self.search.text(), self.station.currentData()
        self.context.run(self, lambda _p: county.members(text, code, MEMBERS_SHOWN), self._show)

    def _show(self, answer: CountyMembers) -> None:
        total, rows = answer
        self.total = total
        self.model.set_rows(rows)
        if answer.capped:  # counted up to COUNT_CAP, as the station's register does
            self.count_label.setText(self.tr("{0}+ members; the first {1} are shown. Narrow "
                                             "the search to see others.").format(
                                                 f"{total:,}", len(rows)))
        elif total > len(rows):
            self.count_label.setText(self.tr("{0} members; the first {1} are shown. Narrow "
                                             "the search to see others.").format(total,
                                                                                 len(rows)))
        else:
            self.count_label.setText(self.tr("{0} members").format(total))
        self.refreshed.emit(total)
