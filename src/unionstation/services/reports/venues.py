"""The venues section (workers' homes, their assets, books, loans and services).

The homes domain is not in this branch yet: the section has its exact shape, with zeros,
and the coordinator swaps in the queries of `_pending_venues.py` at merge.
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
