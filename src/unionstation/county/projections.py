"""Projections: the county tables consolidation reads, kept by intake from the records.

`county_record` holds every station's records of every synced entity as JSON; searching
and counting 50,000 members there would mean parsing JSON in SQL, differently on SQLite
and PostgreSQL. So for the entities consolidation needs, intake also keeps a plain table
(`county_member`, `county_union`, `county_transfer`; and for the figures
`county_status_change` and `county_move`), rewritten from the record's newest
state whenever a change to it is applied. A later entity that consolidation needs joins
by adding a `Projector` to `PROJECTORS`; intake needs no change.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, and_, delete

from unionstation.county.bulk import insert_many
from unionstation.county.models import (
    CountyMember,
    CountyMove,
    CountyStatusChange,
    CountyTransfer,
    CountyUnion,
)
from unionstation.domain.collation import name_collation_key
from unionstation.domain.pinyin import name_search_keys
from unionstation.store.base import table_of

# Keys per IN (...) list: well under SQLite's and PostgreSQL's limits on bound parameters.
CHUNK = 500


@dataclass(frozen=True)
class RecordState:
    """A record's newest state after a batch: what a projection is made from."""

    entity_id: str  # UUID text
    stored_id: Any  # the same id as insert_many takes it for this database
    data: dict[str, Any]
    deleted: bool
    existed: bool  # the county held this record before the batch


RowMaker = Callable[[str, RecordState], dict[str, Any] | None]


@dataclass(frozen=True)
class Projector:
    """How one entity's records become rows of one projection table.

    `row(station_code, state)` gives the row (every column, the same keys for every
    row), or None for a record that does not belong in the table.
    """

    table: Table
    key: str  # the column holding the record's entity_id
    row: RowMaker

    def apply(self, connection: Connection, station_code: str,
              states: Sequence[RecordState]) -> None:
        """Replace the projected rows of these records by their newest state."""
        key_column = self.table.c[self.key]
        known = [uuid.UUID(state.entity_id) for state in states if state.existed]
        for start in range(0, len(known), CHUNK):
            connection.execute(delete(self.table).where(and_(
                self.table.c.station_code == station_code,
                key_column.in_(known[start:start + CHUNK]))))
        rows = [row for state in states if (row := self.row(station_code, state)) is not None]
        insert_many(connection, self.table, rows)


def text(data: dict[str, Any], key: str, length: int) -> str:
    """A text field as the column can hold it (PostgreSQL refuses NUL and overlong text)."""
    value = data.get(key)
    if type(value) is str and len(value) <= length and "\x00" not in value:
        return value  # as most are: half a million calls in a first batch
    if value is None:
        return ""
    return str(value).replace("\x00", "")[:length]


def optional_text(data: dict[str, Any], key: str, length: int) -> str | None:
    value = text(data, key, length)
    return value or None


def optional_uuid(data: dict[str, Any], key: str) -> uuid.UUID | None:
    value = data.get(key)
    if not isinstance(value, str):
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def optional_date(data: dict[str, Any], key: str) -> date | None:
    value = data.get(key)
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_deleted(state: RecordState) -> bool:
    return state.deleted or state.data.get("deleted_at") is not None


def member_row(station_code: str, state: RecordState) -> dict[str, Any]:
    data = state.data
    name = text(data, "name", 100)
    keys = name_search_keys(name)
    return {
        "station_code": station_code,
        "member_id": state.stored_id,
        "union_id": optional_uuid(data, "grassroots_union_id"),
        "name": name,
        "name_key": name_collation_key(name),
        "name_pinyin": keys.full,
        "name_initials": keys.initials,
        "id_number": text(data, "id_number", 18),
        "gender": text(data, "gender", 1),
        "status": text(data, "status", 32),
        "joined_on": optional_date(data, "joined_on"),
        "migrant_worker": bool(data.get("migrant_worker")),
        "priority_group": optional_text(data, "priority_group", 32),
        "model_worker_level": optional_text(data, "model_worker_level", 32),
        "employer": text(data, "employer", 200),
        "transfer_in_from": text(data, "transfer_in_from", 200),
        "deleted": is_deleted(state),
    }


def union_row(station_code: str, state: RecordState) -> dict[str, Any]:
    return {
        "station_code": station_code,
        "union_id": state.stored_id,
        "name": text(state.data, "name", 200),
        "credit_code": text(state.data, "credit_code", 18),
        "deleted": is_deleted(state),
    }


TRANSFER_KINDS = frozenset({"out", "in"})


def transfer_row(station_code: str, state: RecordState) -> dict[str, Any] | None:
    """Transfers out of and into a station; moves within one are the station's own."""
    data = state.data
    member_id = optional_uuid(data, "member_id")
    kind = data.get("kind")
    if member_id is None or kind not in TRANSFER_KINDS:
        return None
    return {
        "station_code": station_code,
        "transfer_id": state.stored_id,
        "member_id": member_id,
        "kind": kind,
        "transfer_on": optional_date(data, "transfer_on"),
        "from_name": text(data, "from_name", 200),
        "to_name": text(data, "to_name", 200),
        "deleted": is_deleted(state),
    }


def iso_day(data: dict[str, Any], key: str) -> str | None:
    """A day as the station wrote it ("2026-03-05"): the figures compare days as text."""
    value = data.get(key)
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" == value[7]:
        return value[:10]
    return None


def status_change_row(station_code: str, state: RecordState) -> dict[str, Any] | None:
    data = state.data
    member_id, on = optional_uuid(data, "member_id"), iso_day(data, "changed_on")
    if member_id is None or on is None or not data.get("to_status"):
        return None
    return {
        "station_code": station_code,
        "change_id": state.stored_id,
        "member_id": member_id,
        "from_status": optional_text(data, "from_status", 32),
        "to_status": text(data, "to_status", 32),
        "changed_on": on,
        "created_at": text(data, "created_at", 40),
        "deleted": is_deleted(state),
    }


def move_row(station_code: str, state: RecordState) -> dict[str, Any] | None:
    """A move between two of the station's own unions."""
    data = state.data
    member_id, on = optional_uuid(data, "member_id"), iso_day(data, "transfer_on")
    if member_id is None or on is None or data.get("kind") != "internal":
        return None
    return {
        "station_code": station_code,
        "transfer_id": state.stored_id,
        "member_id": member_id,
        "from_union_id": optional_uuid(data, "from_union_id"),
        "to_union_id": optional_uuid(data, "to_union_id"),
        "transfer_on": on,
        "created_at": text(data, "created_at", 40),
        "deleted": is_deleted(state),
    }


PROJECTORS: dict[str, Projector] = {
    "member": Projector(table_of(CountyMember), "member_id", member_row),
    "grassroots_union": Projector(table_of(CountyUnion), "union_id", union_row),
    "member_transfer": Projector(table_of(CountyTransfer), "transfer_id", transfer_row),
    "member_status_change": Projector(table_of(CountyStatusChange), "change_id",
                                      status_change_row),
}
MOVES = Projector(table_of(CountyMove), "transfer_id", move_row)
"""`member_transfer` records feed two projections: across stations and within one."""


def project(connection: Connection, station_code: str, entity: str,
            states: Sequence[RecordState]) -> None:
    """Bring the projection of `entity` (if it has one) up to date for these records."""
    projector = PROJECTORS.get(entity)
    if projector is not None and states:
        projector.apply(connection, station_code, states)
        if entity == "member_transfer":
            MOVES.apply(connection, station_code, states)
