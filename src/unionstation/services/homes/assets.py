"""Assets (设施设备): tags unique in the station, values in fen, a history of every change;
disposal (报废) keeps the record."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from unionstation.domain.homes import AssetCategory, AssetCondition, FundingSource
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import AlreadyExists, InvalidField, PermissionDenied
from unionstation.services.homes.common import find_asset, find_venue, station_of, to_fen, yuan
from unionstation.store.models import Asset, AssetEvent, Venue

_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")

__all__ = ["AssetDraft", "AssetFilter", "AssetRow", "AssetService", "clean_tag", "funding_text"]


def clean_tag(text: str) -> str:
    return normalize_text(text).upper().replace(" ", "")


def funding_text(funding: dict[str, int]) -> str:
    """`own_funds` for one source, `own_funds:60,higher_union:40` when mixed."""
    if len(funding) == 1:
        return next(iter(funding))
    return ",".join(f"{k}:{v}" for k, v in funding.items())


def parse_funding(text: str, record: str = "资产") -> dict[str, int]:
    """`own_funds`, a label (上级工会补助), or a mix: `own_funds:60,higher_union:40` as
    typed, or `单位自筹 60%、上级工会补助 40%` as the ledger writes it (percent)."""
    shares: dict[str, int] = {}
    parts = re.split(r"[,,、;;]", normalize_text(text))
    for part in filter(None, (p.strip() for p in parts)):
        found = re.fullmatch(r"(.+?)\s*(?:[::\s]\s*(\d+)\s*%?)?", part)
        name, share = (found.group(1), found.group(2)) if found else (part, None)
        source = FundingSource.from_label(name)
        if source is None:
            codes = ", ".join(f.value for f in FundingSource)
            raise InvalidField(record, "经费来源", f"“{name}”不认识,可用:{codes}")
        shares[source.value] = int(share) if share else 100
    if not shares:
        raise InvalidField(record, "经费来源", "不能为空")
    if sum(shares.values()) != 100:
        raise InvalidField(record, "经费来源", "各来源比例之和应为 100")
    return shares


@dataclass
class AssetDraft:
    name: str
    category: AssetCategory
    quantity: int
    unit_value: Decimal | str
    funding: dict[str, int]
    unit: str = "件"
    acquired_on: date | None = None
    condition: AssetCondition = AssetCondition.GOOD
    location: str = ""
    tag: str = ""
    next_audit_on: date | None = None


@dataclass
class AssetFilter:
    venue_id: UUID | None = None
    category: AssetCategory | None = None
    audit_due: bool = False
    include_scrapped: bool = True
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AssetRow:
    id: UUID
    tag: str
    venue_id: UUID
    venue_code: str
    venue_name: str
    name: str
    category: AssetCategory
    quantity: int
    unit: str
    unit_value: Decimal
    funding: dict[str, int]
    condition: AssetCondition
    location: str
    acquired_on: date | None
    next_audit_on: date | None

    @property
    def value(self) -> Decimal:
        return (self.unit_value * self.quantity).quantize(Decimal("0.01"))


def _checked(draft: AssetDraft) -> tuple[str, int]:
    name = normalize_text(draft.name)
    if not name:
        raise InvalidField(draft.tag or "资产", "名称", "不能为空")
    if draft.quantity < 0:
        raise InvalidField(name, "数量", "不能为负数")
    _check_funding(draft.funding, name)
    return name, to_fen(draft.unit_value, name)


def _check_funding(funding: dict[str, int], record: str) -> None:
    """Known sources, each share a whole percent above nought, 100 in all."""
    codes = [f.value for f in FundingSource]
    unknown = [k for k in funding if k not in codes]
    if unknown:
        raise InvalidField(record, "经费来源", f"“{unknown[0]}”不认识,可用:{', '.join(codes)}")
    if not funding:
        raise InvalidField(record, "经费来源", "不能为空")
    if any(not isinstance(v, int) or v <= 0 for v in funding.values()):
        raise InvalidField(record, "经费来源", "每个来源的比例应为大于 0 的整数")
    if sum(funding.values()) != 100:
        raise InvalidField(record, "经费来源",
                           f"各来源比例之和应为 100,现为 {sum(funding.values())}")


class AssetService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add(self, venue_key: str | UUID, draft: AssetDraft) -> AssetRow:
        self._ctx.require(Action.ASSET_EDIT, "asset.add")
        name, fen = _checked(draft)
        with self._ctx.unit_of_work() as session:
            venue = find_venue(session, venue_key)
            asset = self._insert(session, venue, draft, name, fen)
            return _row(asset, venue)

    def _insert(self, session: Session, venue: Venue, draft: AssetDraft, name: str,
                fen: int) -> Asset:
        station = station_of(session)
        tag = clean_tag(draft.tag) or self._next_tag(session, station.id)
        if session.scalars(select(Asset.id).where(Asset.station_id == station.id,
                                                  Asset.tag == tag)).first():
            raise AlreadyExists(f"资产标签“{tag}”已在本站使用,请换一个标签。")
        asset = Asset(station_id=station.id, venue_id=venue.id, tag=tag, name=name,
                      category=draft.category, quantity=draft.quantity,
                      unit=normalize_text(draft.unit) or "件", unit_value_fen=fen,
                      funding=dict(draft.funding), acquired_on=draft.acquired_on,
                      condition=draft.condition, location=normalize_text(draft.location),
                      next_audit_on=draft.next_audit_on, disposal_reason="")
        session.add(asset)
        session.flush()
        self._event(session, asset, "added", f"登记入账:{name} × {draft.quantity}")
        return asset

    def _next_tag(self, session: Session, station_id: UUID) -> str:
        used = session.scalars(select(Asset.tag).where(Asset.station_id == station_id,
                                                       Asset.tag.like("ZC%")))
        numbers = [int(t[2:]) for t in used if t[2:].isdigit()]
        return f"ZC{max(numbers, default=0) + 1:06d}"

    def _event(self, session: Session, asset: Asset, kind: str, summary: str,
               detail: dict[str, Any] | None = None) -> None:
        session.add(AssetEvent(asset_id=asset.id, happened_at=self._ctx.clock(), kind=kind,
                               summary=summary[:300], officer=self._ctx.officer,
                               detail=detail or {}))

    def update(self, tag: str, draft: AssetDraft) -> AssetRow:
        """Change an asset's fields; a change of its value needs the money permission."""
        self._ctx.require(Action.ASSET_EDIT, tag)
        name, fen = _checked(draft)
        with self._ctx.reading() as session:
            current = find_asset(session, tag).unit_value_fen
        if current != fen:
            self._ctx.require(Action.ASSET_MONEY, tag)
        with self._ctx.unit_of_work() as session:
            asset = find_asset(session, tag)
            self._apply(session, asset, draft, name, fen)
            return _row(asset, session.get_one(Venue, asset.venue_id))

    def _apply(self, session: Session, asset: Asset, draft: AssetDraft, name: str,
               fen: int) -> list[str]:
        if fen != asset.unit_value_fen and not self._ctx.may(Action.ASSET_MONEY):
            # Inside a transaction: refused without the audit entry require() would write
            # (the caller that can, update(), has required it before).
            raise PermissionDenied(str(self._ctx.role), str(Action.ASSET_MONEY))
        values = {"name": name, "category": draft.category, "quantity": draft.quantity,
                  "unit": normalize_text(draft.unit) or "件", "unit_value_fen": fen,
                  "funding": dict(draft.funding), "acquired_on": draft.acquired_on,
                  "condition": draft.condition, "location": normalize_text(draft.location),
                  "next_audit_on": draft.next_audit_on}
        changed = [k for k, v in values.items() if getattr(asset, k) != v]
        for key in changed:
            setattr(asset, key, values[key])
        if changed:
            self._event(session, asset, "edited", "修改:" + "、".join(changed),
                        {"fields": changed})
        return changed

    def upsert(self, session: Session, venue: Venue, draft: AssetDraft) -> str:
        """For the import: update by tag, add where the tag is new. Returns
        `added`, `updated` or `unchanged`."""
        name, fen = _checked(draft)
        tag = clean_tag(draft.tag)
        existing = session.scalars(select(Asset).where(
            Asset.station_id == venue.station_id, Asset.tag == tag)).first() if tag else None
        if existing is None:
            self._insert(session, venue, draft, name, fen)
            return "added"
        moved = existing.venue_id != venue.id
        existing.venue_id = venue.id
        changed = self._apply(session, existing, draft, name, fen)
        return "updated" if moved or changed else "unchanged"

    def dispose(self, tag: str, reason: str, on: date | None = None) -> AssetRow:
        self._ctx.require(Action.ASSET_DISPOSE, tag)
        clean = normalize_text(reason)
        if not clean:
            raise InvalidField(tag, "报废原因", "不能为空")
        with self._ctx.unit_of_work() as session:
            asset = find_asset(session, tag)
            if asset.condition is AssetCondition.SCRAPPED:
                raise InvalidField(asset.tag, "状态", "已经报废")
            before = asset.condition
            asset.condition = AssetCondition.SCRAPPED
            asset.disposed_on = on or self._ctx.today()
            asset.disposal_reason = clean[:300]
            self._event(session, asset, "disposed", f"报废:{clean}",
                        {"from": before.value})
            audit.record(session, self._ctx.officer, "asset.dispose", "asset", str(asset.id),
                         asset.tag)
            return _row(asset, session.get_one(Venue, asset.venue_id))

    def _filtered(self, query: _S, criteria: AssetFilter | None) -> _S:
        criteria = criteria or AssetFilter()
        query = query.where(Asset.deleted_at.is_(None))
        if criteria.venue_id is not None:
            query = query.where(Asset.venue_id == criteria.venue_id)
        if criteria.category is not None:
            query = query.where(Asset.category == criteria.category)
        if criteria.audit_due:
            query = query.where(Asset.next_audit_on <= self._ctx.today(),
                                Asset.condition != AssetCondition.SCRAPPED)
        if not criteria.include_scrapped:
            query = query.where(Asset.condition != AssetCondition.SCRAPPED)
        if criteria.tags:
            query = query.where(Asset.tag.in_([clean_tag(t) for t in criteria.tags]))
        return query

    def rows(self, criteria: AssetFilter | None = None, offset: int = 0,
             limit: int | None = None) -> list[AssetRow]:
        """In tag order; `offset` and `limit` page through a long register."""
        self._ctx.require(Action.VENUE_READ)
        query = self._filtered(select(*_ROW_COLUMNS).join(Venue, Venue.id == Asset.venue_id),
                               criteria)
        # (station, tag) is the unique index: one station per file, so tag order, unsorted.
        query = query.order_by(Asset.station_id, Asset.tag).offset(offset).limit(limit)
        with self._ctx.reading() as session:
            return [AssetRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                             yuan(r[9]), r[10], r[11], r[12], r[13], r[14])
                    for r in session.execute(query)]

    def summary(self, criteria: AssetFilter | None = None) -> tuple[int, Decimal, int]:
        """(assets, value of those in use, in use and due for audit) of the selection."""
        self._ctx.require(Action.VENUE_READ)
        in_use = Asset.condition != AssetCondition.SCRAPPED
        value = func.sum(case((in_use, Asset.quantity * Asset.unit_value_fen), else_=0))
        due = func.sum(case((and_(in_use, Asset.next_audit_on <= self._ctx.today()), 1),
                            else_=0))
        with self._ctx.reading() as session:
            count, fen, due_count = session.execute(self._filtered(
                select(func.count(Asset.id), value, due), criteria)).one()
        return int(count or 0), yuan(int(fen or 0)), int(due_count or 0)

    def get(self, tag: str) -> AssetRow:
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            asset = find_asset(session, tag)
            return _row(asset, session.get_one(Venue, asset.venue_id))

    def history(self, tag: str) -> list[tuple[date, str, str]]:
        """(day, summary, officer) of the asset's changes, oldest first."""
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            asset = find_asset(session, tag)
            return [(e.happened_at.date(), e.summary, e.officer) for e in session.scalars(
                select(AssetEvent).where(AssetEvent.asset_id == asset.id)
                .order_by(AssetEvent.happened_at))]


