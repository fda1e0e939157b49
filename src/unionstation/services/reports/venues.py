"""The venues section of the annual report.

Which figure comes from which table and column (every row: `deleted_at IS NULL`):

- by_kind {VenueKind code: N}: `venue`, counted by `kind`, for venues standing at the end
  of the range (`opened_on` NULL or <= end). Every VenueKind code is present, 0 if none.
- model_homes {ModelLevel code: N}: `venue` with `level` set and `accredited_on` NULL or
  <= end, counted by `level`. Every ModelLevel code is present.
- asset_value (yuan, decimal text): SUM(`asset.quantity` * `asset.unit_value_fen`) / 100
  over assets held at the end (`acquired_on` NULL or <= end, `disposed_on` NULL or > end).
- books: SUM(`book.copies`) over live books (a book carries no date).
- loans: COUNT(`loan`) with `lent_on` inside the range.
- services: SUM(`service_log.count`) with `day` inside the range.
- homes_built (the "homes" plan's actual): COUNT(`venue`) of kind workers_home or
  small_home with `opened_on` inside the range.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from unionstation.domain.homes import ModelLevel, VenueKind
from unionstation.domain.money import from_fen
from unionstation.store.models import Asset, Book, Loan, ServiceLog, Venue

ZERO_MONEY = "0.00"


def empty_venues() -> dict[str, Any]:
    return {"by_kind": {str(kind): 0 for kind in VenueKind},
            "model_homes": {str(level): 0 for level in ModelLevel},
            "asset_value": ZERO_MONEY, "books": 0, "loans": 0, "services": 0}


def _on_or_before(column: Any, day: date) -> Any:
    return or_(column.is_(None), column <= day)


def venues_section(connection: Connection, start: date, end: date) -> dict[str, Any]:
    live = Venue.deleted_at.is_(None)
    by_kind = {kind.value: 0 for kind in VenueKind}
    for kind, count in connection.execute(
            select(Venue.kind, func.count()).where(live, _on_or_before(Venue.opened_on, end))
            .group_by(Venue.kind)):
        by_kind[str(getattr(kind, "value", kind))] = int(count)
    model_homes = {level.value: 0 for level in ModelLevel}
    for level, count in connection.execute(
            select(Venue.level, func.count()).where(
                live, Venue.level.is_not(None), _on_or_before(Venue.accredited_on, end))
            .group_by(Venue.level)):
        model_homes[str(getattr(level, "value", level))] = int(count)
    fen = connection.scalar(select(func.coalesce(func.sum(
        Asset.quantity * Asset.unit_value_fen), 0)).where(
        Asset.deleted_at.is_(None), _on_or_before(Asset.acquired_on, end),
        or_(Asset.disposed_on.is_(None), Asset.disposed_on > end)))
    books = connection.scalar(select(func.coalesce(func.sum(Book.copies), 0)).where(
        Book.deleted_at.is_(None)))
    loans = connection.scalar(select(func.count()).select_from(Loan).where(
        Loan.deleted_at.is_(None), Loan.lent_on.between(start, end)))
    services = connection.scalar(select(func.coalesce(func.sum(ServiceLog.count), 0)).where(
        ServiceLog.deleted_at.is_(None), ServiceLog.day.between(start, end)))
    return {"by_kind": by_kind, "model_homes": model_homes,
            "asset_value": str(from_fen(int(fen or 0))), "books": int(books or 0),
            "loans": int(loans or 0), "services": int(services or 0)}


def homes_built(connection: Connection, start: date, end: date) -> int:
    return int(connection.scalar(select(func.count()).select_from(Venue).where(
        Venue.deleted_at.is_(None), Venue.kind.in_((VenueKind.WORKERS_HOME,
                                                    VenueKind.SMALL_HOME)),
        and_(Venue.opened_on.is_not(None), Venue.opened_on.between(start, end)))) or 0)
