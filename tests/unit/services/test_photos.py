from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.factories import TEST_KEY
from unionstation.services.errors import UserError
from unionstation.services.photos import PHOTO_SIZE, PhotoStore, centred_crop


def _picture(path: Path, size: tuple[int, int]) -> Path:
    image = Image.new("RGB", size, (200, 220, 240))
    for x in range(size[0] // 3, size[0] // 2):
        for y in range(size[1] // 3, size[1] // 2):
            image.putpixel((x, y), (30, 30, 30))
    image.save(path)
    return path


def test_photos_are_cropped_scaled_and_kept_by_hash(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "files", TEST_KEY)
    source = _picture(tmp_path / "wide.png", (800, 600))
    digest = store.store(source)
    kept = store.read(digest)
    assert kept is not None and b"JFIF" not in store.path_for(digest).read_bytes()
    with Image.open(io.BytesIO(kept)) as image:
        assert image.size == PHOTO_SIZE
    assert PhotoStore(tmp_path / "files", bytes(32)).read(digest) is None  # another key
    assert store.store(source) == digest  # same picture, same file
    assert len(list((tmp_path / "files").iterdir())) == 1
    other = store.store(source, (10, 10, 250, 350))
    assert other != digest


def test_centred_crop_has_the_one_inch_ratio() -> None:
    assert centred_crop(800, 600) == (185, 0, 429, 600)
    left, top, width, height = centred_crop(300, 900)
    assert (left, width) == (0, 300) and abs(width / height - 25 / 35) < 0.01


def test_bad_pictures_are_refused_with_a_message(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "files", TEST_KEY)
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"not a picture")
    with pytest.raises(UserError, match="photo.jpg"):
        store.store(junk)
    with pytest.raises(UserError, match="裁剪框"):
        store.store(_picture(tmp_path / "p.png", (100, 140)), (50, 50, 100, 140))
