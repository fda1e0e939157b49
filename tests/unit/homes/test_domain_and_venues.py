"""Venue codes, the standards as data, and the code lists of the homes issue."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.homes_world import build
from unionstation.domain.homes import (
    VenueKind,
    month_bounds,
    parse_asset_scan,
    parse_month,
)
from unionstation.domain.permissions import Role
from unionstation.services.errors import InvalidField, PermissionDenied, UserError
from unionstation.services.homes.standards import standards
from unionstation.services.homes.venues import VenueDraft, VenueService
from unionstation.services.runtime import StationRuntime


def test_every_kind_has_its_own_letter_and_a_standard() -> None:
    letters = [kind.letter for kind in VenueKind]
    assert len(set(letters)) == len(letters)
    table = standards()
    assert len(table["six_haves"].items) == 6
    assert len(table["ten_haves"].items) == 10
    assert table["nursing_stars"].items


def test_a_scanned_label_gives_station_and_tag() -> None:
    assert parse_asset_scan("US1:A:330106001:WB-01\n") == ("330106001", "WB-01")
    assert parse_asset_scan(" wb-01 ") == (None, "wb-01")
    assert parse_month("2026-02") == date(2026, 2, 1)
    assert month_bounds(date(2026, 12, 1)) == (date(2026, 12, 1), date(2027, 1, 1))
    with pytest.raises(ValueError):
        parse_month("2026/02")


def test_venue_codes_count_per_kind(runtime: StationRuntime) -> None:
    world = build(runtime.context)
    assert world.stop.code == "330106001-O-001"
    assert world.library.code == "330106001-R-001"
    another = VenueService(runtime.context).add(
        VenueDraft(VenueKind.OUTDOOR_STATION, "环卫驿站", "环卫工会"))
    assert another.code == "330106001-O-002"
    with pytest.raises(InvalidField, match="星级"):
        VenueService(runtime.context).add(VenueDraft(VenueKind.SMALL_HOME, "小家", stars=6))


def test_the_checklist_is_scored_and_kept(runtime: StationRuntime) -> None:
    world = build(runtime.context)
    venues = VenueService(runtime.context)
    library = venues.checklist(world.library.code)
    assert library.standard == "ten_haves" and library.total == 10 and library.met == 0
    after = venues.check(world.library.id, "books", True, "藏书 3200 册")
    assert after.met == 1
    assert next(i for i in after.items if i.item == "books").note == "藏书 3200 册"
    assert venues.check(world.library.id, "books", False).met == 0
    with pytest.raises(InvalidField, match="item"):
        venues.check(world.library.id, "nonsense", True)


def test_an_auditor_reads_venues_but_may_not_add_them(runtime: StationRuntime) -> None:
    build(runtime.context)
    runtime.context.role = Role.AUDITOR
    assert len(VenueService(runtime.context).list()) == 2
    with pytest.raises(PermissionDenied):
        VenueService(runtime.context).add(VenueDraft(VenueKind.SMALL_HOME, "小家"))


def test_photos_of_a_venue_and_evidence_of_an_item(runtime: StationRuntime,
                                                   tmp_path: Path) -> None:
    from PIL import Image

    from unionstation.services.homes.photos import VenuePhotos

    world = build(runtime.context)
    picture = tmp_path / "sign.png"
    Image.new("RGB", (2400, 1200), (200, 30, 30)).save(picture)
    photos = VenuePhotos(runtime.context, runtime.home.files_dir)
    stored = photos.add_venue_photo(world.stop.code, picture)
    assert photos.add_venue_photo(world.stop.id, picture) == stored  # the same photo once
    with Image.open(photos.path_for(stored[0])) as kept:
        assert kept.size == (1600, 800)
    evidence = photos.add_evidence(world.stop.id, "sign", picture)
    assert evidence == stored
    venues = VenueService(runtime.context)
    assert next(i for i in venues.checklist(world.stop.id).items if i.item == "sign").photos == 1
    assert venues.check(world.stop.id, "sign", True).met == 1
    assert photos.evidence(world.stop.id) == {"sign": stored}
    (tmp_path / "not.png").write_text("text")
    with pytest.raises(UserError, match="图片"):
        photos.add_venue_photo(world.stop.id, tmp_path / "not.png")
