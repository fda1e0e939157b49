"""A station purged a member at the end of retention (its `member_purge` tombstone):
the county forgets them too: their record, the records that name them, and the rows of
the projections. The tombstone itself (ids and dates) stays, as the station's does."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, and_, delete, select

from unionstation.county.models import CountyConflict, CountyMember, CountyRecord, CountyTransfer
from unionstation.county.projections import RecordState, optional_uuid
from unionstation.store.base import table_of

PURGE_ENTITY = "member_purge"
# Records of a member that name them by `member_id` in their data.
_BELONGING = ("member_event", "member_status_change", "member_transfer")


def purge_members(connection: Connection, station_code: str,
                  states: Sequence[RecordState]) -> None:
    members = {member for state in states
               if (member := optional_uuid(state.data, "member_id")) is not None}
    if not members:
        return
    records = table_of(CountyRecord)
    wanted = {str(member) for member in members}
    belonging = [
        entity_id for entity_id, data in connection.execute(
            select(records.c.entity_id, records.c.data).where(
                records.c.station_code == station_code, records.c.entity.in_(_BELONGING)))
        if isinstance(data, dict) and str(data.get("member_id")) in wanted]
    gone: list[uuid.UUID] = [*members, *belonging]
    for start in range(0, len(gone), 500):
        chunk = gone[start:start + 500]
        connection.execute(delete(records).where(and_(
            records.c.station_code == station_code, records.c.entity != PURGE_ENTITY,
            records.c.entity_id.in_(chunk))))
        conflicts = table_of(CountyConflict)
        connection.execute(delete(conflicts).where(and_(
            conflicts.c.station_code == station_code, conflicts.c.entity_id.in_(chunk))))
    for table in (table_of(CountyMember), table_of(CountyTransfer)):
        ids = list(members)
        for start in range(0, len(ids), 500):
            connection.execute(delete(table).where(and_(
                table.c.station_code == station_code,
                table.c.member_id.in_(ids[start:start + 500]))))