_ROW_COLUMNS = (Asset.id, Asset.tag, Venue.id, Venue.code, Venue.name, Asset.name,
                Asset.category, Asset.quantity, Asset.unit, Asset.unit_value_fen, Asset.funding,
                Asset.condition, Asset.location, Asset.acquired_on, Asset.next_audit_on)


def _row(asset: Asset, venue: Venue) -> AssetRow:
    return AssetRow(asset.id, asset.tag, venue.id, venue.code, venue.name, asset.name,
                    asset.category, asset.quantity, asset.unit, yuan(asset.unit_value_fen),
                    dict(asset.funding), asset.condition, asset.location, asset.acquired_on,
                    asset.next_audit_on)


@dataclass(frozen=True)
class ImportRow:
    """One sheet row, parsed: the venue (code or name) and the asset's fields."""

    row: int
    venue: str
    draft: AssetDraft


@dataclass
class ImportOutcome:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


class _DryRun(Exception):
    pass


def import_assets(context: ServiceContext, rows: list[ImportRow], rejected: list[tuple[int, str]],
                  dry_run: bool = False) -> ImportOutcome:
    """Add or update (by tag) every row in one transaction; a row that fails is reported
    and leaves nothing behind. `dry_run` reports the same and writes nothing."""
    context.require(Action.ASSET_EDIT, "asset.import")
    service = AssetService(context)
    outcome = ImportOutcome(errors=list(rejected))
    try:
        with context.unit_of_work() as session:
            venues = {v.code: v for v in session.scalars(select(Venue).where(
                Venue.deleted_at.is_(None)))}
            by_name = {v.name: v for v in venues.values()}
            for item in rows:
                key = normalize_text(item.venue)
                venue = venues.get(key.upper()) or by_name.get(key)
                if venue is None:
                    outcome.errors.append((item.row, f"阵地:找不到“{item.venue}”"))
                    continue
                try:
                    with session.begin_nested():
                        result = service.upsert(session, venue, item.draft)
                except (InvalidField, AlreadyExists, PermissionDenied) as exc:
                    outcome.errors.append((item.row, str(exc)))
                    continue
                setattr(outcome, result, getattr(outcome, result) + 1)
            if not dry_run:
                audit.record(session, context.officer, "asset.import", "asset", "",
                             f"added={outcome.added} updated={outcome.updated}")
            else:
                raise _DryRun
    except _DryRun:
        pass
    outcome.errors.sort()
    return outcome
