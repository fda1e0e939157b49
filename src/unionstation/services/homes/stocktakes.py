"""Stocktakes (盘点): a frozen list of what the register says, counts by tag (typed or
scanned), missing and surplus as they stand, and a close that adjusts the register and
notes each adjustment in the asset's history."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionstation.domain.homes import AssetCondition, parse_asset_scan
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, NotFound
from unionstation.services.homes.assets import clean_tag
from unionstation.services.homes.common import find_venue, station_of
from unionstation.store.models import Asset, AssetEvent, Stocktake, StocktakeLine, Venue

__all__ = ["StocktakeLineRow", "StocktakeService", "StocktakeView"]

NEXT_AUDIT_DAYS = 365


@dataclass(frozen=True)
class StocktakeLineRow:
    tag: str
    name: str
    expected: int
    counted: int | None
    condition: AssetCondition | None

    @property
    def difference(self) -> int:
        return (self.counted or 0) - self.expected


@dataclass(frozen=True)
class StocktakeView:
    id: UUID
    venue_id: UUID
    venue_code: str
    venue_name: str
    number: int
    started_on: date
    closed_on: date | None
    counters: str
    lines: list[StocktakeLineRow]

    @property
    def counted(self) -> int:
        return sum(1 for line in self.lines if line.counted is not None)

    @property
    def missing(self) -> list[str]:
        return [x.tag for x in self.lines if x.expected > 0 and (x.counted or 0) < x.expected]

    @property
    def surplus(self) -> list[str]:
        return [x.tag for x in self.lines if (x.counted or 0) > x.expected]


class StocktakeService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def start(self, venue_key: str | UUID) -> StocktakeView:
        self._ctx.require(Action.ASSET_EDIT, "stocktake.start")
        with self._ctx.unit_of_work() as session:
            venue = find_venue(session, venue_key)
            number = (session.scalar(select(func.max(Stocktake.number)).where(
                Stocktake.venue_id == venue.id)) or 0) + 1
            stocktake = Stocktake(venue_id=venue.id, number=number,
                                  started_on=self._ctx.today(), counters="")
            session.add(stocktake)
            session.flush()
            for asset in session.scalars(select(Asset).where(
                    Asset.venue_id == venue.id, Asset.deleted_at.is_(None),
                    Asset.condition != AssetCondition.SCRAPPED,
                    Asset.quantity > 0).order_by(Asset.tag)):
                session.add(StocktakeLine(stocktake_id=stocktake.id, asset_id=asset.id,
                                          tag=asset.tag, name=asset.name,
                                          expected=asset.quantity))
            stocktake_id = stocktake.id
        return self.view(stocktake_id)

    def _find(self, session: Session, key: str | UUID) -> Stocktake:
        stocktake = None
        if isinstance(key, UUID):
            stocktake = session.get(Stocktake, key)
        else:
            text = normalize_text(key)
            with suppress(ValueError):
                stocktake = session.get(Stocktake, UUID(text))
        if stocktake is None or stocktake.deleted_at is not None:
            raise NotFound(f"找不到盘点“{key}”(请用 stocktake start 给出的编号)。")
        return stocktake

    def view(self, key: str | UUID) -> StocktakeView:
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            stocktake = self._find(session, key)
            venue = session.get_one(Venue, stocktake.venue_id)
            lines = [StocktakeLineRow(x.tag, x.name, x.expected, x.counted, x.condition)
                     for x in session.scalars(select(StocktakeLine).where(
                         StocktakeLine.stocktake_id == stocktake.id,
                         StocktakeLine.deleted_at.is_(None)).order_by(StocktakeLine.tag))]
            return StocktakeView(stocktake.id, venue.id, venue.code, venue.name,
                                 stocktake.number, stocktake.started_on, stocktake.closed_on,
                                 stocktake.counters, lines)

    def open_for(self, venue_key: str | UUID) -> UUID | None:
        """The venue's stocktake still open, if any."""
        self._ctx.require(Action.VENUE_READ)
        with self._ctx.reading() as session:
            venue = find_venue(session, venue_key)
            return session.scalars(select(Stocktake.id).where(
                Stocktake.venue_id == venue.id, Stocktake.closed_on.is_(None),
                Stocktake.deleted_at.is_(None)).order_by(Stocktake.number.desc())).first()

    def count(self, key: str | UUID, scanned: str, quantity: int | None = None,
              condition: AssetCondition | None = None) -> StocktakeLineRow:
        """Count one tag: `scanned` is the tag or the label's QR text. Without `quantity`
        each scan adds one; with it, the count is set."""
        self._ctx.require(Action.ASSET_EDIT, "stocktake.count")
        if quantity is not None and quantity < 0:
            raise InvalidField(scanned, "数量", "不能为负数")
        with self._ctx.unit_of_work() as session:
            stocktake = self._find(session, key)
            if stocktake.closed_on is not None:
                raise InvalidField(f"盘点 {stocktake.number}", "状态", "已结束,不能再清点")
            station_code, raw = parse_asset_scan(scanned)
            station = station_of(session)
            if station_code is not None and station_code != station.division_code:
                raise InvalidField(raw, "标签", f"是站点 {station_code} 的资产,不属于本站")
            tag = clean_tag(raw)
            if not tag:
                raise InvalidField("盘点", "标签", "不能为空")
            line = session.scalars(select(StocktakeLine).where(
                StocktakeLine.stocktake_id == stocktake.id, StocktakeLine.tag == tag)).first()
            if line is None:
                asset = session.scalars(select(Asset).where(
                    Asset.station_id == station.id, Asset.tag == tag)).first()
                line = StocktakeLine(stocktake_id=stocktake.id, tag=tag, expected=0,
                                     asset_id=asset.id if asset else None,
                                     name=asset.name if asset else "")
                session.add(line)
            line.counted = quantity if quantity is not None else (line.counted or 0) + 1
            if condition is not None:
                line.condition = condition
            return StocktakeLineRow(line.tag, line.name, line.expected, line.counted,
                                    line.condition)

    def close(self, key: str | UUID, counters: str = "") -> StocktakeView:
        """Close: each counted difference becomes the register's quantity (and condition),
        noted in the asset's history; counted assets get their next audit date."""
        self._ctx.require(Action.ASSET_EDIT, "stocktake.close")
        today = self._ctx.today()
        with self._ctx.unit_of_work() as session:
            stocktake = self._find(session, key)
            if stocktake.closed_on is not None:
                raise InvalidField(f"盘点 {stocktake.number}", "状态", "已经结束")
            stocktake.closed_on = today
            stocktake.counters = normalize_text(counters)[:200]
            for line in session.scalars(select(StocktakeLine).where(
                    StocktakeLine.stocktake_id == stocktake.id)):
                self._adjust(session, line, stocktake.venue_id, today)
            audit.record(session, self._ctx.officer, "stocktake.close", "stocktake",
                         str(stocktake.id), f"lines={stocktake.number}")
            stocktake_id = stocktake.id
        return self.view(stocktake_id)

    def _adjust(self, session: Session, line: StocktakeLine, venue_id: UUID,
                today: date) -> None:
        """The register follows the count: a listed asset, or one of this venue's own
        assets found again after a count of 0 (an asset of another venue found here is
        only reported as surplus)."""
        if line.asset_id is None:
            return
        asset = session.get_one(Asset, line.asset_id)
        if line.expected == 0 and (asset.venue_id != venue_id
                                   or asset.condition is AssetCondition.SCRAPPED):
            return
        counted = line.counted or 0
        changes = []
        if counted != asset.quantity:
            changes.append(f"数量 {asset.quantity}→{counted}")
            asset.quantity = counted
        if line.condition is not None and line.condition != asset.condition:
            changes.append(f"状态 {asset.condition.label}→{line.condition.label}")
            asset.condition = line.condition
        if counted:
            asset.next_audit_on = date.fromordinal(today.toordinal() + NEXT_AUDIT_DAYS)
        summary = "盘点调整:" + ",".join(changes) if changes else "盘点相符"
        session.add(AssetEvent(asset_id=asset.id, happened_at=self._ctx.clock(),
                               kind="stocktake", summary=summary, officer=self._ctx.officer,
                               detail={"stocktake": str(line.stocktake_id)}))
