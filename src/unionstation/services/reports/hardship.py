"""The hardship and campaigns sections.

The hardship domain is not in this branch yet: both sections have their exact shape,
with zeros, and the coordinator swaps in the queries of `_pending_hardship.py` at merge.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection

ZERO_MONEY = "0.00"


def empty_hardship() -> dict[str, Any]:
    return {"files": {}, "opened": 0, "relieved": 0, "visits": 0, "households_helped": 0,
            "paid_total": ZERO_MONEY, "paid_by_funding": {}}


def hardship_section(connection: Connection, start: date, end: date) -> dict[str, Any]:
    return empty_hardship()


def campaigns_section(connection: Connection, start: date, end: date) -> list[dict[str, Any]]:
    """Each campaign of the range: {"name", "kind", "households", "paid_total", "budget"}."""
    return []
