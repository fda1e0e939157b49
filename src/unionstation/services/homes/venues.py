"""Venues (阵地): registered with a county-unique code, listed with their asset value, and
self-scored against their standard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import func, select

from unionstation.domain.homes import AssetCondition, ModelLevel, VenueKind
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField
from unionstation.services.homes.common import find_venue, station_of, yuan
from unionstation.services.homes.standards import standard_for
from unionstation.store.models import Asset, Venue, VenueCheck

__all__ = ["ChecklistItem", "ChecklistView", "VenueDraft", "VenueRow", "VenueService"]


@dataclass
class VenueDraft:
    kind: VenueKind
    name: str
    host_union: str = ""
    level: ModelLevel | None = None
    stars: int = 0
    address: str = ""
    area_m2: int | None = None
    opened_on: date | None = None
    accredited_on: date | None = None
    opening_hours: str = ""
    contact: str = ""


@dataclass(frozen=True)
class VenueRow:
    id: UUID
    code: str
    kind: VenueKind
    name: str
    host_union: str
    level: ModelLevel | None
    stars: int
    address: str
    assets: int
    asset_value: Decimal
    area_m2: int | None = None
    opened_on: date | None = None
    accredited_on: date | None = None


@dataclass(frozen=True)
class ChecklistItem:
    item: str
    title: str
    met: bool
    note: str
    photos: int = 0


@dataclass(frozen=True)
class ChecklistView:
    venue_id: UUID
    venue_code: str
    venue_name: str
    standard: str
    standard_title: str
    items: list[ChecklistItem]

    @property
    def met(self) -> int:
        return sum(1 for i in self.items if i.met)

    @property
    def total(self) -> int:
        return len(self.items)


def _check_draft(draft: VenueDraft) -> VenueDraft:
    name = normalize_text(draft.name)
    if not name:
        raise InvalidField("阵地", "名称", "不能为空")
    if not 0 <= draft.stars <= 5:
        raise InvalidField(name, "星级", "应在 0–5 之间")
    if draft.area_m2 is not None and draft.area_m2 < 0:
        raise InvalidField(name, "面积", "不能为负数")
    draft.name = name
    draft.host_union = normalize_text(draft.host_union)
    return draft


class VenueService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add(self, draft: VenueDraft) -> VenueRow:
        self._ctx.require(Action.VENUE_EDIT, "venue.add")
        draft = _check_draft(draft)
        with self._ctx.unit_of_work() as session:
            station = station_of(session)
            serial = (session.scalar(select(func.max(Venue.serial)).where(
                Venue.station_id == station.id, Venue.kind == draft.kind)) or 0) + 1
            code = f"{station.division_code}-{draft.kind.letter}-{serial:03d}"
            venue = Venue(station_id=station.id, kind=draft.kind, code=code, serial=serial,
                          name=draft.name, host_union=draft.host_union, level=draft.level,
                          stars=draft.stars, address=normalize_text(draft.address),
                          area_m2=draft.area_m2, opened_on=draft.opened_on,
                          accredited_on=draft.accredited_on,
                          opening_hours=normalize_text(draft.opening_hours),
                          contact=normalize_text(draft.contact),
                          photo_hashes=[])
            session.add(venue)
            session.flush()
            audit.record(session, self._ctx.officer, "venue.add", "venue", str(venue.id), code)
            return self._row(venue, 0, 0)

    def update(self, venue_id: UUID, draft: VenueDraft) -> VenueRow:
        self._ctx.require(Action.VENUE_EDIT, str(venue_id))
        draft = _check_draft(draft)
        with self._ctx.unit_of_work() as session:
            venue = find_venue(session, venue_id)
            for field in ("name", "host_union", "level", "stars", "address", "area_m2",
                          "opened_on", "accredited_on", "opening_hours", "contact"):
                value = getattr(draft, field)
                if getattr(venue, field) != value:
                    setattr(venue, field, value)
            venue_id = venue.id
        return self.get(venue_id)

    def draft_of(self, key: str | UUID) -> VenueDraft:
        """The venue's editable fields, as the form shows them."""
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            v = find_venue(session, key)
            return VenueDraft(v.kind, v.name, v.host_union, v.level, v.stars, v.address,
                              v.area_m2, v.opened_on, v.accredited_on, v.opening_hours,
                              v.contact)

    def list(self, kind: VenueKind | None = None) -> list[VenueRow]:
        self._ctx.require(Action.VENUE_READ)
        value = func.coalesce(func.sum(Asset.quantity * Asset.unit_value_fen), 0)
        totals = (select(Asset.venue_id, func.count(Asset.id).label("n"), value.label("fen"))
                  .where(Asset.deleted_at.is_(None), Asset.condition != AssetCondition.SCRAPPED)
                  .group_by(Asset.venue_id).subquery())
        query = (select(Venue, totals.c.n, totals.c.fen)
                 .outerjoin(totals, totals.c.venue_id == Venue.id)
                 .where(Venue.deleted_at.is_(None)).order_by(Venue.code))
        if kind is not None:
            query = query.where(Venue.kind == kind)
        with self._ctx.reading() as session:
            return [self._row(v, n or 0, fen or 0) for v, n, fen in session.execute(query)]

    def get(self, key: str | UUID) -> VenueRow:
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            venue = find_venue(session, key)
            venue_id = venue.id
        return next(r for r in self.list() if r.id == venue_id)

    @staticmethod
    def _row(venue: Venue, assets: int, fen: int) -> VenueRow:
        return VenueRow(venue.id, venue.code, venue.kind, venue.name, venue.host_union,
                        venue.level, venue.stars, venue.address, int(assets), yuan(int(fen)),
                        venue.area_m2, venue.opened_on, venue.accredited_on)

    # -- the standard's checklist ------------------------------------------------------------

    def checklist(self, key: str | UUID) -> ChecklistView:
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            venue = find_venue(session, key)
            standard = standard_for(venue.kind)
            checks = {c.item: c for c in session.scalars(select(VenueCheck).where(
                VenueCheck.venue_id == venue.id, VenueCheck.standard == standard.code,
                VenueCheck.deleted_at.is_(None)))}
            items = []
            for entry in standard.items:
                check = checks.get(entry.item)
                items.append(ChecklistItem(entry.item, entry.title,
                                           bool(check and check.met),
                                           check.note if check else "",
                                           len(check.photo_hashes) if check else 0))
            return ChecklistView(venue.id, venue.code, venue.name, standard.code,
                                 standard.title, items)

    def check(self, key: str | UUID, item: str, met: bool, note: str = "") -> ChecklistView:
        self._ctx.require(Action.VENUE_EDIT, f"check {item}")
        with self._ctx.unit_of_work() as session:
            venue = find_venue(session, key)
            standard = standard_for(venue.kind)
            if item not in {i.item for i in standard.items}:
                codes = ", ".join(i.item for i in standard.items)
                raise InvalidField(venue.code, "item",
                                   f"“{item}”不是{standard.title}的条目,可用:{codes}")
            check = session.scalars(select(VenueCheck).where(
                VenueCheck.venue_id == venue.id, VenueCheck.standard == standard.code,
                VenueCheck.item == item)).first()
            if check is None:
                check = VenueCheck(venue_id=venue.id, standard=standard.code, item=item,
                                   photo_hashes=[])
                session.add(check)
            check.met = met
            check.note = normalize_text(note)[:300]
            check.deleted_at = None
            venue_id = venue.id
        return self.checklist(venue_id)
