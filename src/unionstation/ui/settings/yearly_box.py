"""The per-year values other pages read: the minimum-living line and the service subsidy
rates, as one table (services.yearly_values)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from unionstation.services.yearly_values import (
    MINIMUM_LIVING_LINE,
    SERVICE_RATE_PREFIX,
    YearlyValues,
)
from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.common import SettingsBox, muted


class YearlyBox(SettingsBox):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Values for each year"), context, parent)
        self.values = YearlyValues(context.services)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("yearlyValues")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Value"), self.tr("Yuan")])
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(120)
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(context.services.today().year)
        self.kind = QComboBox(self)
        self.kind.setObjectName("yearlyKind")
        self.kind.addItem(self.tr("Minimum-living line (per person a month)"), MINIMUM_LIVING_LINE)
        self.kind.addItem(self.tr("Service subsidy rate (per service)"), SERVICE_RATE_PREFIX)
        self.service_name = QLineEdit(self)
        self.service_name.setObjectName("serviceName")
        self.service_name.setPlaceholderText(self.tr("Service, e.g. 饮水"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("yearlyAmount")
        self.amount.setPlaceholderText("0.00")
        self.set_button = QPushButton(self.tr("Set"), self)
        self.set_button.setObjectName("setYearly")
        self.set_button.clicked.connect(self.set_value)
        self.editors = [self.year, self.kind, self.service_name, self.amount, self.set_button]
        row = QHBoxLayout()
        for widget in (self.year, self.kind, self.service_name, self.amount, self.set_button):
            row.addWidget(widget)
        form = QFormLayout(self)
        form.addRow(muted(self.tr("Hardship files and the workers' homes read these; a year "
                                  "without its own value uses the latest earlier one."), self))
        form.addRow(self.table)
        form.addRow(row)
        form.addRow(self.message)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.service_name.setVisible(self.kind.currentData() == SERVICE_RATE_PREFIX)

    def label(self, name: str) -> str:
        if name == MINIMUM_LIVING_LINE:
            return self.tr("Minimum-living line")
        return self.tr("Service subsidy: {0}").format(name.removeprefix(SERVICE_RATE_PREFIX))

    def refresh(self) -> None:
        rows = [(year, name, amount) for year, values in sorted(self.values.all().items())
                for name, amount in sorted(values.items())]
        self.table.setRowCount(len(rows))
        for index, (year, name, amount) in enumerate(rows):
            for column, text in enumerate((str(year), self.label(name), f"{amount:,.2f}")):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.lock_editors()
        self._kind_changed()

    def set_value(self) -> None:
        kind = str(self.kind.currentData())
        year = self.year.value()
        text = self.amount.text().strip()

        def change() -> None:
            amount: Decimal | str | None = text or None
            if kind == MINIMUM_LIVING_LINE:
                self.values.set_minimum_living_line(year, amount)
            else:
                service = self.service_name.text().strip()
                if not service:
                    from unionstation.services.errors import InvalidField

                    raise InvalidField("", "服务", "请填写服务名称,例如 饮水。")
                self.values.set_service_rate(year, service, amount)

        if self.attempt(change, self.tr("Saved.")):
            self.amount.clear()
            self.refresh()
