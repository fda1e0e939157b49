"""The main window: navigation, a stack of pages, a status bar. It only wires.

Nothing here touches the `Qt` namespace: its first use builds ~130 enums (20 ms), which
the window need not pay before it paints (bench/startup.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from unionstation.ui.navigation import NavigatedWindow
from unionstation.ui.pages import PlaceholderPage, page_specs
from unionstation.ui.style import ERROR_STYLE


class MainWindow(NavigatedWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("UnionStation"))
        for spec in page_specs():
            self.add_page(spec.key, spec.title, PlaceholderPage(spec, self.stack))

        self.station_label = QLabel(self)
        self.officer_label = QLabel(self)
        self.members_label = QLabel(self)
        self.database_label = QLabel(self.tr("Opening the database…"), self)
        for label in (self.station_label, self.officer_label, self.members_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.nav.setCurrentRow(0)

    def show_page(self, key: str) -> None:
        """`members`, or a sub-page such as `members/form` handled by the page itself."""
        top, _, sub = key.partition("/")
        page = self.select_page(top)
        show_sub = getattr(page, "show_sub", None)
        if callable(show_sub):
            show_sub(sub)

    def show_station(self, name: str, division_code: str, officer: str,
                     active_members: int | None) -> None:
        self.setWindowTitle(self.tr("UnionStation — {0}").format(name))
        self.station_label.setText(self.tr("Station: {0} ({1})").format(name, division_code))
        self.officer_label.setText(self.tr("Officer: {0}").format(officer))
        self.show_active_members(active_members)
        for page in self.pages.values():
            if isinstance(page, PlaceholderPage):
                page.set_station(name)

    def show_active_members(self, active_members: int | None) -> None:
        self.members_label.setText(
            "" if active_members is None
            else self.tr("Active members: {0}").format(active_members)
        )

    def show_database_state(self, text: str, healthy: bool) -> None:
        self.database_label.setText(text)
        self.database_label.setStyleSheet("" if healthy else ERROR_STYLE + " font-weight: bold;")
