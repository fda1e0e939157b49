"""The Statistics page (统计报表): a year, the figures of the year beside last year's, the
charts (each with its table a click away) and the exports to .xlsx and PDF.

It lays out and shows; the figures are read through ReportService on the worker, and the
exports write through exchange and printing, on the worker too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.permissions import Action
from unionstation.services.reports.service import ReportService
from unionstation.ui.dialogs import report_error, with_suffix
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext
from unionstation.ui.reports.cards import FigureCards
from unionstation.ui.reports.charts import ChartPanel, section_rows
from unionstation.ui.style import MUTED_STYLE, title_label

Figures = tuple[dict[str, Any], list[dict[str, int]]]


class ReportsPage(QWidget):
    """`loaded()` each time the figures of the chosen year are on screen."""

    loaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-reports")
        self.context = context
        self.service = ReportService(context.services)
        self.report: dict[str, Any] | None = None
        self.months: list[dict[str, int]] = []
        self._shown = False

        heading = title_label(self, self.tr("Statistics"))
        station = QLabel(context.station.name, self)
        station.setStyleSheet(MUTED_STYLE + " font-size: 15px;")
        self.year = QSpinBox(self)
        self.year.setObjectName("yearPicker")
        today = context.services.today()
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" (year)"))
        self.year.valueChanged.connect(self.refresh)
        may_export = context.services.may(Action.REPORT_EXPORT)
        self.excel_button = QPushButton(self.tr("Export to Excel…"), self)
        self.excel_button.setObjectName("exportExcel")
        self.pdf_button = QPushButton(self.tr("Export to PDF…"), self)
        self.pdf_button.setObjectName("exportPdf")
        self.monthly_button = QPushButton(self.tr("Monthly member report…"), self)
        self.monthly_button.setObjectName("exportMonthly")
        for button, handler in ((self.excel_button, self.export_excel),
                                (self.pdf_button, self.export_pdf),
                                (self.monthly_button, self.export_monthly)):
            button.setEnabled(may_export)
            button.clicked.connect(handler)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(station)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        top.addWidget(self.excel_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.monthly_button)

        self.figure_cards = FigureCards(self)
        self.cards = self.figure_cards.cards

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("charts")
        self.charts = {
            "members": ChartPanel("members", self.tr("Members at the end of each month"), (
                self.tr("Month"), self.tr("Active at month end"), self.tr("Joined"),
                self.tr("Transferred in"), self.tr("Transferred out"), self.tr("Left"))),
            "hardship": ChartPanel("hardship", self.tr("Hardship files by category"),
                                   (self.tr("Category"), self.tr("Files"))),
            "venues": ChartPanel("venues", self.tr("Venues by kind"),
                                 (self.tr("Kind"), self.tr("Venues"))),
            "campaigns": ChartPanel("campaigns", self.tr("Money paid by campaign (yuan)"),
                                    (self.tr("Campaign"), self.tr("Paid"),
                                     self.tr("Budget"), self.tr("Households"))),
        }
        for key, title in (("members", self.tr("Members by month")),
                           ("hardship", self.tr("Hardship files")),
                           ("venues", self.tr("Venues")),
                           ("campaigns", self.tr("Money by campaign"))):
            self.tabs.addTab(self.charts[key], title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.figure_cards)
        layout.addWidget(self.tabs, 1)

    # -- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        service = self.service

        def load(_progress: object) -> Figures:
            return service.year_figures(year)

        Operation(self, load).success(self.show_figures).failure(self._failed).run()

    def show_figures(self, figures: Figures) -> None:
        report, months = figures
        if report["year"] != self.year.value():
            return  # an older year's figures, arriving after the officer moved on
        self.report, self.months = report, months
        self.figure_cards.show_report(report)
        self.charts["members"].set_rows([
            (self.tr("Month {0}").format(m["month"]),
             (m["active"], m["joined"], m["transferred_in"], m["transferred_out"], m["left"]))
            for m in months if self._month_begun(report["year"], m["month"])])
        for key, rows in section_rows(report).items():
            self.charts[key].set_rows(rows)
        self.loaded.emit()

    def _month_begun(self, year: int, month: int) -> bool:
        today = self.context.services.today()
        return (year, month) <= (today.year, today.month)

    def _failed(self, exc: BaseException) -> None:
        report_error(self.context.dialogs, self.tr("Statistics"), exc,
                     self.context.home.log_file)

    # -- exports -------------------------------------------------------------------------

    def export_excel(self) -> None:
        self._export(self.tr("Export the annual report to Excel"), self.tr("Excel (*.xlsx)"),
                     ".xlsx", _excel)

    def export_pdf(self) -> None:
        self._export(self.tr("Export the annual report to PDF"), self.tr("PDF (*.pdf)"),
                     ".pdf", _pdf)

    def export_monthly(self) -> None:
        """The monthly member report of a month the officer types, to Excel."""
        title = self.tr("Export the monthly member report")
        answer = self.context.dialogs.ask_text(title, self.tr("Month (for example 2026-03):"))
        if answer is None:
            return
        try:
            year, number = (int(part) for part in answer.strip().split("-"))
            month = date(year, number, 1)
        except ValueError:
            self.context.dialogs.warn(title, self.tr(
                "“{0}” is not a month; write it as 2026-03.").format(answer))
            return
        self._export(title, self.tr("Excel (*.xlsx)"), ".xlsx",
                     lambda services, path, _year: _monthly(services, path, month),
                     f"{self.context.station.name}{month:%Y年%m月}会员月报")

    def _export(self, title: str, name_filter: str, suffix: str,
                write: Callable[[Any, Path, int], object], name: str = "") -> None:
        year = self.year.value()
        suggested = (name or f"{self.context.station.name}{year}年度统计") + suffix
        chosen = self.context.dialogs.save_file(title, name_filter, suggested)
        if chosen is None:
            return
        path = with_suffix(chosen, suffix)
        services = self.context.services
        Operation(self, lambda _p: write(services, path, year),
                  label=self.tr("Exporting…")).success(
            lambda _r: self.context.dialogs.inform(
                title, self.tr("The report was written to {0}.").format(path))
        ).failure(lambda exc: report_error(self.context.dialogs, title, exc,
                                           self.context.home.log_file)).run()


def _excel(services: Any, path: Path, year: int) -> object:
    from unionstation.exchange.annual_report import export_annual_workbook

    return export_annual_workbook(services, path, year)


def _monthly(services: Any, path: Path, month: date) -> object:
    from unionstation.exchange.annual_report import export_monthly_workbook

    return export_monthly_workbook(services, path, month)


def _pdf(services: Any, path: Path, year: int) -> object:
    from unionstation.printing.annual_report import export_annual_pdf

    return export_annual_pdf(services, path, year)
