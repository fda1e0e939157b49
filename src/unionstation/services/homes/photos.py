"""Photos of venues and the evidence of their checklist items: kept whole (scaled to at
most 1600 px, as JPEG) by SHA-256 in the station's files folder; records keep the hash."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from uuid import UUID

from sqlalchemy import select

from unionstation.domain.permissions import Action
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, UserError
from unionstation.services.homes.common import find_venue
from unionstation.services.homes.standards import standard_for
from unionstation.store.atomic import write_atomic
from unionstation.store.models import VenueCheck

MAX_SIDE = 1600
MAX_SOURCE_BYTES = 30 * 1024 * 1024


def keep_photo(files_dir: Path, source: Path) -> str:
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not source.is_file() or source.stat().st_size > MAX_SOURCE_BYTES:
        raise UserError(f"照片“{source.name}”不存在或大于 30 MB。")
    try:
        with Image.open(source) as image:
            picture = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError):
        raise UserError(f"“{source.name}”不是可以打开的图片。") from None
    picture.thumbnail((MAX_SIDE, MAX_SIDE))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    data = buffer.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    target = files_dir / f"{digest}.jpg"
    if not target.exists():
        files_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    return digest


class VenuePhotos:
    def __init__(self, context: ServiceContext, files_dir: Path) -> None:
        self._ctx = context
        self._dir = files_dir

    def path_for(self, photo_hash: str) -> Path:
        return self._dir / f"{photo_hash}.jpg"

    def add_venue_photo(self, venue_key: str | UUID, source: Path) -> list[str]:
        self._ctx.require(Action.VENUE_EDIT, "venue.photo")
        digest = keep_photo(self._dir, source)
        with self._ctx.unit_of_work() as session:
            venue = find_venue(session, venue_key)
            if digest not in venue.photo_hashes:
                venue.photo_hashes = [*venue.photo_hashes, digest]
            return list(venue.photo_hashes)

    def add_evidence(self, venue_key: str | UUID, item: str, source: Path) -> list[str]:
        """An evidence photo for one checklist item (the item is kept unmet until scored)."""
        self._ctx.require(Action.VENUE_EDIT, f"evidence {item}")
        digest = keep_photo(self._dir, source)
        with self._ctx.unit_of_work() as session:
            venue = find_venue(session, venue_key)
            standard = standard_for(venue.kind)
            if item not in {i.item for i in standard.items}:
                raise InvalidField(venue.code, "item", f"“{item}”不是{standard.title}的条目")
            check = session.scalars(select(VenueCheck).where(
                VenueCheck.venue_id == venue.id, VenueCheck.standard == standard.code,
                VenueCheck.item == item)).first()
            if check is None:
                check = VenueCheck(venue_id=venue.id, standard=standard.code, item=item,
                                   met=False, note="", photo_hashes=[])
                session.add(check)
            if digest not in check.photo_hashes:
                check.photo_hashes = [*check.photo_hashes, digest]
            return list(check.photo_hashes)

    def evidence(self, venue_key: str | UUID) -> dict[str, list[str]]:
        """{item: photo hashes} of the venue's standard."""
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            venue = find_venue(session, venue_key)
            return {c.item: list(c.photo_hashes) for c in session.scalars(
                select(VenueCheck).where(VenueCheck.venue_id == venue.id,
                                         VenueCheck.standard == standard_for(venue.kind).code))}

    def venue_photos(self, venue_key: str | UUID) -> list[str]:
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            return list(find_venue(session, venue_key).photo_hashes)
