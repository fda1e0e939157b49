"""The county's Figures page: the annual report added up over the stations (county.report),
the same cards and charts as a station's Statistics page, every station side by side with
its last acknowledged batch (red when none came this year), the stations that have not
reported this year, and the exports to .xlsx and PDF through the station's writers.

It lays out and shows; the report is read and written on the worker (county.report_service).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionstation.county.report_service import export_county_report, read_county_report
from unionstation.domain.permissions import Action
from unionstation.ui.county.context import CountyContext
from unionstation.ui.dialogs import with_suffix
from unionstation.ui.members.drive_models import Column, Index, RowsModel
from unionstation.ui.reports.cards import FigureCards, number_text
from unionstation.ui.reports.charts import ChartPanel, section_rows
from unionstation.ui.style import ERROR_STYLE, MUTED_STYLE, title_label
from unionstation.ui.tables import read_only_table

STALE = QColor("#b00020")
LAST_ACK_COLUMN = 1


@dataclass(frozen=True)
class StationLine:
    """One row of the side-by-side table; `code` "" for the county's total."""

    code: str
    name: str
    last_ack: str | None
    stale: bool
    active: int
    joined: int
    unions: int
    venues: int
    files: int
    paid: Decimal


def station_line(part: dict[str, Any], code: str, name: str, last_ack: str | None,
                 stale: bool) -> StationLine:
    return StationLine(code, name, last_ack, stale, int(part["members"]["active"]),
                       int(part["members"]["joined"]), int(part["unions"]["total"]),
                       sum(int(n) for n in part["venues"]["by_kind"].values()),
                       sum(int(n) for n in part["hardship"]["files"].values()),
                       Decimal(part["hardship"]["paid_total"]))


def station_lines(report: dict[str, Any]) -> list[StationLine]:
    """Each station, then the county's total."""
    silent = set(report["not_reported"])
    lines = [station_line(s, s["station"], s["name"], s["last_ack"], s["station"] in silent)
             for s in report.get("stations", [])]
    return [*lines, station_line(report, "", report["station"], None, False)]


