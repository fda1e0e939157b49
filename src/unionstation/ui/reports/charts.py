"""A chart and, a click away, the same figures as a table (QtCharts, from PySide6-Addons).

The panel is fed (label, values) rows by the page; it never reads anything itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from unionstation.services.reports.figures import code_label
from unionstation.ui.style import MUTED_STYLE
from unionstation.ui.tables import read_only_table

Value = int | Decimal
CHART, TABLE = 0, 1
LABEL_COLOUR = "#333333"


def _cell(value: object) -> QStandardItem:
    if isinstance(value, Decimal):
        item = QStandardItem(f"{value:,.2f}")
    elif isinstance(value, int):
        item = QStandardItem(f"{value:,}")
    else:
        item = QStandardItem(str(value))
    if isinstance(value, int | Decimal):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ChartPanel(QWidget):
    """One chart: bars of the first `charted` value columns, the table of all columns."""

    def __init__(self, key: str, title: str, headers: Sequence[str], charted: int = 1,
                 parent: QWidget | None = None, *, across: bool = False) -> None:
        """`across`: bars run left to right, their names down the side, whole (long names,
        such as stations', that would be cut short under upright bars)."""
        super().__init__(parent)
        self.across = across
        self.setObjectName(f"chart-{key}")
        self.headers = list(headers)
        self.charted = charted
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.model = QStandardItemModel(0, len(self.headers), self)
        self.model.setHorizontalHeaderLabels(self.headers)
        self.table = read_only_table(self, self.model, f"table-{key}", 0, alternating=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No figures yet for this year."), self)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton(self.tr("Show table"), self)
        self.toggle.setObjectName(f"toggle-{key}")
        self.toggle.clicked.connect(self.flip)
        bar = QHBoxLayout()
        bar.addWidget(self.empty, 1)
        bar.addStretch(0)
        bar.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def showing_table(self) -> bool:
        return self.stack.currentIndex() == TABLE

    def flip(self) -> None:
        table = not self.showing_table()
        self.stack.setCurrentIndex(TABLE if table else CHART)
        self.toggle.setText(self.tr("Show chart") if table else self.tr("Show table"))

    def set_rows(self, rows: Sequence[tuple[str, Sequence[Value]]]) -> None:
        self.model.setRowCount(0)
        for label, values in rows:
            self.model.appendRow([_cell(label), *(_cell(v) for v in values)])
        self.empty.setVisible(not rows)
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.removeAllSeries()
        if not rows:
            return
        if self.across:  # drawn from the bottom up: the table's first row on top
            rows = list(reversed(rows))
        series = QHorizontalBarSeries() if self.across else QBarSeries()
        top = 0.0
        for column in range(self.charted):
            bars = QBarSet(self.headers[column + 1])
            bars.setLabelColor(QColor(LABEL_COLOUR))
            for _label, values in rows:
                bars.append(float(values[column]))
                top = max(top, float(values[column]))
            series.append(bars)
        self.chart.addSeries(series)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsVisible(len(rows) <= 12)
        categories = QBarCategoryAxis()
        categories.append([label for label, _values in rows])
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        name_side, value_side = (left, bottom) if self.across else (bottom, left)
        self.chart.addAxis(categories, name_side)
        series.attachAxis(categories)
        values_axis = QValueAxis()
        values_axis.setRange(0, top * 1.15 if top else 1)
        values_axis.applyNiceNumbers()
        values_axis.setLabelFormat("%d")
        self.chart.addAxis(values_axis, value_side)
        series.attachAxis(values_axis)
        self.chart.legend().setVisible(self.charted > 1)

    def table_rows(self) -> list[list[str]]:
        """What the table shows, as text (for tests and for the eye)."""
        return [[self.model.item(r, c).text() for c in range(self.model.columnCount())]
                for r in range(self.model.rowCount())]


Rows = list[tuple[str, tuple[Value, ...]]]


def section_rows(report: dict[str, Any]) -> dict[str, Rows]:
    """The hardship, venues and campaigns charts' rows of a report (the station's page and
    the county's chart the same sections)."""
    hardship, venues = report["hardship"], report["venues"]
    return {
        "hardship": [(code_label(k, "files"), (int(v),)) for k, v in hardship["files"].items()],
        "venues": [(code_label(k, "by_kind"), (int(v),)) for k, v in venues["by_kind"].items()],
        "campaigns": [(c["name"], (Decimal(c["paid_total"]), Decimal(c["budget"]),
                                   int(c["households"]))) for c in report["campaigns"]],
    }
