"""Cropping a member's photo to the one-inch ratio (25×35 mm) before it is stored."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from unionstation.ui.screen import fit_to_screen

RATIO = 25 / 35  # width / height of a one-inch photo
HANDLE = 10  # pixels on screen around a corner that grab it
MIN_HEIGHT = 40  # source pixels


class CropView(QWidget):
    """The picture with a 25:35 frame: drag to move, drag a corner or wheel to resize."""

    box_changed = Signal()

    def __init__(self, image: QImage, box: tuple[int, int, int, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cropView")
        self._image = image
        left, top, width, height = box
        self._box = QRectF(left, top, width, height)
        self._mode = ""
        self._anchor = QPointF()
        self._grab = QPointF()
        self.setMinimumSize(320, 320)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- geometry ----------------------------------------------------------------------------

    def _scale(self) -> float:
        return min(self.width() / self._image.width(), self.height() / self._image.height())

    def _target(self) -> QRectF:
        scale = self._scale()
        width, height = self._image.width() * scale, self._image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _to_image(self, point: QPointF) -> QPointF:
        target = self._target()
        scale = self._scale()
        return QPointF((point.x() - target.x()) / scale, (point.y() - target.y()) / scale)

    def _to_screen(self, rect: QRectF) -> QRectF:
        target = self._target()
        scale = self._scale()
        return QRectF(target.x() + rect.x() * scale, target.y() + rect.y() * scale,
                      rect.width() * scale, rect.height() * scale)

    def _max_height(self) -> float:
        return min(float(self._image.height()), self._image.width() / RATIO)

    def _place(self, centre: QPointF, height: float) -> None:
        """Put a frame of `height` around `centre`, kept whole inside the picture."""
        height = max(min(height, self._max_height()), min(MIN_HEIGHT, self._max_height()))
        width = height * RATIO
        left = min(max(centre.x() - width / 2, 0.0), self._image.width() - width)
        top = min(max(centre.y() - height / 2, 0.0), self._image.height() - height)
        self._box = QRectF(left, top, width, height)
        self.box_changed.emit()
        self.update()

    def crop_box(self) -> tuple[int, int, int, int]:
        """(left, top, width, height) in source pixels, inside the picture."""
        height = max(1, min(round(self._box.height()), self._image.height()))
        width = max(1, min(round(height * RATIO), self._image.width()))
        left = min(max(round(self._box.x()), 0), self._image.width() - width)
        top = min(max(round(self._box.y()), 0), self._image.height() - height)
        return left, top, width, height

    def move_by(self, dx: float, dy: float) -> None:
        self._place(self._box.center() + QPointF(dx, dy), self._box.height())

    def resize_by(self, factor: float) -> None:
        self._place(self._box.center(), self._box.height() * factor)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self._target()
        painter.drawImage(target, self._image)
        frame = self._to_screen(self._box)
        shade = QPainterPath()
        shade.addRect(target)
        hole = QPainterPath()
        hole.addRect(frame)
        painter.fillPath(shade.subtracted(hole), QColor(0, 0, 0, 140))
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawRect(frame)
        for corner in self._corners(frame):
            painter.fillRect(QRectF(corner.x() - 4, corner.y() - 4, 8, 8), QColor("#ffffff"))
        painter.end()

    @staticmethod
    def _corners(rect: QRectF) -> list[QPointF]:
        return [rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()]

    # -- mouse and keys ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        frame = self._to_screen(self._box)
        corners = self._corners(frame)
        for index, corner in enumerate(corners):
            if abs(point.x() - corner.x()) <= HANDLE and abs(point.y() - corner.y()) <= HANDLE:
                self._mode = "resize"
                self._anchor = self._corners(self._box)[3 - index]
                return
        if frame.contains(point):
            self._mode = "move"
            self._grab = self._to_image(point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self._to_image(event.position())
        if self._mode == "move":
            delta = point - self._grab
            self._grab = point
            self.move_by(delta.x(), delta.y())
        elif self._mode == "resize":
            self._resize_from_anchor(point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._mode = ""

    def _resize_from_anchor(self, point: QPointF) -> None:
        anchor = self._anchor
        right = point.x() >= anchor.x()
        down = point.y() >= anchor.y()
        room_x = self._image.width() - anchor.x() if right else anchor.x()
        room_y = self._image.height() - anchor.y() if down else anchor.y()
        wanted = max(abs(point.y() - anchor.y()), abs(point.x() - anchor.x()) / RATIO)
        height = max(min(wanted, room_y, room_x / RATIO), min(MIN_HEIGHT, room_y, room_x / RATIO))
        width = height * RATIO
        left = anchor.x() if right else anchor.x() - width
        top = anchor.y() if down else anchor.y() - height
        self._box = QRectF(left, top, width, height)
        self.box_changed.emit()
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.resize_by(0.9 ** steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = max(self._box.height() / 20, 1.0)
        moves = {Qt.Key.Key_Left: (-step, 0.0), Qt.Key.Key_Right: (step, 0.0),
                 Qt.Key.Key_Up: (0.0, -step), Qt.Key.Key_Down: (0.0, step)}
        key = Qt.Key(event.key())
        if key in moves:
            self.move_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.resize_by(1.1)
        elif key == Qt.Key.Key_Minus:
            self.resize_by(1 / 1.1)
        else:
            super().keyPressEvent(event)


class PhotoCropDialog(QDialog):
    """Frame the face; the frame keeps the one-inch ratio whatever the officer does."""

    def __init__(self, image: QImage, box: tuple[int, int, int, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCropDialog")
        self.setWindowTitle(self.tr("Crop the photo"))
        hint = QLabel(self.tr("Drag the frame to move it; drag a corner or turn the mouse wheel "
                              "to resize it (arrow keys and +/− work too). The photo is cut to "
                              "one inch, 25×35 mm."), self)
        hint.setWordWrap(True)
        self.view = CropView(image, box, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 480, 520)
        self.view.setFocus()

    def crop_box(self) -> tuple[int, int, int, int]:
        return self.view.crop_box()
