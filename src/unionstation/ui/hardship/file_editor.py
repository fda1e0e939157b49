"""One hardship file: its fields and household, the life-cycle buttons (enabled from the
transition table and the officer's role), visits, payments and history."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.hardship import TRANSITIONS, FileStatus, Step
from unionstation.domain.permissions import Action
from unionstation.services.context import ServiceContext
from unionstation.services.errors import UserError
from unionstation.services.hardship.attachments import AttachmentService
from unionstation.services.hardship.campaigns import CampaignService
from unionstation.services.hardship.detail import FileDetail, FileDetailService
from unionstation.services.hardship.files import HardshipFileService
from unionstation.services.hardship.payments import PaymentService
from unionstation.services.hardship.visits import VisitService
from unionstation.services.yearly_values import YearlyValues
from unionstation.ui.hardship.file_form import FileForm
from unionstation.ui.hardship.occasion_dialog import OccasionDialog
from unionstation.ui.hardship.rows_model import RowsModel
from unionstation.ui.hardship.visit_dialog import VisitDialog
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import MUTED_STYLE, page_header
from unionstation.ui.tables import read_only_table


class FileEditor(QWidget):
    saved = Signal(object)
    closed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("hardshipFileEditor")
        self.file_id: UUID | None = None
        self.detail: FileDetail | None = None
        self.visit_dialog: VisitDialog | None = None
        self.occasion_dialog: OccasionDialog | None = None
        header, self.back_button = page_header(self, self.tr("Hardship file"), self.tr("Back"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("fileStatus")
        self.status_label.setStyleSheet(MUTED_STYLE)
        self.form = FileForm(self)
        self.save_button = self._button("saveFile", self.tr("Save"))
        self.approve_button = self._button("approveFile", self.tr("Approve"))
        self.relieve_button = self._button("relieveFile", self.tr("Relieved"))
        self.close_button = self._button("closeFile", self.tr("Close file"))
        self.recheck_button = self._button("recheckFile", self.tr("Re-check done"))
        self.visit_button = self._button("addVisit", self.tr("Record a visit"))
        self.reverse_button = self._button("reversePayment", self.tr("Reverse payment"))
        self.attach_button = self._button("attachFile", self.tr("Attach material…"))
        self.occasion_button = self._button("noteOccasion", self.tr("Must-visit occasion…"))
        self.signed_button = self._button("attachSigned", self.tr("Attach signed sheet…"))
        actions = QHBoxLayout()
        for button in (self.save_button, self.approve_button, self.recheck_button,
                       self.relieve_button, self.close_button, self.visit_button,
                       self.occasion_button, self.attach_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.visits_model = RowsModel([self.tr("Date"), self.tr("Kind"), self.tr("Cash"),
                                       self.tr("Goods"), self.tr("Goods value"),
                                       self.tr("Officers")], self, right_aligned=(2, 4))
        self.payments_model = RowsModel([self.tr("Date"), self.tr("Amount"),
                                         self.tr("Campaign"), self.tr("Funding"),
                                         self.tr("Reverses"), self.tr("Officer")], self,
                                        right_aligned=(1,))
        self.history_model = RowsModel([self.tr("When"), self.tr("What"), self.tr("Officer")],
                                       self)
        self.visits_table = read_only_table(self, self.visits_model, "fileVisits", 5)
        self.payments_table = read_only_table(self, self.payments_model, "filePayments", 5,
                                              single=True)
        self.history_table = read_only_table(self, self.history_model, "fileHistory", 1)
        payments_tab = QWidget(self)
        payments_layout = QVBoxLayout(payments_tab)
        payments_layout.addWidget(self.payments_table)
        self.paid_label = QLabel(payments_tab)
        self.paid_label.setObjectName("paidTotal")
        row = QHBoxLayout()
        row.addWidget(self.paid_label)
        row.addStretch(1)
        row.addWidget(self.reverse_button)
        payments_layout.addLayout(row)
        self.tabs = QTabWidget(self)
        visits_tab = QWidget(self)
        visits_layout = QVBoxLayout(visits_tab)
        visits_layout.addWidget(self.visits_table)
        visits_row = QHBoxLayout()
        visits_row.addStretch(1)
        visits_row.addWidget(self.signed_button)
        visits_layout.addLayout(visits_row)
        self.tabs.addTab(visits_tab, self.tr("Visits"))
        self.tabs.addTab(payments_tab, self.tr("Payments"))
        self.tabs.addTab(self.history_table, self.tr("History"))
        self.tabs.setMaximumHeight(200)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(header)
        layout.addWidget(self.status_label)
        layout.addWidget(self.form, 1)
        layout.addLayout(actions)
        layout.addWidget(self.tabs)

        self.back_button.clicked.connect(self.closed.emit)
        self.save_button.clicked.connect(self.save)
        self.approve_button.clicked.connect(self.approve)
        self.relieve_button.clicked.connect(lambda: self._with_reason(Step.RELIEVE))
        self.close_button.clicked.connect(lambda: self._with_reason(Step.CLOSE))
        self.recheck_button.clicked.connect(self.recheck)
        self.visit_button.clicked.connect(self.add_visit)
        self.reverse_button.clicked.connect(self.reverse_payment)
        self.attach_button.clicked.connect(self.attach_material)
        self.occasion_button.clicked.connect(self.note_occasion)
        self.signed_button.clicked.connect(self.attach_signed_sheet)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    @property
    def _ctx(self) -> ServiceContext:
        return self.context.services

    def edit_new(self) -> None:
        from unionstation.services.hardship.files import FileDraft

        self.file_id = None
        self.detail = None
        line = YearlyValues(self._ctx).minimum_living_line(self._ctx.today().year)
        self.form.fill(FileDraft(), line, False)
        self.form.set_editable(True, True)
        self.status_label.setText(self.tr("New file: saved as temporary until approved."))
        for button in (self.approve_button, self.relieve_button, self.close_button,
                       self.recheck_button, self.visit_button, self.reverse_button,
                       self.attach_button, self.signed_button, self.occasion_button):
            button.setEnabled(False)
        self.save_button.setEnabled(self._ctx.may(Action.HARDSHIP_EDIT))
        for model in (self.visits_model, self.payments_model, self.history_model):
            model.set_rows([], [])
        self.paid_label.clear()

    def edit_file(self, file_id: UUID) -> None:
        try:
            detail = FileDetailService(self._ctx).open(file_id)
        except UserError as exc:
            self.context.dialogs.warn(self.tr("Hardship file"), str(exc))
            return
        self.file_id = file_id
        self.detail = detail
        self.form.fill(detail.draft, detail.minimum_living_line, detail.bank_account_masked)
        editable = detail.status is not FileStatus.CLOSED and self._ctx.may(Action.HARDSHIP_EDIT)
        self.form.set_editable(editable, False)
        self.status_label.setText(self.tr("{0} — {1}; opened {2} by {3}; re-check due {4}")
                                  .format(detail.file_no, detail.status.label,
                                          detail.opened_on.isoformat(), detail.entered_by,
                                          detail.recheck_due.isoformat())
                                  + self.tr("; {0} attachments").format(len(detail.attachments)))
        self.save_button.setEnabled(editable)
        for step, button in ((Step.APPROVE, self.approve_button),
                             (Step.RELIEVE, self.relieve_button),
                             (Step.CLOSE, self.close_button),
                             (Step.RECHECK, self.recheck_button)):
            rule = TRANSITIONS[step]
            allowed = not detail.refusals[step] and self._ctx.may(rule.action)
            if rule.not_by_author and detail.entered_by == self._ctx.officer:
                allowed = False
                button.setToolTip(self.tr("Another officer than the one who opened the "
                                          "file approves it."))
            button.setEnabled(allowed)
        self.visit_button.setEnabled(editable)
        self.attach_button.setEnabled(editable)
        self.occasion_button.setEnabled(editable)
        self.signed_button.setEnabled(editable)
        self.reverse_button.setEnabled(self._ctx.may(Action.PAYMENT_REVERSE))
        self.visits_model.set_rows(
            [(v.visited_on.isoformat(), v.occasion.label if v.occasion else v.kind.label,
              f"{v.cash:,.2f}", v.goods, f"{v.goods_value:,.2f}", v.officers)
             for v in detail.visits], [v.id for v in detail.visits])
        self.payments_model.set_rows(
            [(p.paid_on.isoformat(), f"{p.amount:,.2f}", p.campaign, p.funding.label,
              str(p.reverses)[:8] if p.reverses else "", p.officer) for p in detail.payments],
            [p.id for p in detail.payments])
        self.history_model.set_rows(
            [(h.happened_at.astimezone().strftime("%Y-%m-%d %H:%M"), h.summary, h.officer)
             for h in detail.history], [None] * len(detail.history))
        self.paid_label.setText(self.tr("Paid in total: ¥{0}").format(
            f"{detail.paid_total:,.2f}"))

    def _run(self, title: str, action: object) -> bool:
        try:
            assert callable(action)
            action()
        except UserError as exc:
            self.context.dialogs.warn(title, str(exc))
            return False
        return True

    def save(self) -> None:
        service = HardshipFileService(self._ctx)
        draft = self.form.draft()
        result: list[UUID] = []

        def work() -> None:
            row = service.open(draft) if self.file_id is None else \
                service.update(self.file_id, draft)
            result.append(row.id)

        if self._run(self.tr("Save file"), work):
            self.edit_file(result[0])
            self.saved.emit(result[0])

    def approve(self) -> None:
        assert self.file_id is not None
        file_id = self.file_id
        if self._run(self.tr("Approve"), lambda: HardshipFileService(self._ctx).approve(file_id)):
            self.edit_file(file_id)
            self.saved.emit(file_id)

    def _with_reason(self, step: Step) -> None:
        assert self.file_id is not None
        file_id = self.file_id
        title = self.relieve_button.text() if step is Step.RELIEVE else self.close_button.text()
        reason = self.context.dialogs.ask_text(title, self.tr("Reason:"))
        if not reason:
            return
        service = HardshipFileService(self._ctx)
        act = service.relieve if step is Step.RELIEVE else service.close
        if self._run(title, lambda: act(file_id, reason)):
            self.edit_file(file_id)
            self.saved.emit(file_id)

    def recheck(self) -> None:
        """The re-check takes the household as it now stands in the form."""
        assert self.file_id is not None
        file_id = self.file_id
        draft = self.form.draft()
        service = HardshipFileService(self._ctx)

        def work() -> None:
            service.update(file_id, draft)
            if draft.household:
                size = len(draft.household)
                income = sum((Decimal(str(p.monthly_income).replace(",", ""))
                              for p in draft.household), Decimal("0"))
            else:
                size, income = draft.household_size, Decimal(
                    str(draft.monthly_income).replace(",", "") or "0")
            service.recheck(file_id, size, income, draft.category)

        if self._run(self.tr("Re-check"), work):
            self.edit_file(file_id)
            self.saved.emit(file_id)

    def add_visit(self) -> None:
        assert self.file_id is not None
        file_id = self.file_id
        campaigns = [(c.id, c.name) for c in CampaignService(self._ctx).summaries(
            self._ctx.today().year)]
        dialog = VisitDialog(file_id, self._ctx.today(), VisitService(self._ctx).add,
                             campaigns, self)
        dialog.accepted.connect(lambda: self._visit_saved(file_id))
        self.visit_dialog = dialog
        dialog.open()

    def _visit_saved(self, file_id: UUID) -> None:
        self.visit_dialog = None
        self.edit_file(file_id)
        self.saved.emit(file_id)

    def reverse_payment(self) -> None:
        rows = self.payments_table.selectionModel().selectedRows()
        if not rows or self.file_id is None:
            self.context.dialogs.inform(self.tr("Reverse payment"),
                                        self.tr("Select the payment to reverse first."))
            return
        payment_id = self.payments_model.key(rows[0].row())
        reason = self.context.dialogs.ask_text(self.tr("Reverse payment"),
                                               self.tr("Why is this payment reversed?"))
        if not reason:
            return
        file_id = self.file_id
        if self._run(self.tr("Reverse payment"),
                     lambda: PaymentService(self._ctx).reverse(payment_id, reason)):
            self.edit_file(file_id)
            self.saved.emit(file_id)

    def _attachments(self) -> AttachmentService:
        return AttachmentService(self._ctx, self.context.home.files_dir)

    def _choose_scan(self, title: str) -> Path | None:
        return self.context.dialogs.open_file(
            title, self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.bmp *.tif *.tiff)"))

    def attach_material(self) -> None:
        assert self.file_id is not None
        file_id = self.file_id
        title = self.tr("Attach material")
        chosen = self._choose_scan(title)
        if chosen is not None and self._run(
                title, lambda: self._attachments().attach_to_file(file_id, chosen)):
            self.edit_file(file_id)

    def attach_signed_sheet(self) -> None:
        rows = self.visits_table.selectionModel().selectedRows()
        title = self.tr("Attach signed sheet")
        if not rows or self.file_id is None:
            self.context.dialogs.inform(title, self.tr("Select the visit first."))
            return
        visit_id = self.visits_model.key(rows[0].row())
        file_id = self.file_id
        chosen = self._choose_scan(title)
        if chosen is not None and self._run(
                title, lambda: self._attachments().attach_to_visit(visit_id, chosen)):
            self.edit_file(file_id)

    def note_occasion(self) -> None:
        assert self.file_id is not None
        file_id = self.file_id
        dialog = OccasionDialog(file_id, self._ctx.today(), VisitService(self._ctx).note_occasion,
                                self)
        dialog.accepted.connect(lambda: self._visit_saved(file_id))
        self.occasion_dialog = dialog
        dialog.open()
