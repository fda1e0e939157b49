"""The label sheet's printer and its offset, on the assets tab: the offset saved for the
chosen printer (the printing issue's calibration) is shown and can be adjusted for this
sheet, or saved for that printer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from unionstation.domain.permissions import Action
from unionstation.services.print_settings import MAX_OFFSET_MM, PrintSettingsService
from unionstation.ui.homes.common import attempt
from unionstation.ui.page_context import PageContext


def _printer_names() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


class LabelPrinter(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.printer = QComboBox(self)
        self.printer.setObjectName("labelPrinter")
        self.printer.setEditable(True)
        self.printer.setMinimumWidth(160)
        line = self.printer.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Printer"))
        self.printer.currentTextChanged.connect(lambda _text: self._load())
        self.x_box = self._millimetres("labelOffsetX")
        self.y_box = self._millimetres("labelOffsetY")
        self.save_button = QPushButton(self.tr("Save offset"), self)
        self.save_button.setObjectName("saveLabelOffset")
        self.save_button.setToolTip(self.tr("Keep this offset for the printer: every sheet "
                                            "printed on it is then shifted by it"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(context.services.may(Action.PRINT))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Label sheet on"), self))
        row.addWidget(self.printer, 1)
        row.addWidget(QLabel(self.tr("move right"), self))
        row.addWidget(self.x_box)
        row.addWidget(QLabel(self.tr("down"), self))
        row.addWidget(self.y_box)
        row.addWidget(self.save_button)
        self.refresh()

    def _millimetres(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setObjectName(name)
        box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(" mm")
        return box

    @property
    def service(self) -> PrintSettingsService:
        return PrintSettingsService(self.context.services)

    def refresh(self) -> None:
        """The printers with a saved offset first, then the others installed."""
        current = self.printer.currentText()
        names = sorted(self.service.printer_offsets())
        names += [n for n in _printer_names() if n not in names]
        self.printer.blockSignals(True)
        self.printer.clear()
        self.printer.addItems(names)
        self.printer.setCurrentText(current or (names[0] if names else ""))
        self.printer.blockSignals(False)
        self._load()

    def _load(self) -> None:
        name = self.printer.currentText().strip()
        x, y = self.service.printer_offset(name) if name else (0.0, 0.0)
        self.x_box.setValue(x)
        self.y_box.setValue(y)

    def offset(self) -> tuple[float, float]:
        """What the sheet is shifted by: the boxes, saved or not."""
        return self.x_box.value(), self.y_box.value()

    def save(self) -> None:
        name = self.printer.currentText().strip()
        if not name:
            self.context.dialogs.inform(self.tr("Save offset"),
                                        self.tr("Type or choose the printer first."))
            return
        x, y = self.offset()

        def save() -> bool:
            self.service.set_printer_offset(name, x, y)
            return True

        if attempt(self.context, self.tr("Save offset"), save) is not None:
            self.context.dialogs.inform(self.tr("Save offset"), self.tr(
                "Offset saved for {0}: {1} mm right, {2} mm down.").format(name, x, y))
