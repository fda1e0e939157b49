"""The Homes page: the venues on the left, and for the chosen one (or all) its standard,
assets, stocktake, reading room and service log in tabs. It only wires."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.homes import VenueKind
from unionstation.services.homes.venues import VenueService
from unionstation.ui.homes.assets_tab import AssetsTab
from unionstation.ui.homes.ledgers import LedgerButton
from unionstation.ui.homes.reading_tab import ReadingTab
from unionstation.ui.homes.services_tab import ServicesTab
from unionstation.ui.homes.stocktake_tab import StocktakeTab
from unionstation.ui.homes.venue_tab import VenueTab
from unionstation.ui.page_context import PageContext

SUB_PAGES = ("venue", "assets", "stocktake", "reading", "services")


class HomesPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-homes")
        self.context = context
        self.venues = VenueService(context.services)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("venueKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in VenueKind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.venue_list = QListWidget(self)
        self.venue_list.setObjectName("venueList")
        self.venue_list.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.kind_filter)
        self.ledgers = LedgerButton(context, left)
        left_layout.addWidget(self.ledgers)
        left_layout.addWidget(self.venue_list, 1)

        self.venue_tab = VenueTab(context, self)
        self.assets_tab = AssetsTab(context, self)
        self.stocktake_tab = StocktakeTab(context, self)
        self.reading_tab = ReadingTab(context, self)
        self.services_tab = ServicesTab(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("homesTabs")
        for tab, title in ((self.venue_tab, self.tr("Venue and standard")),
                           (self.assets_tab, self.tr("Assets")),
                           (self.stocktake_tab, self.tr("Stocktake")),
                           (self.reading_tab, self.tr("Reading room")),
                           (self.services_tab, self.tr("Service log"))):
            self.tabs.addTab(tab, title)
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self.venue_tab.added.connect(self._venue_added)
        self.venue_tab.changed.connect(self._venue_added)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 1000])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)
        self.venue_id: UUID | None = None
        self._loaded: set[int] = set()
        self.refresh()

    def refresh(self, select: UUID | None = None) -> None:
        kind = self.kind_filter.currentData()
        rows = self.venues.list(VenueKind(kind) if kind else None)
        self.venue_list.blockSignals(True)
        self.venue_list.clear()
        everything = QListWidgetItem(self.tr("All venues ({0})").format(len(rows)))
        everything.setData(Qt.ItemDataRole.UserRole, None)
        self.venue_list.addItem(everything)
        chosen = everything
        for row in rows:
            item = QListWidgetItem(f"{row.name}\n{row.code} · {row.kind.label}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.venue_list.addItem(item)
            if row.id == (select or self.venue_id):
                chosen = item
        self.venue_list.blockSignals(False)
        self.venue_list.setCurrentItem(chosen)
        self._chosen(chosen)

    def select_venue(self, venue_id: UUID | None) -> None:
        for number in range(self.venue_list.count()):
            item = self.venue_list.item(number)
            if item.data(Qt.ItemDataRole.UserRole) == venue_id:
                self.venue_list.setCurrentItem(item)
                return

    def _venue_added(self, venue_id: UUID) -> None:
        self.venue_id = venue_id
        self.refresh(select=venue_id)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        self.venue_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._loaded.clear()
        self._load_current()

    def _load_current(self) -> None:
        """Only the tab in view reads its rows; the others when they are opened."""
        index = self.tabs.currentIndex()
        if index in self._loaded:
            return
        self._loaded.add(index)
        tab = self.tabs.widget(index)
        show = getattr(tab, "show_venue", None)
        if callable(show):
            show(self.venue_id)

    def show_sub(self, name: str) -> None:
        """`homes/assets`, `homes/stocktake`, ... opens that tab."""
        if name in SUB_PAGES:
            self.tabs.setCurrentIndex(SUB_PAGES.index(name))
