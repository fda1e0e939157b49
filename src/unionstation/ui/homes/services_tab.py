"""The service log tab: a week grid (services down, days across) typed with the keyboard,
each cell saved as it is left; the month's totals, the subsidy and its claim sheet."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.homes import ServiceKind
from unionstation.domain.permissions import Action
from unionstation.services.errors import UserError
from unionstation.services.homes.service_logs import ServiceLogService
from unionstation.ui.homes.common import ask_pdf, attempt
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import ERROR_STYLE

SERVICES = list(ServiceKind)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("ServicesTab", "Mon"),
    QT_TRANSLATE_NOOP("ServicesTab", "Tue"),
    QT_TRANSLATE_NOOP("ServicesTab", "Wed"),
    QT_TRANSLATE_NOOP("ServicesTab", "Thu"),
    QT_TRANSLATE_NOOP("ServicesTab", "Fri"),
    QT_TRANSLATE_NOOP("ServicesTab", "Sat"),
    QT_TRANSLATE_NOOP("ServicesTab", "Sun"),
)


class ServicesTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.logs = ServiceLogService(context.services)
        self.venue_id: UUID | None = None
        today = context.services.today()
        self.monday = today - timedelta(days=today.weekday())
        self._loading = False
        self.claim_month = self.monday.replace(day=1)

        self.previous = QPushButton(self.tr("◀ Previous week"), self)
        self.previous.setObjectName("previousWeek")
        self.previous.clicked.connect(lambda: self.move_week(-7))
        self.next = QPushButton(self.tr("Next week ▶"), self)
        self.next.setObjectName("nextWeek")
        self.next.clicked.connect(lambda: self.move_week(7))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.grid = QTableWidget(len(SERVICES), 7, self)
        self.grid.setObjectName("serviceGrid")
        self.grid.setVerticalHeaderLabels([s.label for s in SERVICES])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.itemChanged.connect(self._cell_changed)
        self.error = QLabel(self)
        self.error.setObjectName("serviceError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.month = QLabel(self)
        self.month.setObjectName("monthTotals")
        self.month.setWordWrap(True)
        self.claim_button = QPushButton(self.tr("Subsidy claim (PDF)…"), self)
        self.claim_button.setObjectName("printSubsidy")
        self.claim_button.clicked.connect(self.print_claim)
        self.claim_button.setEnabled(context.services.may(Action.ASSET_MONEY))
        top = QHBoxLayout()
        top.addWidget(self.previous)
        top.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.next)
        bottom = QHBoxLayout()
        bottom.addWidget(self.month, 1)
        bottom.addWidget(self.claim_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    def show_venue(self, venue_id: UUID | None) -> None:
        self.venue_id = venue_id
        self.grid.setEnabled(venue_id is not None
                             and self.context.services.may(Action.ASSET_EDIT))
        self.refresh()

    def move_week(self, days: int) -> None:
        self.monday += timedelta(days=days)
        self.refresh()

    def day_of(self, column: int) -> date:
        return self.monday + timedelta(days=column)

    def refresh(self) -> None:
        self._loading = True
        self.grid.setHorizontalHeaderLabels(
            [f"{self.tr(str(WEEKDAYS[c]))} {self.day_of(c):%m-%d}" for c in range(7)])
        counts = self.logs.week(self.venue_id, self.monday) if self.venue_id else {}
        for row, service in enumerate(SERVICES):
            for column in range(7):
                value = counts.get((self.day_of(column), service))
                item = QTableWidgetItem("" if not value else str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(row, column, item)
        self._loading = False
        self.week_label.setText(self.tr("Week of {0}").format(self.monday.isoformat()))
        self._month_totals()

    def _month_totals(self) -> None:
        if self.venue_id is None:
            self.month.setText(self.tr("Choose a venue."))
            return
        month = self.monday.replace(day=1) if self.monday.month == \
            (self.monday + timedelta(days=6)).month else (self.monday + timedelta(days=6))
        totals = self.logs.month_totals(self.venue_id, month)
        text = "、".join(f"{k.label} {n}" for k, n in totals.items()) or self.tr("nothing yet")
        line = self.tr("{0:%Y-%m}: {1}; total {2}").format(month, text, sum(totals.values()))
        if self.context.services.may(Action.ASSET_MONEY):
            claim = self.logs.claim(self.venue_id, month)
            line += self.tr("; subsidy ¥{0}").format(claim.subsidy)
        self.month.setText(line)
        self.claim_month = month.replace(day=1)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.venue_id is None:
            return
        text = item.text().strip()
        if text and not text.isdigit():
            self.error.setText(self.tr("“{0}” is not a count; type a whole number.").format(text))
            return
        self.error.clear()
        venue_id, day = self.venue_id, self.day_of(item.column())
        service = SERVICES[item.row()]
        count = int(text) if text else 0
        try:
            self.logs.log(venue_id, day, service, count)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self._month_totals()

    def print_claim(self) -> None:
        from unionstation.printing.homes_api import print_subsidy

        if self.venue_id is None:
            return
        venue_id, month = self.venue_id, self.claim_month
        out = ask_pdf(self.context, self.tr("Save the subsidy claim"), f"subsidy-{month:%Y-%m}.pdf")
        if out is not None:
            attempt(self.context, self.tr("Print"),
                    lambda: print_subsidy(self.context.services, out, venue_id, month))
