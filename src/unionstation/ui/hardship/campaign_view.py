"""Campaigns: the list, one campaign's households and progress, paying (a refused double
payment may be overridden with a reason by those who may), signed sheets and printing."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.permissions import Action
from unionstation.printing.signoff_sheet import SignoffResult, render_signoff
from unionstation.services.context import ServiceContext
from unionstation.services.errors import UserError
from unionstation.services.hardship.campaigns import (
    CampaignService,
    CampaignSummary,
    PaymentRefused,
)
from unionstation.ui.dialogs import with_suffix
from unionstation.ui.hardship.campaign_dialog import CampaignDialog
from unionstation.ui.hardship.rows_model import RowsModel
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import page_header
from unionstation.ui.tables import read_only_table


class CampaignView(QWidget):
    closed = Signal()
    printed = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("hardshipCampaigns")
        self.campaign_id: UUID | None = None
        self.dialog: CampaignDialog | None = None
        header, self.back_button = page_header(self, self.tr("Campaigns"), self.tr("Back"))
        self.new_button = self._button("newCampaign", self.tr("New campaign"))
        header.insertWidget(2, self.new_button)
        self.list_model = RowsModel([self.tr("Campaign"), self.tr("Kind"), self.tr("Year"),
                                     self.tr("Budget"), self.tr("Paid"), self.tr("Left")],
                                    self, right_aligned=(3, 4, 5))
        self.list_table = read_only_table(self, self.list_model, "campaignList", 0, single=True)
        self.summary = QLabel(self)
        self.summary.setObjectName("campaignSummary")
        self.summary.setWordWrap(True)
        self.households_model = RowsModel(
            [self.tr("File no."), self.tr("Name"), self.tr("ID number"), self.tr("Category"),
             self.tr("Standard"), self.tr("Paid"), self.tr("Visited"), self.tr("Signed")],
            self, right_aligned=(4, 5))
        self.households = read_only_table(self, self.households_model, "campaignHouseholds", 1)
        self.add_button = self._button("addFormal", self.tr("Add formal households"))
        self.pay_button = self._button("paySelected", self.tr("Pay selected"))
        self.signed_button = self._button("markSigned", self.tr("Sheet signed"))
        self.print_button = self._button("printSignoff", self.tr("Print sign-off sheet"))
        actions = QHBoxLayout()
        for button in (self.add_button, self.pay_button, self.signed_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.households, 1)
        right_layout.addLayout(actions)
        splitter = QSplitter(self)
        splitter.addWidget(self.list_table)
        splitter.addWidget(right)
        splitter.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        ctx = self._ctx
        self.new_button.setEnabled(ctx.may(Action.CAMPAIGN_EDIT))
        self.back_button.clicked.connect(self.closed.emit)
        self.new_button.clicked.connect(self.new_campaign)
        self.list_table.clicked.connect(self._picked)
        self.add_button.clicked.connect(self.add_formal)
        self.pay_button.clicked.connect(self.pay_selected)
        self.signed_button.clicked.connect(self.mark_signed)
        self.print_button.clicked.connect(self.print_sheet)
        self._enable()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    @property
    def _ctx(self) -> ServiceContext:
        return self.context.services

    def _enable(self) -> None:
        chosen = self.campaign_id is not None
        self.add_button.setEnabled(chosen and self._ctx.may(Action.CAMPAIGN_EDIT))
        self.pay_button.setEnabled(chosen and self._ctx.may(Action.PAYMENT_RECORD))
        self.signed_button.setEnabled(chosen and self._ctx.may(Action.PAYMENT_RECORD))
        self.print_button.setEnabled(chosen and self._ctx.may(Action.PRINT))

    def refresh(self) -> None:
        campaigns = CampaignService(self._ctx).summaries()
        self.list_model.set_rows(
            [(c.name, c.kind.label, str(c.year), f"{c.budget:,.2f}", f"{c.paid_total:,.2f}",
              f"{c.budget_left:,.2f}") for c in campaigns], [c.id for c in campaigns])
        if self.campaign_id is None and campaigns:
            self.campaign_id = campaigns[0].id
        if self.campaign_id is not None:
            self.show_campaign(self.campaign_id)

    def _picked(self, index: QModelIndex) -> None:
        key = self.list_model.key(index.row())
        if key is not None:
            self.show_campaign(key)

    def show_campaign(self, campaign_id: UUID) -> None:
        service = CampaignService(self._ctx)
        self.campaign_id = campaign_id
        summary = service.show(campaign_id)
        self.summary.setText(self._summary_text(summary))
        rows = service.households(campaign_id)
        yes, no = self.tr("yes"), ""
        self.households_model.set_rows(
            [(h.file_no, h.name, h.id_number_masked, h.category.label, f"{h.standard:,.2f}",
              f"{h.paid:,.2f}", yes if h.visited else no, yes if h.signed else no)
             for h in rows], [h.file_id for h in rows])
        for row in range(self.list_model.rowCount()):
            if self.list_model.key(row) == campaign_id:
                self.list_table.selectRow(row)
        self._enable()

    def _summary_text(self, s: CampaignSummary) -> str:
        return self.tr(
            "{0} ({1}, {2}): budget ¥{3}, paid ¥{4}, left ¥{5}. Households {6}: visited {7}, "
            "paid {8}, sheets signed {9}.").format(
            s.name, s.kind.label, s.year, f"{s.budget:,.2f}", f"{s.paid_total:,.2f}",
            f"{s.budget_left:,.2f}", s.households, s.visited, s.paid_households, s.signed)

    def new_campaign(self) -> None:
        dialog = CampaignDialog(self._ctx.today().year, CampaignService(self._ctx).create, self)
        dialog.accepted.connect(lambda: self._created(dialog))
        self.dialog = dialog
        dialog.open()

    def _created(self, dialog: CampaignDialog) -> None:
        self.dialog = None
        if dialog.saved is not None:
            self.campaign_id = dialog.saved.id
        self.refresh()

    def _selected(self) -> list[UUID]:
        rows = self.households.selectionModel().selectedRows()
        return [self.households_model.key(index.row()) for index in rows]

    def add_formal(self) -> None:
        assert self.campaign_id is not None
        try:
            added, skipped = CampaignService(self._ctx).add_households(
                self.campaign_id, formal=True)
        except UserError as exc:
            self.context.dialogs.warn(self.tr("Add households"), str(exc))
            return
        self.context.dialogs.inform(self.tr("Add households"), self.tr(
            "{0} households added, {1} skipped.").format(added, skipped))
        self.refresh()

    def pay_selected(self) -> None:
        assert self.campaign_id is not None
        service = CampaignService(self._ctx)
        title = self.tr("Pay")
        for file_id in self._selected():
            try:
                service.pay(self.campaign_id, file_id)
            except PaymentRefused as exc:
                if not self._ctx.may(Action.PAYMENT_OVERRIDE):
                    self.context.dialogs.warn(title, str(exc))
                    continue
                reason = self.context.dialogs.ask_text(title, str(exc) + "\n\n" + self.tr(
                    "To pay all the same, write why (this is recorded):"))
                if not reason:
                    continue
                try:
                    service.pay(self.campaign_id, file_id, override_reason=reason)
                except UserError as again:
                    self.context.dialogs.warn(title, str(again))
            except UserError as exc:
                self.context.dialogs.warn(title, str(exc))
        self.refresh()

    def mark_signed(self) -> None:
        assert self.campaign_id is not None
        CampaignService(self._ctx).mark_signed(self.campaign_id, self._selected())
        self.refresh()

    def print_sheet(self) -> None:
        assert self.campaign_id is not None
        chosen = self.context.dialogs.save_file(self.tr("Save the sign-off sheet"),
                                                self.tr("PDF (*.pdf)"), "签收表.pdf")
        if chosen is None:
            return
        out = with_suffix(Path(chosen), ".pdf")
        campaign_id = self.campaign_id
        ctx = self._ctx
        Operation(self, lambda progress: render_signoff(
            ctx, out, campaign_id=campaign_id, progress=lambda d, t: progress.report(d, t)),
            label=self.tr("Printing the sign-off sheet…")) \
            .success(self._printed).failure(self._print_failed).run()

    def _printed(self, result: SignoffResult) -> None:
        self.context.dialogs.inform(self.tr("Sign-off sheet"), self.tr(
            "Written to {0}: {1} pages, total ¥{2}.").format(
            result.out, result.pages, f"{result.total:,.2f}"))
        self.printed.emit(result)

    def _print_failed(self, exc: BaseException) -> None:
        from unionstation.ui.dialogs import report_error

        report_error(self.context.dialogs, self.tr("Sign-off sheet"), exc,
                     self.context.home.log_file)
