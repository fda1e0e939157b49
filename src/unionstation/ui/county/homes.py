"""The county's Homes view: every station's venues by kind and level, with asset values."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from unionstation.county.venues import CountyVenue, CountyVenues, county_venues
from unionstation.domain.homes import ModelLevel, VenueKind
from unionstation.ui.county.context import CountyContext
from unionstation.ui.members.drive_models import Column, RowsModel
from unionstation.ui.style import MUTED_STYLE, title_label
from unionstation.ui.tables import read_only_table


def _kind(code: str) -> str:
    kind = VenueKind.from_label(code)
    return kind.label if kind else code


def _level(code: str | None) -> str:
    level = ModelLevel.from_label(code or "")
    return level.label if level else ""


class CountyHomesPage(QWidget):
    refreshed = Signal(object)

    def __init__(self, context: CountyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-county-homes")
        self.context = context
        self.model: RowsModel[CountyVenue] = RowsModel([
            Column(self.tr("Station"), lambda v: v.station),
            Column(self.tr("Venue code"), lambda v: v.code),
            Column(self.tr("Kind"), lambda v: _kind(v.kind)),
            Column(self.tr("Name"), lambda v: v.name),
            Column(self.tr("Level"), lambda v: _level(v.level)),
            Column(self.tr("Stars"), lambda v: str(v.stars), numeric=True),
            Column(self.tr("Asset value (yuan)"), lambda v: v.asset_value, numeric=True),
        ], self)
        self.table = read_only_table(self, self.model, "countyVenueTable", 3, alternating=True)
        self.by_kind = QLabel(self)
        self.by_kind.setObjectName("venuesByKind")
        self.by_kind.setWordWrap(True)
        self.by_kind.setStyleSheet(MUTED_STYLE)
        top = QHBoxLayout()
        top.addWidget(title_label(self, self.tr("Workers' homes")))
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.by_kind)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        store = self.context.county.store
        self.context.run(self, lambda _p: county_venues(store), self._show)

    def _show(self, found: CountyVenues) -> None:
        self.model.set_rows(found.venues)
        kinds = "、".join(f"{_kind(k)} {n}" for k, n in sorted(found.by_kind.items()))
        levels = "、".join(f"{_level(k)} {n}" for k, n in sorted(found.by_level.items()))
        self.by_kind.setText(self.tr("{0} venues. By kind: {1}. Model homes by level: {2}.")
                             .format(len(found.venues), kinds or "—", levels or "—"))
        self.refreshed.emit(found)
