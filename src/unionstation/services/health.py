"""`unionstation check`: integrity, schema state and the change log's consistency."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from unionstation.domain.codes import MemberStatus
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.store.models import ChangeRecord, GrassrootsUnion, Member


@dataclass(frozen=True)
class HealthReport:
    ok: bool
    integrity: str
    read_only: bool
    schema_revision: str | None
    schema_head: str
    schema_current: bool
    station: str | None
    division_code: str | None
    unions: int
    members_active: int
    change_log_records: int
    change_log_gaps: int
    # SQLCipher opened the file under the data key, and it is not plain SQLite.
    encrypted: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def active_member_count(runtime: StationRuntime) -> int | None:
    """Active members, or None when a damaged (read-only) database cannot count them; the
    window still opens then, to offer a restore."""
    from sqlalchemy.exc import DatabaseError

    from unionstation.services.members import MemberService

    try:
        return MemberService(runtime.context).count_active()
    except DatabaseError:
        if not runtime.database.read_only:
            raise
        return None


def check_station(runtime: StationRuntime) -> HealthReport:
    database = runtime.database
    station = StationService(runtime.context).current()
    with runtime.context.reading() as session:
        unions = session.scalar(
            select(func.count()).select_from(GrassrootsUnion)
            .where(GrassrootsUnion.deleted_at.is_(None))
        )
        members = session.scalar(
            select(func.count()).select_from(Member)
            .where(Member.status == MemberStatus.ACTIVE, Member.deleted_at.is_(None))
        )
        records, low, high = session.execute(
            select(func.count(), func.min(ChangeRecord.change_seq),
                   func.max(ChangeRecord.change_seq))
        ).one()
    gaps = 0 if not records else int(high) - int(low) + 1 - int(records)
    ok = database.integrity_ok and database.schema.is_current and gaps == 0
    return HealthReport(
        ok=ok,
        integrity=database.integrity_message,
        read_only=database.read_only,
        schema_revision=database.schema.current,
        schema_head=database.schema.head,
        schema_current=database.schema.is_current,
        station=station.name if station else None,
        division_code=station.division_code if station else None,
        unions=int(unions or 0),
        members_active=int(members or 0),
        change_log_records=int(records or 0),
        change_log_gaps=gaps,
        encrypted=database.encrypted(),
    )
