"""After the calibration page is printed: the offset the officer measured, kept per printer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

MAX_OFFSET_MM = 30.0


class PrinterOffsets(Protocol):
    """What `services.print_settings.PrintSettingsService` offers the window."""

    def printer_offset(self, printer_name: str) -> tuple[float, float]: ...

    def set_printer_offset(self, printer_name: str, x_mm: float, y_mm: float) -> None: ...


class PrinterOffsetDialog(QDialog):
    """Printer, x and y in millimetres; OK saves them for that printer."""

    def __init__(self, offsets: PrinterOffsets, printer_name: str,
                 parent: QWidget | None = None, *,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printer offset for pre-printed forms"))
        self._offsets = offsets
        self._on_error = on_error
        self.printer_box = QComboBox(self)
        self.printer_box.setEditable(True)
        names = QPrinterInfo.availablePrinterNames()
        if printer_name and printer_name not in names:
            names.insert(0, printer_name)
        self.printer_box.addItems(names)
        self.printer_box.setCurrentText(printer_name)
        self.printer_box.currentTextChanged.connect(self._load)
        self.x_box = self._millimetres()
        self.y_box = self._millimetres()
        explain = QLabel(self.tr(
            "On the calibration page, read off the grid how far the printing must move to sit "
            "on the form: x to the right, y down, in millimetres. Use negative numbers to move "
            "it left or up. Everything printed on this printer is then shifted by it."),
            self)
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer_box)
        form.addRow(self.tr("Move right (x)"), self.x_box)
        form.addRow(self.tr("Move down (y)"), self.y_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._load(printer_name)

    def _millimetres(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(" mm")
        return box

    def printer_name(self) -> str:
        return self.printer_box.currentText().strip()

    def _load(self, name: str) -> None:
        x, y = self._offsets.printer_offset(name.strip()) if name.strip() else (0.0, 0.0)
        self.x_box.setValue(x)
        self.y_box.setValue(y)

    def save(self) -> None:
        name = self.printer_name()
        if not name:
            self.printer_box.setFocus()
            return
        try:
            self._offsets.set_printer_offset(name, self.x_box.value(), self.y_box.value())
        except Exception as exc:  # the caller says whether it is the officer's or ours
            if self._on_error is None:
                raise
            self._on_error(exc)
            return
        self.accept()
