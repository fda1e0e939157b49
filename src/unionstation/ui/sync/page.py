"""The reporting page (数据报送): what waits, enrolment, the station key, export by USB
stick, receipts, the county's address and what the county said about records.

It lays out and shows; SyncActions does what the buttons ask, the uploader talks to the
county. Everything it shows is read through SyncService on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.permissions import Action
from unionstation.sync.documents import Enrolment
from unionstation.sync.receipts import SyncIssueRow
from unionstation.sync.station_sync import SyncService, SyncStatus
from unionstation.ui.operations import Operation
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import ERROR_STYLE, MUTED_STYLE, error_label, title_label
from unionstation.ui.sync.actions import SyncActions
from unionstation.ui.sync.issues import IssuesBox
from unionstation.ui.sync.send_box import SendBox
from unionstation.ui.sync.texts import grouped, when_text
from unionstation.ui.sync.uploader import (
    CountyState,
    CountyUploader,
)

COUNT_STYLE = "font-size: 20px; font-weight: bold;"
FINGERPRINT_STYLE = ("font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 22px; "
                     "font-weight: bold; letter-spacing: 1px;")
NOTICE_STYLE = ("background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; "
                "padding: 8px; font-size: 14px;")


@dataclass(frozen=True)
class SyncView:
    status: SyncStatus
    enrolment: Enrolment | None
    issues: list[SyncIssueRow]


def load_view(service: SyncService) -> SyncView:
    return SyncView(service.status(), service.enrolment(), service.issues())


class SyncPage(QWidget):
    """`refreshed()` each time the counts on screen are fresh."""

    refreshed = Signal()

    def __init__(self, context: PageContext, uploader: CountyUploader,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-sync")
        self.context = context
        self.commands = SyncActions(context, self)
        self.uploader = uploader
        self.view: SyncView | None = None
        self._loading = False
        self._reload = False

        heading = title_label(self, self.tr("Reporting to the county"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.clock_label = error_label(self, "clockWarning")
        self.mismatch_label = error_label(self, "countsMismatch")
        self.resend_button = QPushButton(self.tr("Resend everything…"), self)
        self.resend_button.setObjectName("resendEverything")
        self.resend_button.clicked.connect(self.commands.resend_everything)
        self.rebase_button = QPushButton(self.tr("Re-base from the county…"), self)
        self.rebase_button.setObjectName("rebaseFromCounty")
        self.rebase_button.setToolTip(self.tr(
            "Import the county's re-base file: the station gets the county's copy of every "
            "record back, keeps what was entered here since a restore, and reporting resumes."))
        self.rebase_button.clicked.connect(self.commands.rebase_from_county)
        self.may_rebase = context.services.may(Action.SYNC_REBASE)
        mismatch = QHBoxLayout()
        mismatch.addWidget(self.mismatch_label, 1)
        mismatch.addWidget(self.resend_button, 0, Qt.AlignmentFlag.AlignTop)

        left = QVBoxLayout()
        left.addWidget(self._counts_box())
        self.send = SendBox(context, self.commands, self.uploader, self)
        left.addWidget(self.send)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._enrolment_box())
        right.addWidget(self._key_box())
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(24, 16, 24, 16)
        body.setSpacing(12)
        body.addLayout(top)
        body.addWidget(self.clock_label)
        body.addLayout(mismatch)
        body.addLayout(columns)
        self.issues = IssuesBox(self)
        body.addWidget(self.issues)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.commands.changed.connect(self.refresh)
        self.commands.exported.connect(lambda _result: self.uploader.try_now())
        self.commands.enrolled.connect(lambda _enrolment: self.uploader.try_now())
        self.uploader.state_changed.connect(self._upload_state)
        self.send.not_enrolled_text = self.not_enrolled_label.text()
        for widget in (self.clock_label, self.mismatch_label, self.resend_button):
            widget.hide()
        self._set_enrolled(False)

    # -- layout ---------------------------------------------------------------------------

    def _value(self, name: str, style: str = COUNT_STYLE) -> QLabel:
        label = QLabel("—", self)
        label.setObjectName(name)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _counts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Changes for the county"), self)
        form = QFormLayout(box)
        self.pending_value = self._value("pendingCount")
        self.exported_value = self._value("exportedCount")
        self.acknowledged_value = self._value("acknowledgedThrough")
        self.errors_value = self._value("errorCount", COUNT_STYLE + ERROR_STYLE)
        self.last_export_value = self._value("lastExport", "")
        self.last_ack_value = self._value("lastAck", "")
        # One word each, the same in the status bar: not sent yet; sent, awaiting the county's
        # confirmation; confirmed (a count: change numbers run from 1 without gaps).
        form.addRow(self.tr("Not sent yet"), self.pending_value)
        form.addRow(self.tr("Sent, awaiting the county's confirmation"), self.exported_value)
        form.addRow(self.tr("Confirmed by the county"), self.acknowledged_value)
        self.errors_title = QLabel(self.tr("Not accepted by the county"), box)
        form.addRow(self.errors_title, self.errors_value)
        form.addRow(self.tr("Last export"), self.last_export_value)
        form.addRow(self.tr("Last receipt"), self.last_ack_value)
        return box

    def _enrolment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Enrolment with the county"), self)
        self.not_enrolled_label = QLabel(self.tr(
            "This station is not enrolled with the county yet. It works as usual, but it "
            "cannot export anything until you import the enrolment file the county "
            "federation gives you."), box)
        self.not_enrolled_label.setObjectName("notEnrolled")
        self.not_enrolled_label.setWordWrap(True)
        self.not_enrolled_label.setStyleSheet(NOTICE_STYLE)
        self.county_value = self._value("countyName", "font-weight: bold;")
        self.station_code_value = self._value("stationCode", "font-weight: bold;")
        self.county_key_value = self._value("countyFingerprint", "")
        self.enrolled_form = QWidget(box)
        form = QFormLayout(self.enrolled_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("County federation"), self.county_value)
        form.addRow(self.tr("Station code"), self.station_code_value)
        form.addRow(self.tr("County key"), self.county_key_value)
        self.enrol_button = QPushButton(self.tr("Import enrolment file…"), box)
        self.enrol_button.setObjectName("importEnrolment")
        self.enrol_button.clicked.connect(self.commands.import_enrolment)
        layout = QVBoxLayout(box)
        layout.addWidget(self.not_enrolled_label)
        layout.addWidget(self.enrolled_form)
        layout.addWidget(self.rebase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Station key"), self)
        hint = QLabel(self.tr("When the county registers this station's key, read them "
                              "this fingerprint by phone:"), box)
        hint.setWordWrap(True)
        self.fingerprint_label = self._value("stationFingerprint", FINGERPRINT_STYLE)
        self.fingerprint_label.setWordWrap(True)
        self.save_key_button = QPushButton(self.tr("Save station key file…"), box)
        self.save_key_button.setObjectName("saveStationKey")
        self.save_key_button.clicked.connect(self.commands.save_station_key)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.save_key_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- showing ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self._loading:
            self._reload = True
            return
        self._loading = True
        service = self.commands.service()
        Operation(self, lambda _p: load_view(service)).success(self._show).failure(
            self._load_failed).run()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.commands.report(exc)

    def _show(self, view: SyncView) -> None:
        self._loading = False
        self.view = view
        status = view.status
        self.pending_value.setText(str(status.pending))
        self.exported_value.setText(str(status.exported))
        self.acknowledged_value.setText(str(status.acknowledged_through))
        self.errors_value.setText(str(status.errors))
        self.errors_title.setVisible(status.errors > 0)
        self.errors_value.setVisible(status.errors > 0)
        self.last_export_value.setText(when_text(status.last_export, self.tr("never")))
        self.last_ack_value.setText(when_text(status.last_ack, self.tr("never")))
        self._set_enrolled(status.enrolled)
        if view.enrolment is not None:
            self.county_value.setText(view.enrolment.county_name)
            self.station_code_value.setText(view.enrolment.station_code)
            self.county_key_value.setText(grouped(view.enrolment.signing_fingerprint))
        self.fingerprint_label.setText(
            status.fingerprint.replace("-", " ") if status.fingerprint else self.tr(
                "None yet: the key is made when the enrolment file is imported or the key "
                "file is saved."))
        self.fingerprint_label.setStyleSheet(FINGERPRINT_STYLE if status.fingerprint
                                             else MUTED_STYLE)
        warnings = [w for w in (status.restore_warning, status.clock_warning) if w]
        self.clock_label.setText("\n".join(warnings))
        self.clock_label.setVisible(bool(warnings))
        self.mismatch_label.setText(status.counts_mismatch or "")
        self.mismatch_label.setVisible(bool(status.counts_mismatch))
        self.resend_button.setVisible(bool(status.counts_mismatch))
        self.send.show_status(status)
        self.uploader.note_waiting(status.waiting)
        self.issues.set_rows(view.issues)
        if self._reload:
            self._reload = False
            self.refresh()
            return
        self.refreshed.emit()

    def _set_enrolled(self, enrolled: bool) -> None:
        self.rebase_button.setVisible(enrolled and self.may_rebase)
        self.not_enrolled_label.setVisible(not enrolled)
        self.enrolled_form.setVisible(enrolled)
        self.enrol_button.setText(self.tr("Import a new enrolment file…") if enrolled
                                  else self.tr("Import enrolment file…"))
        self.send.set_enrolled(enrolled)

    def _upload_state(self, state: CountyState) -> None:
        """A push may have moved the counts."""
        if state.sent or self.view is None or state.waiting != self.view.status.waiting:
            self.refresh()
