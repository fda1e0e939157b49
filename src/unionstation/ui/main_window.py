"""The main window: navigation, a stack of pages, a status bar. It only wires.

Nothing here touches the `Qt` namespace: its first use builds ~130 enums (20 ms), which
the window need not pay before it paints (bench/startup.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from unionstation.domain.permissions import Action
from unionstation.ui.navigation import NavigatedWindow
from unionstation.ui.pages import PlaceholderPage, page_specs
from unionstation.ui.style import ERROR_STYLE

# What a role must be allowed to see a page at all (domain.permissions); the services
# refuse anyway, the window only spares the officer a page of refusals.
PAGE_ACTIONS: dict[str, Action] = {
    "members": Action.MEMBER_READ,
    "homes": Action.VENUE_READ,
    "hardship": Action.HARDSHIP_READ,
    "sync": Action.SYNC_RUN,
    "reports": Action.REPORT_READ,
    "settings": Action.SETTINGS_EDIT,
    # "officers": every officer changes their own password there; the list is admin's.
    "audit": Action.AUDIT_READ,
}


class MainWindow(NavigatedWindow):
    def __init__(self) -> None:
        super().__init__()
        self._may: Callable[[Action], bool] = lambda _action: True
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

    def apply_role(self, may: Callable[[Action], bool], officer: str = "") -> None:
        """Hide the pages the officer's role may not use, and let each page disable the
        actions it may not (a page's `apply_permissions(may)`)."""
        self._may = may
        for row, key in enumerate(self.page_keys()):
            self.nav.item(row).setHidden(not self.page_allowed(key))
            apply = getattr(self.pages[key], "apply_permissions", None)
            if callable(apply):
                apply(may)
        if officer:
            self.officer_label.setText(self.tr("Officer: {0}").format(officer))
        if not self.page_allowed(self.current_page()):
            allowed = [key for key in self.page_keys() if self.page_allowed(key)]
            if allowed:
                self.select_page(allowed[0])

    def page_allowed(self, key: str) -> bool:
        action = PAGE_ACTIONS.get(key)
        return action is None or self._may(action)

    def set_locked(self, locked: bool) -> None:
        """The idle lock: the pages hide (kept, with any unsaved input) until a login."""
        central = self.centralWidget()
        if central is not None:
            central.setVisible(not locked)

    def is_locked(self) -> bool:
        central = self.centralWidget()
        return central is not None and not central.isVisible()

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
