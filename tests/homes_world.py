"""A small world of venues for the homes tests: a rest stop with three assets, a reading
room with a book, on a fixed day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from unionstation.domain.homes import AssetCategory, VenueKind
from unionstation.services.context import ServiceContext
from unionstation.services.homes.assets import AssetDraft, AssetService
from unionstation.services.homes.reading import ReadingRoomService
from unionstation.services.homes.venues import VenueDraft, VenueRow, VenueService

FIXED_NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)


@dataclass(frozen=True)
class HomesWorld:
    stop: VenueRow
    library: VenueRow
    book_id: object


def build(context: ServiceContext) -> HomesWorld:
    context.clock = lambda: FIXED_NOW
    venues = VenueService(context)
    stop = venues.add(VenueDraft(VenueKind.OUTDOOR_STATION, "快递小哥驿站",
                                 "快递物流行业工会联合会", stars=3))
    library = venues.add(VenueDraft(VenueKind.READING_ROOM, "街道职工书屋", "街道总工会"))
    assets = AssetService(context)
    for name, category, quantity, value, tag in (
            ("微波炉", AssetCategory.APPLIANCES, 2, "499.50", "WB-01"),
            ("急救箱", AssetCategory.FIRST_AID, 1, "120", "JJ-01"),
            ("智慧屏", AssetCategory.IT, 1, "6800", "")):
        assets.add(stop.id, AssetDraft(name, category, quantity, Decimal(value),
                                       {"own_funds": 100}, tag=tag))
    book = ReadingRoomService(context).add_book(library.id, "平凡的世界", "路遥",
                                                "978-7-5302-0963-9", copies=1)
    return HomesWorld(stop, library, book.id)
