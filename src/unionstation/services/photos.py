"""Member photos: cropped to the one-inch ratio (25×35 mm), kept by SHA-256 in files/.

Each photo is sealed with the files key derived from the station's data key
(store/crypto_files.py): a copy of `files/` shows no face.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from unionstation.services.errors import UserError
from unionstation.store.crypto_files import (
    SEALED_SUFFIX,
    SealedFileError,
    files_key,
    read_sealed,
    write_sealed,
)

ONE_INCH_RATIO = 25 / 35
PHOTO_SIZE = (295, 413)  # one inch at 300 dpi
MAX_SOURCE_BYTES = 30 * 1024 * 1024


class PhotoStore:
    """Photos live beside the database; the member keeps only the hash."""

    def __init__(self, files_dir: Path, data_key: bytes | None = None) -> None:
        """`data_key` defaults to the key of the station open on this folder."""
        self._dir = files_dir
        self._key = data_key

    def _data_key(self) -> bytes:
        return self._key if self._key is not None else files_key(self._dir)

    def path_for(self, photo_hash: str) -> Path:
        return self._dir / f"{photo_hash}{SEALED_SUFFIX}"

    def read(self, photo_hash: str) -> bytes | None:
        """The photo's JPEG bytes, or None when its file is missing or damaged."""
        path = self.path_for(photo_hash)
        if not path.is_file():
            return None
        try:
            return read_sealed(path, self._data_key())
        except (OSError, SealedFileError):
            return None

    def store(self, source: Path, crop: tuple[int, int, int, int] | None = None) -> str:
        """Crop `source` to `crop` (left, top, width, height in source pixels; centred
        one-inch box when None), scale to 295×413 and keep it as JPEG; returns the hash."""
        from PIL import Image, ImageOps, UnidentifiedImageError

        if not source.is_file():
            raise UserError(f"找不到照片文件:{source}")
        if source.stat().st_size > MAX_SOURCE_BYTES:
            raise UserError(f"照片文件 {source.name} 超过30MB,请换一张。")
        try:
            with Image.open(source) as opened:
                image = ImageOps.exif_transpose(opened).convert("RGB")
        except (UnidentifiedImageError, OSError) as exc:
            raise UserError(f"{source.name} 不是可识别的图片(支持JPG、PNG、BMP)。") from exc
        box = crop or centred_crop(image.width, image.height)
        left, top, width, height = box
        if width <= 0 or height <= 0 or left < 0 or top < 0 or \
                left + width > image.width or top + height > image.height:
            raise UserError("裁剪框超出了照片范围,请重新框选。")
        cropped = image.crop((left, top, left + width, top + height)).resize(PHOTO_SIZE)
        buffer = io.BytesIO()
        cropped.save(buffer, "JPEG", quality=90)
        data = buffer.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if not target.exists():
            self._dir.mkdir(parents=True, exist_ok=True)
            write_sealed(target, self._data_key(), data)
        return digest


def centred_crop(width: int, height: int) -> tuple[int, int, int, int]:
    """The largest one-inch-ratio box in the middle of a width×height picture."""
    if width / height > ONE_INCH_RATIO:
        box_height = height
        box_width = round(height * ONE_INCH_RATIO)
    else:
        box_width = width
        box_height = min(height, round(width / ONE_INCH_RATIO))
    return ((width - box_width) // 2, (height - box_height) // 2, box_width, box_height)
