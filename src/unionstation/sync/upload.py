"""Upload to the county receiver: the newest batch covering every unacknowledged change.

Batches for upload are written to the data folder's `outbox/` and removed once the
county has acknowledged what they hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Table, func, select

from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.store.models import ChangeRecord, SyncBatch
from unionstation.sync.outbox import UNACKNOWLEDGED
from unionstation.sync.transport_http import put_batch

if TYPE_CHECKING:
    from unionstation.sync.station_sync import PushOutcome, SyncService


def push(service: SyncService, context: ServiceContext, home: StationHome,
         url: str) -> PushOutcome:
    from unionstation.sync.station_sync import PushOutcome

    enrolment = service.require_enrolment()
    outbox = home.outbox_dir
    path = _covering_batch(context, outbox)
    if path is None:
        outbox.mkdir(parents=True, exist_ok=True)
        result = service.export_to(outbox)
        path = result.batch
    if path is None:
        _prune(context, outbox)
        return PushOutcome(False, 0, "没有待报送的变更。")
    ack = put_batch(url, enrolment.station_code, path.read_bytes())
    outcome = service.accept_ack(ack)
    _prune(context, outbox)
    return PushOutcome(True, outcome.acknowledged, outcome.message, path)


def _covering_batch(context: ServiceContext, outbox: Path) -> Path | None:
    """An outbox file holding exactly what is unacknowledged now, to send again as is."""
    table = ChangeRecord.__table__
    assert isinstance(table, Table)
    with context.reading() as session:
        first, last, pending = session.execute(
            select(func.min(table.c.change_seq), func.max(table.c.change_seq),
                   func.count().filter(table.c.state == "pending"))
            .where(table.c.state.in_(UNACKNOWLEDGED))).one()
        if first is None or pending:
            return None
        batch = session.scalars(
            select(SyncBatch).where(SyncBatch.destination == str(outbox),
                                    SyncBatch.from_seq <= first, SyncBatch.to_seq == last)
            .order_by(SyncBatch.created_at.desc()).limit(1)).first()
        if batch is None:
            return None
        path = outbox / batch.file_name
    return path if path.exists() else None


def _prune(context: ServiceContext, outbox: Path) -> None:
    """Remove outbox files whose changes the county has all acknowledged."""
    if not outbox.exists():
        return
    with context.reading() as session:
        done = list(session.scalars(select(SyncBatch.file_name).where(
            SyncBatch.destination == str(outbox), SyncBatch.acknowledged_at.is_not(None))))
    for name in done:
        (outbox / name).unlink(missing_ok=True)
