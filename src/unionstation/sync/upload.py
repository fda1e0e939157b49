"""Upload to the county receiver: the newest batch covering every unacknowledged change.

Batches for upload are written to the data folder's `outbox/` and removed once the
county has acknowledged what they hold, or once a newer batch holds all they held. The
upload is three steps so a window can keep the network off its database thread:
`prepare` (database), `put_batch` (network), `finish` (database).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from unionstation.services.context import ServiceContext
from unionstation.store.base import table_of
from unionstation.store.models import ChangeRecord, SyncBatch
from unionstation.sync.outbox import UNACKNOWLEDGED, waiting_counts
from unionstation.sync.transport_http import put_batch

if TYPE_CHECKING:
    from unionstation.sync.receipts import AckOutcome
    from unionstation.sync.station_sync import PushOutcome, SyncService


@dataclass(frozen=True)
class PreparedUpload:
    """A batch file ready to go up: where it is, whose it is, and where it goes."""

    path: Path
    station_code: str
    url: str


def prepare(service: SyncService, url: str) -> PreparedUpload | None:
    """The batch to upload (written to the outbox if need be), or None when nothing waits."""
    enrolment = service.require_enrolment()
    context, outbox = service.context, service.home.outbox_dir
    service.refresh_figures()
    path = _covering_batch(context, outbox)
    if path is None:
        outbox.mkdir(parents=True, exist_ok=True)
        path = service.export_to(outbox, refresh=False).batch
    _prune(context, outbox, keep=path)
    if path is None:
        return None
    return PreparedUpload(path, enrolment.station_code, url)


def finish(service: SyncService, ack: bytes) -> AckOutcome:
    """Take the county's answer to an upload and tidy the outbox."""
    outcome = service.accept_ack(ack)
    _prune(service.context, service.home.outbox_dir)
    return outcome


def push(service: SyncService, url: str) -> PushOutcome:
    """All three steps in one go (the command line)."""
    from unionstation.sync.station_sync import PushOutcome

    prepared = prepare(service, url)
    if prepared is None:
        return PushOutcome(False, 0, "没有待报送的变更。")
    ack = put_batch(url, prepared.station_code, prepared.path.read_bytes())
    outcome = finish(service, ack)
    return PushOutcome(True, outcome.acknowledged, outcome.message, prepared.path)


def _covering_batch(context: ServiceContext, outbox: Path) -> Path | None:
    """An outbox file holding exactly what is unacknowledged now, to send again as is."""
    table = table_of(ChangeRecord)
    with context.reading() as session:
        first, last = session.execute(
            select(func.min(table.c.change_seq), func.max(table.c.change_seq))
            .where(table.c.state.in_(UNACKNOWLEDGED))).one()
        if first is None or waiting_counts(session)[0]:
            return None
        batch = session.scalars(
            select(SyncBatch).where(SyncBatch.destination == str(outbox),
                                    SyncBatch.from_seq <= first, SyncBatch.to_seq == last)
            .order_by(SyncBatch.to_seq.desc(), SyncBatch.created_at.desc()).limit(1)).first()
        if batch is None:
            return None
        path = outbox / batch.file_name
    return path if path.exists() else None


def _prune(context: ServiceContext, outbox: Path, keep: Path | None = None) -> None:
    """Remove outbox files the county has acknowledged, and (given `keep`, the newest) every
    older one: the newest batch carries all they carried."""
    if not outbox.exists():
        return
    with context.reading() as session:
        done = set(session.scalars(select(SyncBatch.file_name).where(
            SyncBatch.destination == str(outbox), SyncBatch.acknowledged_at.is_not(None))))
    for path in outbox.glob("US1_*.usb"):
        if path.name in done or (keep is not None and path != keep):
            path.unlink(missing_ok=True)
