"""The stocktake tab: start one for the venue, count by typing or scanning a label (a USB
scanner types the QR text and Enter into the count field), missing and surplus live,
close with the counters' names, and print the report."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.permissions import Action
from unionstation.services.homes.stocktakes import StocktakeService, StocktakeView
from unionstation.ui.homes.common import RowsModel, ask_pdf, attempt, table
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import ERROR_STYLE

COLUMNS = (
    QT_TRANSLATE_NOOP("StocktakeTab", "Tag"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Name"),
    QT_TRANSLATE_NOOP("StocktakeTab", "On the books"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Counted"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Difference"),
)
MISSING, SURPLUS, MATCHED = "#b00020", "#1f4e9c", "#2e7d32"


class StocktakeTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stocktakes = StocktakeService(context.services)
        self.venue_id: UUID | None = None
        self.stocktake_id: UUID | None = None
        self.last_closed: UUID | None = None
        editable = context.services.may(Action.ASSET_EDIT)

        self.start_button = QPushButton(self.tr("Start a stocktake"), self)
        self.start_button.setObjectName("startStocktake")
        self.start_button.clicked.connect(self.start)
        self.start_button.setEnabled(editable)
        self.status = QLabel(self)
        self.status.setObjectName("stocktakeStatus")
        self.scan = QLineEdit(self)
        self.scan.setObjectName("scanInput")
        self.scan.setPlaceholderText(self.tr("Scan a label or type a tag, then Enter"))
        self.scan.returnPressed.connect(self.count_scanned)
        self.scan_error = QLabel(self)
        self.scan_error.setObjectName("scanError")
        self.scan_error.setStyleSheet(ERROR_STYLE)
        self.counters = QLineEdit(self)
        self.counters.setObjectName("stocktakeCounters")
        self.counters.setPlaceholderText(self.tr("Counted by (two names)"))
        self.close_button = QPushButton(self.tr("Close the stocktake"), self)
        self.close_button.setObjectName("closeStocktake")
        self.close_button.clicked.connect(self.close_stocktake)
        self.print_button = QPushButton(self.tr("Report (PDF)…"), self)
        self.print_button.setObjectName("printStocktake")
        self.print_button.clicked.connect(self.print_report)

        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.status, 1)
        top.addWidget(self.print_button)
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Count:"), self))
        scan_row.addWidget(self.scan, 2)
        scan_row.addWidget(self.counters, 1)
        scan_row.addWidget(self.close_button)
        self.model = RowsModel([self.tr(str(c)) for c in COLUMNS], self)
        self.table = table(self, self.model, "stocktakeTable", (110, 220, 90, 90, 90))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(scan_row)
        layout.addWidget(self.scan_error)
        layout.addWidget(self.table, 1)
        self.show_venue(None)

    def show_venue(self, venue_id: UUID | None) -> None:
        self.venue_id = venue_id
        self.stocktake_id = self.stocktakes.open_for(venue_id) if venue_id else None
        self.start_button.setEnabled(venue_id is not None and self.stocktake_id is None
                                     and self.context.services.may(Action.ASSET_EDIT))
        self.refresh()

    def refresh(self, view: StocktakeView | None = None) -> None:
        open_ = self.stocktake_id is not None
        for widget in (self.scan, self.counters, self.close_button):
            widget.setEnabled(open_)
        self.print_button.setEnabled(open_ or view is not None)
        if view is None and self.stocktake_id is not None:
            view = self.stocktakes.view(self.stocktake_id)
        if view is None:
            self.model.set_rows([], [])
            self.status.setText(self.tr("No stocktake open for this venue.")
                                if self.venue_id else self.tr("Choose a venue."))
            return
        colours = {}
        for row, line in enumerate(view.lines):
            if line.tag in view.surplus:
                colours[row] = SURPLUS
            elif line.counted is not None and line.difference == 0:
                colours[row] = MATCHED
            elif line.counted is not None or view.closed_on is not None:
                colours[row] = MISSING
        self.model.set_rows([(x.tag, x.name or self.tr("(not on the books)"), x.expected,
                              "" if x.counted is None else x.counted,
                              f"{x.difference:+d}" if x.counted is not None else "")
                             for x in view.lines], [x.tag for x in view.lines], colours)
        state = self.tr("closed") if view.closed_on else self.tr("open")
        self.status.setText(self.tr("Stocktake {0} ({1}): {2} of {3} counted, missing {4}, "
                                    "surplus {5}").format(
            view.number, state, view.counted, sum(1 for x in view.lines if x.expected),
            len(view.missing), len(view.surplus)))
        self.status.setProperty("stocktake", str(view.id))

    def start(self) -> None:
        if self.venue_id is None:
            return
        venue_id = self.venue_id
        view = attempt(self.context, self.tr("Stocktake"),
                       lambda: self.stocktakes.start(venue_id))
        if view is not None:
            self.stocktake_id = view.id
            self.start_button.setEnabled(False)
            self.refresh(view)
            self.scan.setFocus()

    def count_scanned(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if not text.strip() or self.stocktake_id is None:
            return
        try:
            line = self.stocktakes.count(self.stocktake_id, text)
        except Exception as exc:  # shown beside the field: the scanner keeps going
            self.scan_error.setText(str(exc))
            return
        self.scan_error.setText(self.tr("{0}: counted {1} of {2}").format(
            line.tag, line.counted, line.expected))
        self.scan_error.setStyleSheet("" if line.expected else ERROR_STYLE)
        self.refresh()

    def close_stocktake(self) -> None:
        if self.stocktake_id is None:
            return
        stocktake_id, counters = self.stocktake_id, self.counters.text()
        view = attempt(self.context, self.tr("Stocktake"),
                       lambda: self.stocktakes.close(stocktake_id, counters))
        if view is not None:
            self.stocktake_id = None
            self.start_button.setEnabled(True)
            self.last_closed = view.id
            self.refresh(view)

    def print_report(self) -> None:
        from unionstation.printing.homes_api import print_stocktake

        key = self.stocktake_id or self.last_closed
        if key is None:
            return
        out = ask_pdf(self.context, self.tr("Save the stocktake report"), "stocktake.pdf")
        if out is not None:
            attempt(self.context, self.tr("Print"),
                    lambda: print_stocktake(self.context.services, out, key))
