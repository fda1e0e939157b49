"""Printing: the card's default layout and issue date, the fonts found and the one used,
each printer's offset for pre-printed forms."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from unionstation.domain.permissions import Action
from unionstation.paths import resource_path
from unionstation.printing.errors import PrintError
from unionstation.printing.fonts import candidates, choose_fonts
from unionstation.services.print_settings import PrintSettingsService
from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.common import SettingsBox, button_row, muted


class PrintingBox(SettingsBox):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Printing"), context, parent)
        self.layout_box = QComboBox(self)
        self.layout_box.setObjectName("cardLayout")
        self.layout_box.addItem(self.tr("A4 sheets of ten cards (duplex)"), "sheet")
        self.layout_box.addItem(self.tr("One card per page (card printer)"), "single")
        self.issue_box = QComboBox(self)
        self.issue_box.setObjectName("cardIssueDate")
        self.issue_box.addItem(self.tr("The day the card is printed"), "today")
        self.issue_box.addItem(self.tr("The day the member joined"), "joined")
        self.font_used = QLabel(self)
        self.font_used.setObjectName("fontUsed")
        self.font_used.setWordWrap(True)
        self.fonts_found = muted("", self)
        self.fonts_found.setObjectName("fontsFound")
        self.offsets = muted("", self)
        self.offsets.setObjectName("printerOffsets")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("savePrinting")
        self.save_button.clicked.connect(self.save)
        self.editors = [self.layout_box, self.issue_box, self.save_button]
        form = QFormLayout(self)
        form.addRow(self.tr("Membership cards"), self.layout_box)
        form.addRow(self.tr("Card's date of issue"), self.issue_box)
        form.addRow("", button_row(self.save_button))
        form.addRow(self.tr("Font used"), self.font_used)
        form.addRow(self.tr("Fonts found"), self.fonts_found)
        form.addRow(self.tr("Printer offsets"), self.offsets)
        form.addRow(self.message)

    @property
    def service(self) -> PrintSettingsService:
        return PrintSettingsService(self.context.services)

    def refresh(self) -> None:
        service = self.service
        self.layout_box.setCurrentIndex(max(self.layout_box.findData(service.card_layout()), 0))
        self.issue_box.setCurrentIndex(max(self.issue_box.findData(service.card_issue_date()), 0))
        chosen = service.font_path()
        try:
            fonts = choose_fonts(chosen)
            self.font_used.setText(fonts.name)
        except PrintError as exc:
            self.font_used.setText(str(exc))
        body, title = candidates(chosen, resource_path("fonts"))
        found: list[str] = []
        for face in body + title:
            if face.path.is_file() and face.label not in found:
                found.append(face.label)
        self.fonts_found.setText("\n".join(found) or self.tr("none"))
        offsets = service.printer_offsets()
        self.offsets.setText("\n".join(
            self.tr("{printer}: {x} mm right, {y} mm down").format(printer=name, x=x, y=y)
            for name, (x, y) in sorted(offsets.items())) or self.tr(
            "None set. Print the calibration page (Print → Calibrate) to set one."))
        self.lock_editors()

    def save(self) -> None:
        def change() -> None:
            self.context.services.require(Action.SETTINGS_EDIT, "printing")
            self.service.set_card_layout(str(self.layout_box.currentData()))
            self.service.set_card_issue_date(str(self.issue_box.currentData()))

        self.attempt(change, self.tr("Saved."))
