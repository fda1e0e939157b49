"""The county's stations as its window and commands show them: code, name, the key in use,
how far their batches are applied, what is parked, and their active members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from unionstation.county.apply import active_members, active_members_by_station
from unionstation.county.intake import PARKED
from unionstation.county.models import CountyBatch, CountyStation, CountyStationKey


@dataclass(frozen=True)
class StationView:
    code: str
    name: str
    key_id: str | None
    fingerprint: str | None
    revoked: bool
    applied_through: int
    last_batch_at: datetime | None
    parked: int
    members: int


def station_views(session: Session, code: str | None = None) -> list[StationView]:
    """Every station by code (or only `code`): one query for each kind of row."""

    def only(column: InstrumentedAttribute[str]) -> list[ColumnElement[bool]]:
        return [] if code is None else [column == code]

    stations = session.execute(select(
        CountyStation.code, CountyStation.name, CountyStation.applied_through,
        CountyStation.last_batch_at).where(*only(CountyStation.code))
        .order_by(CountyStation.code)).all()
    keys: dict[str, list[CountyStationKey]] = {}
    for key in session.scalars(select(CountyStationKey).where(
            *only(CountyStationKey.station_code)).order_by(
            CountyStationKey.registered_at.desc(), CountyStationKey.key_id)):
        keys.setdefault(key.station_code, []).append(key)
    parked: dict[str, int] = {station: count for station, count in session.execute(
        select(CountyBatch.station_code, func.count()).where(
            *only(CountyBatch.station_code), CountyBatch.status == PARKED)
        .group_by(CountyBatch.station_code))}
    members = (active_members_by_station(session.connection()) if code is None
               else {code: active_members(session.connection(), code)})
    views: list[StationView] = []
    for station in stations:
        held = keys.get(station.code, [])
        live = [key for key in held if key.revoked_at is None]
        shown = live[0] if live else (held[0] if held else None)
        views.append(StationView(
            code=station.code, name=station.name,
            key_id=shown.key_id if shown else None,
            fingerprint=shown.fingerprint if shown else None,
            revoked=shown is not None and shown.revoked_at is not None,
            applied_through=station.applied_through, last_batch_at=station.last_batch_at,
            parked=parked.get(station.code, 0), members=members.get(station.code, 0)))
    return views