class _StationsModel(RowsModel[StationLine]):
    """The total in bold; the last batch date of a station silent this year in red."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            line = self.row(index.row())
            if role == Qt.ItemDataRole.FontRole and not line.code:
                font = QFont()
                font.setBold(True)
                return font
            if (role == Qt.ItemDataRole.ForegroundRole and line.stale
                    and index.column() == LAST_ACK_COLUMN):
                return QBrush(STALE)
        return super().data(index, role)


class CountyFiguresPage(QWidget):
    """`loaded(report)` each time a year's report is on screen."""

    loaded = Signal(object)

    def __init__(self, context: CountyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-figures")
        self.context = context
        self.report: dict[str, Any] | None = None
        today = date.today()
        self.year = QSpinBox(self)
        self.year.setObjectName("figuresYear")
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" (year)"))
        self.year.valueChanged.connect(lambda _value: self.refresh())
        self.excel_button = QPushButton(self.tr("Export to Excel…"), self)
        self.excel_button.setObjectName("exportExcel")
        self.excel_button.clicked.connect(self.export_excel)
        self.pdf_button = QPushButton(self.tr("Export to PDF…"), self)
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(self.export_pdf)
        county = QLabel(context.county.name, self)
        county.setStyleSheet(MUTED_STYLE + " font-size: 15px;")
        top = QHBoxLayout()
        top.addWidget(title_label(self, self.tr("Figures")))
        top.addWidget(county)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        top.addWidget(self.excel_button)
        top.addWidget(self.pdf_button)

        self.figure_cards = FigureCards(self)
        self.cards = self.figure_cards.cards
        self.model: RowsModel[StationLine] = _StationsModel([
            Column(self.tr("Station"), self.station_text),
            Column(self.tr("Last batch"), self.last_ack_text),
            Column(self.tr("Members"), lambda r: number_text(r.active), numeric=True),
            Column(self.tr("New"), lambda r: number_text(r.joined), numeric=True),
            Column(self.tr("Unions"), lambda r: number_text(r.unions), numeric=True),
            Column(self.tr("Venues"), lambda r: number_text(r.venues), numeric=True),
            Column(self.tr("Hardship files"), lambda r: number_text(r.files), numeric=True),
            Column(self.tr("Paid (yuan)"), lambda r: number_text(r.paid), numeric=True),
        ], self)
        self.table = read_only_table(self, self.model, "figuresTable", 0, alternating=True)
        self.silent_label = QLabel(self)
        self.silent_label.setObjectName("notReported")
        self.silent_label.setWordWrap(True)
        stations = QWidget(self)
        left = QVBoxLayout(stations)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(QLabel(self.tr("Stations side by side (a red date: nothing received "
                                      "this year)"), stations))
        left.addWidget(self.table, 1)
        left.addWidget(self.silent_label)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("charts")
        self.charts = {
            "stations": ChartPanel("stations", self.tr("Active members by station"),
                                   (self.tr("Station"), self.tr("Active members"),
                                    self.tr("New members")), across=True),
            "hardship": ChartPanel("hardship", self.tr("Hardship files by category"),
                                   (self.tr("Category"), self.tr("Files"))),
            "venues": ChartPanel("venues", self.tr("Venues by kind"),
                                 (self.tr("Kind"), self.tr("Venues"))),
            "campaigns": ChartPanel("campaigns", self.tr("Money paid by campaign (yuan)"),
                                    (self.tr("Campaign"), self.tr("Paid"),
                                     self.tr("Budget"), self.tr("Households"))),
        }
        for key, title in (("stations", self.tr("Members by station")),
                           ("hardship", self.tr("Hardship files")),
                           ("venues", self.tr("Venues")),
                           ("campaigns", self.tr("Money by campaign"))):
            self.tabs.addTab(self.charts[key], title)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(stations)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.figure_cards)
        layout.addWidget(split, 1)

    def apply_permissions(self, may: Callable[[Action], bool]) -> None:
        for button in (self.excel_button, self.pdf_button):
            button.setVisible(may(Action.REPORT_EXPORT))

    def station_text(self, line: StationLine) -> str:
        return self.tr("County total") if not line.code else f"{line.name} ({line.code})"

    def last_ack_text(self, line: StationLine) -> str:
        if not line.code:
            return ""
        return line.last_ack or self.tr("never")

    # -- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        county, year = self.context.county, self.year.value()
        self.context.run(self, lambda _p: read_county_report(county, year, True), self._show)

    def _show(self, report: dict[str, Any]) -> None:
        if report["year"] != self.year.value():
            return  # an older year's report, arriving after the officer moved on
        self.report = report
        self.figure_cards.show_report(report)
        lines = station_lines(report)
        self.model.set_rows(lines)
        names = {s["station"]: s["name"] for s in report.get("stations", [])}
        silent = report["not_reported"]
        if silent:
            self.silent_label.setText(self.tr("Not reported this year: {0}").format(
                ", ".join(f"{names.get(code, '')} ({code})" for code in silent)))
            self.silent_label.setStyleSheet(ERROR_STYLE)
        else:
            self.silent_label.setText(self.tr("Every station has reported this year."))
            self.silent_label.setStyleSheet(MUTED_STYLE)
        self.charts["stations"].set_rows([
            (line.name, (line.active, line.joined)) for line in lines if line.code])
        for key, rows in section_rows(report).items():
            self.charts[key].set_rows(rows)
        self.loaded.emit(report)

    # -- exports -------------------------------------------------------------------------

    def export_excel(self) -> None:
        self._export(self.tr("Export the county's report to Excel"),
                     self.tr("Excel (*.xlsx)"), ".xlsx")

    def export_pdf(self) -> None:
        self._export(self.tr("Export the county's report to PDF"), self.tr("PDF (*.pdf)"),
                     ".pdf")

    def _export(self, title: str, name_filter: str, suffix: str) -> None:
        county, year = self.context.county, self.year.value()
        chosen = self.context.dialogs.save_file(title, name_filter,
                                                f"{county.name}{year}年度统计{suffix}")
        if chosen is None:
            return
        path = with_suffix(chosen, suffix)
        self.context.run(self, lambda _p: export_county_report(county, path, year),
                         lambda _r: self._exported(title, path),
                         label=self.tr("Exporting…"))

    def _exported(self, title: str, path: Path) -> None:
        self.context.dialogs.inform(title, self.tr("The report was written to {0}.").format(
            path))
