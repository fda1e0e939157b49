"""The ack's disbursed total, read from two fields of each payment record (SQLite and
PostgreSQL): a station's entries of one year, reversals included, deleted ones not."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

from unionstation.county.hardship import disbursed
from unionstation.county.models import CountyRecord, CountyStation
from unionstation.county.service import County
from unionstation.store.base import table_of, utcnow


def _payment(station: str, data: dict[str, Any], *, deleted: bool = False,
             entity: str = "payment") -> dict[str, Any]:
    return {"station_code": station, "entity": entity, "entity_id": uuid.uuid4(),
            "version": 1, "deleted": deleted, "data": data, "change_seq": 1,
            "updated_at": utcnow()}


def test_the_total_of_a_station_and_a_year(county: County) -> None:
    rows = [
        _payment("S01", {"year": 2026, "amount": "1000.00"}),
        _payment("S01", {"year": 2026, "amount": "-250.50"}),  # a reversal
        _payment("S01", {"year": 2026, "amount": 80}),  # a number, as an old station wrote
        _payment("S01", {"year": 2025, "amount": "700.00"}),
        _payment("S01", {"year": 2026, "amount": "9.99"}, deleted=True),
        _payment("S01", {"year": 2026}),  # no amount: nothing
        _payment("S01", {"year": 2026, "amount": "5.00"}, entity="visit"),
        _payment("S02", {"year": 2026, "amount": "300.00"}),
    ]
    with county.store.engine.begin() as connection:
        connection.execute(insert(table_of(CountyStation)), [
            {"code": code, "name": code, "enrolled_at": utcnow(), "applied_through": 0}
            for code in ("S01", "S02")])
        connection.execute(insert(table_of(CountyRecord)), rows)
        assert disbursed(connection, "S01", 2026) == Decimal("829.50")
        assert disbursed(connection, "S01", 2025) == Decimal("700.00")
        assert disbursed(connection, "S01") == Decimal("1529.50")
        assert disbursed(connection, None, 2026) == Decimal("1129.50")
        assert disbursed(connection, "S03", 2026) == Decimal("0.00")
