"""The one-inch photo box of the registration sheet: pick, crop, keep by hash, show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from unionstation.services.errors import UserError
from unionstation.services.photos import PhotoStore, centred_crop
from unionstation.ui.members.photo_crop import PhotoCropDialog
from unionstation.ui.page_context import PageContext

BOX_SIZE = (125, 175)  # 25×35 at five pixels a millimetre


class PhotoBox(QWidget):
    """Emits `changed` with the new hash (None when the photo was removed)."""

    changed = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.crop_dialog: PhotoCropDialog | None = None
        self._hash: str | None = None
        self.picture = QLabel(self)
        self.picture.setObjectName("photo")
        self.picture.setFixedSize(*BOX_SIZE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setStyleSheet("border: 1px solid palette(mid); background: palette(base);")
        self.choose_button = QPushButton(self.tr("Choose photo…"), self)
        self.choose_button.setObjectName("choosePhoto")
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self.remove_button.setObjectName("removePhoto")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self.show_photo(None)

    def _store(self) -> PhotoStore:
        return PhotoStore(self.context.home.files_dir)

    def show_photo(self, photo_hash: str | None) -> None:
        self._hash = photo_hash
        self.remove_button.setEnabled(photo_hash is not None)
        self.picture.setPixmap(QPixmap())
        if photo_hash is None:
            self.picture.setText(self.tr("Photo\n(one inch)"))
            return
        pixmap = QPixmap()
        jpeg = self._store().read(photo_hash)
        if jpeg is None or not pixmap.loadFromData(jpeg):
            self.picture.setText(self.tr("Photo file is missing"))
            return
        self.picture.setPixmap(pixmap.scaled(
            self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    @property
    def photo_hash(self) -> str | None:
        return self._hash

    def choose(self) -> None:
        path = self.context.dialogs.open_file(
            self.tr("Choose the member's photo"),
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)"))
        if path is None:
            return
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # as Pillow's exif_transpose, so the boxes agree
        image = reader.read()
        if image.isNull():
            self.context.dialogs.warn(
                self.tr("Photo"),
                self.tr("{name} is not a picture that can be read (JPG, PNG or BMP).")
                .format(name=path.name))
            return
        self._crop(path, image)

    def _crop(self, path: Path, image: QImage) -> None:
        dialog = PhotoCropDialog(image, centred_crop(image.width(), image.height()), self)
        dialog.accepted.connect(lambda: self._keep(path, dialog.crop_box()))
        dialog.finished.connect(lambda _result: self._crop_closed(dialog))
        self.crop_dialog = dialog
        dialog.open()

    def _crop_closed(self, dialog: PhotoCropDialog) -> None:
        if self.crop_dialog is dialog:
            self.crop_dialog = None
        dialog.deleteLater()

    def _keep(self, path: Path, box: tuple[int, int, int, int]) -> None:
        try:
            photo_hash = self._store().store(path, box)
        except UserError as exc:
            self.context.dialogs.warn(self.tr("Photo"), str(exc))
            return
        self.show_photo(photo_hash)
        self.changed.emit(photo_hash)

    def _remove(self) -> None:
        self.show_photo(None)
        self.changed.emit(None)
