"""The county's view of every station's venues and their asset value (workers' homes
issue), read from the records the batches brought (`county_record`), no projection table:
a county has hundreds of venues, not tens of thousands."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select

from unionstation.county.models import CountyRecord
from unionstation.county.store import CountyStore

__all__ = ["CountyVenue", "CountyVenues", "county_venues"]


@dataclass(frozen=True)
class CountyVenue:
    station: str
    code: str
    kind: str
    name: str
    level: str | None
    stars: int
    asset_fen: int

    @property
    def asset_value(self) -> str:
        return f"{self.asset_fen // 100}.{self.asset_fen % 100:02d}"


@dataclass(frozen=True)
class CountyVenues:
    venues: list[CountyVenue]
    by_kind: dict[str, int] = field(default_factory=dict)
    by_level: dict[str, int] = field(default_factory=dict)


def county_venues(store: CountyStore, station: str | None = None) -> CountyVenues:
    """Every live venue (of one station), with the value of its assets not scrapped."""
    query = select(CountyRecord.station_code, CountyRecord.entity, CountyRecord.entity_id,
                   CountyRecord.data).where(CountyRecord.entity.in_(("venue", "asset")),
                                            CountyRecord.deleted.is_(False))
    if station:
        query = query.where(CountyRecord.station_code == station)
    venues: dict[str, tuple[str, dict[str, object]]] = {}
    value: Counter[str] = Counter()
    with store.read_session_factory() as session:
        for code, entity, entity_id, data in session.execute(query):
            if data.get("deleted_at"):
                continue
            if entity == "venue":
                venues[str(entity_id)] = (code, data)
            elif data.get("condition") != "scrapped":
                value[str(data.get("venue_id"))] += \
                    int(data.get("quantity") or 0) * int(data.get("unit_value_fen") or 0)
    rows = []
    for venue_id, (code, data) in venues.items():
        level = data.get("level")
        rows.append(CountyVenue(code, str(data.get("code", "")), str(data.get("kind", "")),
                                str(data.get("name", "")), str(level) if level else None,
                                int(str(data.get("stars") or 0)), value[venue_id]))
    rows.sort(key=lambda r: (r.station, r.code))
    return CountyVenues(rows, dict(Counter(r.kind for r in rows)),
                        dict(Counter(r.level for r in rows if r.level)))
