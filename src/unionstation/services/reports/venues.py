"""The venues section (workers' homes, their assets, books, loans and services).

The homes domain is not in this branch yet: the section has its exact shape, with zeros,
and the coordinator swaps in the queries of `_pending_venues.py` at merge.

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

from sqlalchemy import Connection

ZERO_MONEY = "0.00"


def empty_venues() -> dict[str, Any]:
    return {"by_kind": {}, "model_homes": {}, "asset_value": ZERO_MONEY, "books": 0,
            "loans": 0, "services": 0}


def venues_section(connection: Connection, start: date, end: date) -> dict[str, Any]:
    return empty_venues()


def homes_built(connection: Connection, start: date, end: date) -> int:
    """Workers' homes set up inside the range: the "homes" plan's actual figure."""
    return 0
