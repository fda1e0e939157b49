"""The Homes page's ledger menu: venues, loans and this month's service logs as .xlsx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from unionstation.domain.permissions import Action
from unionstation.exchange.homes_ledgers import (
    export_loans,
    export_service_month,
    export_venues,
)
from unionstation.ui.dialogs import with_suffix
from unionstation.ui.homes.common import attempt
from unionstation.ui.page_context import PageContext


class LedgerButton(QToolButton):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homesLedgers")
        self.context = context
        self.setText(self.tr("Ledgers (Excel)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setEnabled(context.services.may(Action.EXPORT_BULK))
        menu = QMenu(self)
        services = context.services
        month = services.today().replace(day=1)
        for name, title, suggested, work in (
                ("ledgerVenues", self.tr("Venue ledger…"), "venues.xlsx",
                 lambda path: export_venues(services, path)),
                ("ledgerLoans", self.tr("Loan ledger…"), "loans.xlsx",
                 lambda path: export_loans(services, path)),
                ("ledgerServices", self.tr("This month's service logs…"), "services.xlsx",
                 lambda path: export_service_month(services, path, month))):
            action = menu.addAction(title)
            action.setObjectName(name)
            action.triggered.connect(
                lambda _checked=False, t=title, s=suggested, w=work: self.export(t, s, w))
        self.setMenu(menu)

    def export(self, title: str, suggested: str, work: Callable[[Path], int]) -> None:
        path = self.context.dialogs.save_file(title.rstrip("…"), "Excel (*.xlsx)", suggested)
        if path is None:
            return
        out = with_suffix(path, ".xlsx")
        rows = attempt(self.context, title, lambda: work(out))
        if rows is not None:
            self.context.dialogs.inform(title.rstrip("…"), self.tr(
                "Written: {0} ({1} rows)").format(out, rows))
