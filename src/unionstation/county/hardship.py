"""Hardship aid at the county: every station's files and money, read from the records
intake keeps (`county_record`), the ack's disbursed total, and workers with open files
at two stations (a county case, like a member active at two)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from unionstation.county.models import CountyRecord
from unionstation.domain.hardship import OPEN_STATUSES
from unionstation.domain.idnumber import masked
from unionstation.store.base import table_of

__all__ = ["CountyFile", "county_files", "disbursed", "open_at_two_stations"]

_OPEN = frozenset(s.value for s in OPEN_STATUSES)


@dataclass(frozen=True)
class CountyFile:
    station: str
    file_no: str
    name: str
    id_number_masked: str
    category: str
    status: str


def _records(connection: Connection, entity: str,
             station: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    records = table_of(CountyRecord)
    query = select(records.c.station_code, records.c.data).where(
        records.c.entity == entity, records.c.deleted.is_(False))
    if station is not None:
        query = query.where(records.c.station_code == station)
    return [(code, data) for code, data in connection.execute(query)]


def disbursed(connection: Connection, station: str | None = None,
              year: int | None = None) -> Decimal:
    """The sum of the payment entries (reversals included), of a station and a year."""
    records = table_of(CountyRecord)
    # Two fields of each entry, not its whole data: a 50,000-member station's first batch
    # holds some 35,000 entries, read while the import's transaction holds the county.
    query = select(records.c.data["year"].as_string(), records.c.data["amount"].as_string()).where(
        records.c.entity == "payment", records.c.deleted.is_(False))
    if station is not None:
        query = query.where(records.c.station_code == station)
    total = Decimal("0.00")
    for entry_year, amount in connection.execute(query):
        if year is None or int(entry_year or 0) == year:
            total += Decimal(str("0" if amount is None else amount))
    return total


def county_files(connection: Connection, station: str | None = None) -> list[CountyFile]:
    rows = [CountyFile(code, str(d.get("file_no", "")), str(d.get("name", "")),
                       masked(str(d.get("id_number", ""))), str(d.get("category", "")),
                       str(d.get("status", "")))
            for code, d in _records(connection, "hardship_file", station)]
    rows.sort(key=lambda r: (r.station, r.file_no))
    return rows


def open_at_two_stations(connection: Connection) -> list[tuple[str, list[str], list[str]]]:
    """(masked ID number, stations, names) of workers with open files at two or more."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for code, data in _records(connection, "hardship_file"):
        if data.get("status") in _OPEN:
            found[str(data.get("id_number", ""))][code] = str(data.get("name", ""))
    cases = []
    for number, by_station in sorted(found.items()):
        if len(by_station) > 1:
            stations = sorted(by_station)
            cases.append((masked(number), stations,
                          list(dict.fromkeys(by_station[s] for s in stations))))
    return cases
