"""The Homes page's ledger menu: venues, loans and this month's service logs as .xlsx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from unionstation.domain.permissions import Action
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
        for name, title, suggested in (
                ("ledgerVenues", self.tr("Venue ledger…"), "venues.xlsx"),
                ("ledgerLoans", self.tr("Loan ledger…"), "loans.xlsx"),
                ("ledgerServices", self.tr("This month's service logs…"), "services.xlsx")):
            action = menu.addAction(title)
            action.setObjectName(name)
            action.triggered.connect(
                lambda _checked=False, n=name, t=title, s=suggested: self.export(n, t, s))
        self.setMenu(menu)

    def export(self, ledger: str, title: str, suggested: str) -> None:
        # The Excel writer is imported when first used: the window paints without it.
        from unionstation.exchange import homes_ledgers

        path = self.context.dialogs.save_file(title.rstrip("…"), "Excel (*.xlsx)", suggested)
        if path is None:
            return
        out: Path = with_suffix(path, ".xlsx")
        services = self.context.services
        month = services.today().replace(day=1)
        work = {"ledgerVenues": lambda: homes_ledgers.export_venues(services, out),
                "ledgerLoans": lambda: homes_ledgers.export_loans(services, out),
                "ledgerServices": lambda: homes_ledgers.export_service_month(
                    services, out, month)}[ledger]
        rows = attempt(self.context, title, work)
        if rows is not None:
            self.context.dialogs.inform(title.rstrip("…"), self.tr(
                "Written: {0} ({1} rows)").format(out, rows))
