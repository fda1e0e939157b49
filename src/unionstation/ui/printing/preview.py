"""The preview window: the rendered PDF page by page, zoom, and the print and save buttons.

A view only: it shows a PDF and says what the officer asked for through its signals;
`PreviewSession` (session.py) does the printing and saving.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QSizeF, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.printing.api import CardLayout
from unionstation.ui.screen import fit_to_screen

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


class PrintPreviewDialog(QDialog):
    print_requested = Signal()
    save_requested = Signal()
    fill_in_changed = Signal(bool)
    layout_changed = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 offer_fill_in: bool = False, card_layout: CardLayout | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview: {0}").format(title))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._fitted = True
        self.view.pageNavigator().currentPageChanged.connect(self._show_position)
        self.view.installEventFilter(self)

        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.previous_button.clicked.connect(self.previous_page)
        self.page_label = QLabel(self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.next_button.clicked.connect(self.next_page)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"), self)
        self.zoom_out_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"), self)
        self.zoom_in_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QPushButton(self.tr("Whole page"), self)
        self.fit_button.clicked.connect(self.fit)

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_button):
            bar.addWidget(widget)

        self.fill_in_box = QCheckBox(
            self.tr("Fill in a pre-printed form (prints only the data)"), self)
        self.fill_in_box.setVisible(offer_fill_in)
        self.fill_in_box.toggled.connect(self.fill_in_changed)
        self.layout_box = QComboBox(self)
        self.layout_box.addItem(self.tr("A4 sheets of cards with crop marks (duplex)"), "sheet")
        self.layout_box.addItem(self.tr("One card per page (card printer)"), "single")
        self.layout_box.setVisible(card_layout is not None)
        self.layout_box.currentIndexChanged.connect(
            lambda _index: self.layout_changed.emit(self.layout_box.currentData()))

        self.status = QLabel(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        options = QHBoxLayout()
        options.addWidget(self.fill_in_box)
        options.addWidget(self.layout_box)
        options.addStretch(1)
        layout.addLayout(options)
        layout.addLayout(buttons)
        fit_to_screen(self, 860, 960)
        self.finished.connect(lambda _code: self.document.close())
        self._show_position()

    def load(self, pdf: Path) -> None:
        """Show `pdf` from its first page, whole page in view."""
        self.document.close()
        self.document.load(str(pdf))
        self.go_to(0)
        self.fit()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """Zero-based."""
        return self.view.pageNavigator().currentPage()

    def page_points(self) -> QSizeF:
        """Size of the first page in points: the paper the printer is set to."""
        return self.document.pagePointSize(0)

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._show_position()

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def zoom(self) -> float:
        return self.view.zoomFactor()

    def fitted(self) -> bool:
        return self._fitted

    def set_zoom(self, factor: float) -> None:
        self._fitted = False
        self._apply_zoom(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def fit(self) -> None:
        """The whole page in view, kept so on resize. Computed here rather than with
        QPdfView's FitInView, which forgets the document margins and cuts off the foot."""
        self._fitted = True
        points = self.page_points()
        if points.isEmpty():
            return
        scale = self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        frame = 2 * self.view.frameWidth()
        width = self.view.width() - frame - margins.left() - margins.right()
        height = self.view.height() - frame - margins.top() - margins.bottom()
        self._apply_zoom(min(width / (points.width() * scale),
                             height / (points.height() * scale)))

    def _apply_zoom(self, factor: float) -> None:
        self.view.setZoomFactor(max(MIN_ZOOM, min(factor, MAX_ZOOM)))
        self._show_position()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize and self._fitted:
            self.fit()
        return super().eventFilter(watched, event)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While printing or re-rendering: no second click, and say what is happening."""
        for widget in (self.print_button, self.save_button, self.fill_in_box, self.layout_box):
            widget.setEnabled(not busy)
        self.status.setText(text)

    def show_options(self, fill_in: bool, layout: CardLayout) -> None:
        """Set the boxes without asking for a new rendering."""
        for widget in (self.fill_in_box, self.layout_box):
            widget.blockSignals(True)
        self.fill_in_box.setChecked(fill_in)
        self.layout_box.setCurrentIndex(self.layout_box.findData(layout))
        for widget in (self.fill_in_box, self.layout_box):
            widget.blockSignals(False)

    def say(self, text: str) -> None:
        self.status.setText(text)

    def _show_position(self, *_args: object) -> None:
        count = self.page_count()
        page = self.current_page() + 1 if count else 0
        self.page_label.setText(self.tr("Page {0} of {1}").format(page, count))
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(page < count)
        self.zoom_label.setText(f"{round(self.zoom() * 100)}%")
