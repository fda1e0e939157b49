"""The sync page's "Send to the county" box: export by USB stick (removable drives first),
receipts, the county's address (checked and saved when the officer leaves the field) and
"Upload now", which goes through the background uploader so two uploads never run at once."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.sync.errors import SyncError
from unionstation.sync.station_sync import SyncStatus
from unionstation.ui.operations import Operation, Progress
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import INVALID_STYLE, MUTED_STYLE, error_label
from unionstation.ui.sync.actions import SyncActions
from unionstation.ui.sync.drives import Drive, removable_drives, size_text
from unionstation.ui.sync.uploader import (
    NO_ADDRESS,
    NOT_ENROLLED,
    ONLINE,
    CountyState,
    CountyUploader,
)


class SendBox(QGroupBox):
    def __init__(self, context: PageContext, commands: SyncActions,
                 uploader: CountyUploader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Send to the county"))
        self.dialogs = context.dialogs
        self.commands = commands
        self.uploader = uploader
        self.drive_source: Callable[[], list[Drive]] = removable_drives
        self.not_enrolled_text = ""
        self._saved_url = ""
        self._enrolled = False

        self.export_button = QPushButton(self.tr("Export to…"), self)
        self.export_button.setObjectName("exportTo")
        self.export_menu = QMenu(self.export_button)
        self.export_menu.aboutToShow.connect(self.fill_export_menu)
        self.export_button.setMenu(self.export_menu)
        self.receipt_button = QPushButton(self.tr("Import receipt…"), self)
        self.receipt_button.setObjectName("importReceipt")
        self.receipt_button.clicked.connect(self.commands.import_receipt)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)

        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("countyUrl")
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.editingFinished.connect(self.save_url)
        self.upload_button = QPushButton(self.tr("Upload now"), self)
        self.upload_button.setObjectName("uploadNow")
        self.upload_button.clicked.connect(self.upload_now)
        address = QHBoxLayout()
        address.addWidget(self.url_edit, 1)
        address.addWidget(self.upload_button)
        self.url_error = error_label(self, "countyUrlError")
        self.url_error.hide()
        self.upload_label = QLabel(self)
        self.upload_label.setObjectName("uploadState")
        self.upload_label.setWordWrap(True)
        self.upload_label.setStyleSheet(MUTED_STYLE)

        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("By USB stick: export a batch file, take it to the county, and "
                              "import the receipt they give back."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("By network: the county server's address"), self))
        layout.addLayout(address)
        layout.addWidget(self.url_error)
        layout.addWidget(self.upload_label)
        uploader.state_changed.connect(self._upload_state)

    def set_enrolled(self, enrolled: bool) -> None:
        self._enrolled = enrolled
        for button in (self.export_button, self.receipt_button, self.upload_button):
            button.setEnabled(enrolled)

    def show_status(self, status: SyncStatus) -> None:
        self._saved_url = status.county_url
        if not self.url_edit.hasFocus() and not self.url_error.isVisible():
            self.url_edit.setText(status.county_url)

    # -- export menu -----------------------------------------------------------------------------

    def fill_export_menu(self) -> None:
        """USB sticks first, then any folder; rebuilt each time it opens."""
        self.export_menu.clear()
        drives = self.drive_source()
        for drive in drives:
            action = self.export_menu.addAction(self.tr("{0} ({1}) · {2} free").format(
                drive.name, drive.root, size_text(drive.free_bytes)))
            action.setObjectName("exportDrive")
            action.triggered.connect(partial(self._export_to_drive, drive.root))
        if not drives:
            none = self.export_menu.addAction(self.tr("No USB stick found"))
            none.setEnabled(False)
        self.export_menu.addSeparator()
        other = self.export_menu.addAction(self.tr("Other folder…"))
        other.setObjectName("exportOther")
        other.triggered.connect(lambda *_checked: self.commands.choose_other_folder())

    def _export_to_drive(self, root: Path, *_checked: object) -> None:
        self.commands.export_to(root)

    # -- the county's address and uploading ------------------------------------------------------

    def save_url(self) -> None:
        text = self.url_edit.text().strip()
        if text == self._saved_url:
            self._show_url_error("")
            return
        service = self.commands.service()

        def save(_progress: Progress) -> str:
            service.set_county_url(text)
            return service.county_url()

        Operation(self, save).success(self._url_saved).failure(self._url_refused).run()

    def _url_saved(self, url: str) -> None:
        self._saved_url = url
        self._show_url_error("")
        self.uploader.try_now()

    def _url_refused(self, exc: BaseException) -> None:
        if isinstance(exc, SyncError):
            self._show_url_error(str(exc))
        else:
            self.commands.report(exc)

    def _show_url_error(self, text: str) -> None:
        self.url_error.setText(text)
        self.url_error.setVisible(bool(text))
        self.url_edit.setStyleSheet(INVALID_STYLE if text else "")

    def upload_now(self) -> None:
        self.upload_button.setEnabled(False)
        self.upload_label.setText(self.tr("Uploading…"))
        self.uploader.try_now(manual=True)

    def _upload_state(self, state: CountyState) -> None:
        self.upload_button.setEnabled(self._enrolled)
        line = state.text()
        if state.message:
            line += "\n" + state.message
        self.upload_label.setText(line)
        self.upload_label.setToolTip(state.tooltip())
        if not state.manual:
            return
        title = self.tr("Upload")
        if state.kind == ONLINE:
            self.dialogs.inform(title, state.message or state.text())
        elif state.kind == NO_ADDRESS:
            self.dialogs.warn(title, self.tr(
                "Enter the county server's address first, or send the changes by USB "
                "stick."))
        elif state.kind == NOT_ENROLLED:
            self.dialogs.warn(title, state.message or self.not_enrolled_text)
        else:
            self.dialogs.warn(title, state.message or state.text())
