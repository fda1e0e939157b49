"""The asset's fields beyond the first line: its unit, where it stands, when it was acquired
and is next audited, its condition, and what paid for it (a share each where mixed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from unionstation.domain.homes import AssetCondition, FundingSource
from unionstation.services.homes.assets import AssetRow
from unionstation.ui.members.form_widgets import OptionalDateEdit


class AssetDetails(QWidget):
    """Blank for a new asset (one unit 件, good, all from own funds); filled from an
    AssetRow to edit it. `funding()` is the shares above nought, in percent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = QLineEdit(self)
        self.unit.setObjectName("assetUnit")
        self.unit.setPlaceholderText("件")
        self.unit.setMaxLength(16)
        self.unit.setFixedWidth(56)
        self.location = QLineEdit(self)
        self.location.setObjectName("assetLocation")
        self.location.setPlaceholderText(self.tr("e.g. the rest room, shelf 2"))
        self.acquired = OptionalDateEdit(self.tr("not given"), self)
        self.acquired.setObjectName("assetAcquired")
        self.next_audit = OptionalDateEdit(self.tr("not set"), self)
        self.next_audit.setObjectName("assetNextAudit")
        self.condition = QComboBox(self)
        self.condition.setObjectName("assetCondition")
        self.shares: dict[FundingSource, QSpinBox] = {}
        self.share_total = QLabel(self)
        self.share_total.setObjectName("assetShareTotal")
        share_row = QHBoxLayout()
        share_row.setContentsMargins(0, 0, 0, 0)
        for source in FundingSource:
            box = QSpinBox(self)
            box.setObjectName(f"assetShare_{source.value}")
            box.setRange(0, 100)
            box.setSuffix(" %")
            box.valueChanged.connect(lambda _v: self._total_changed())
            self.shares[source] = box
            share_row.addWidget(QLabel(source.label, self))
            share_row.addWidget(box)
        share_row.addWidget(self.share_total)
        share_row.addStretch(1)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # The unit sits in the tab's first line, beside the quantity it counts.
        grid.addWidget(QLabel(self.tr("Location"), self), 0, 0)
        grid.addWidget(self.location, 0, 1)
        grid.addWidget(QLabel(self.tr("Acquired"), self), 0, 2)
        grid.addWidget(self.acquired, 0, 3)
        grid.addWidget(QLabel(self.tr("Next audit"), self), 0, 4)
        grid.addWidget(self.next_audit, 0, 5)
        grid.addWidget(QLabel(self.tr("Condition"), self), 0, 6)
        grid.addWidget(self.condition, 0, 7)
        grid.addWidget(QLabel(self.tr("Funding shares"), self), 1, 0)
        grid.addLayout(share_row, 1, 1, 1, 7)
        grid.setColumnStretch(1, 1)
        self.fill(None)

    def fill(self, row: AssetRow | None) -> None:
        """A scrapped asset keeps its condition: only disposal scraps, and it is final."""
        self.unit.setText(row.unit if row else "件")
        self.location.setText(row.location if row else "")
        self.acquired.set_value(row.acquired_on if row else None)
        self.next_audit.set_value(row.next_audit_on if row else None)
        scrapped = row is not None and row.condition is AssetCondition.SCRAPPED
        self.condition.clear()
        for condition in AssetCondition:
            if condition is not AssetCondition.SCRAPPED or scrapped:
                self.condition.addItem(condition.label, condition.value)
        self.condition.setCurrentIndex(self.condition.findData(
            row.condition.value if row else AssetCondition.GOOD.value))
        self.condition.setEnabled(not scrapped)
        funding = row.funding if row else {FundingSource.OWN_FUNDS.value: 100}
        for source, box in self.shares.items():
            box.setValue(int(funding.get(source.value, 0)))
        self._total_changed()

    def funding(self) -> dict[str, int]:
        return {source.value: box.value() for source, box in self.shares.items()
                if box.value() > 0}

    def chosen_condition(self) -> AssetCondition:
        return AssetCondition(self.condition.currentData())

    def dates(self) -> tuple[date | None, date | None]:
        """(acquired, next audit)."""
        return self.acquired.value(), self.next_audit.value()

    def _total_changed(self) -> None:
        total = sum(box.value() for box in self.shares.values())
        self.share_total.setText(self.tr("= {0} %").format(total))
        self.share_total.setStyleSheet("" if total == 100 else "color: #b00020;")
