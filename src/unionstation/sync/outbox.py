"""The outbox: every change the county has not acknowledged, written as one batch file.

Delivery is at least once: each batch starts at the first unacknowledged change, so a
stick lost on the way is healed by the next one. A batch counts as exported only after
the file has been written under a temporary name, synced, renamed, read back and its
signature verified.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import String, select, type_coerce, update
from sqlalchemy.orm import Session

from unionstation.services.context import ServiceContext
from unionstation.services.errors import UserError
from unionstation.store.base import table_of
from unionstation.store.models import ChangeRecord, SyncBatch
from unionstation.sync.atomic import write_atomic
from unionstation.sync.batch import batch_file_name, file_sha256, verify_batch, write_batch_body
from unionstation.sync.canonical import encode_text
from unionstation.sync.documents import Enrolment
from unionstation.sync.errors import SyncError

# One batch stays far below the 64 MiB file limit at this many changes (about 100
# compressed bytes each); whatever is left goes in the next export.
MAX_CHANGES_PER_BATCH = 300_000
UNACKNOWLEDGED = ("pending", "exported")


@dataclass(frozen=True)
class ExportResult:
    batch: Path | None
    changes: int
    from_seq: int
    to_seq: int


class ExportFailed(UserError):
    """The batch could not be written or did not read back whole; nothing was marked."""


@dataclass(frozen=True)
class OutboxLines:
    """The change lines of a batch, JSON already written, and the range they cover."""

    lines: list[str]
    from_seq: int
    to_seq: int

    def body(self) -> bytes:
        return ("\n".join(self.lines) + "\n").encode("utf-8")


def _dashed(hex32: str) -> str:
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"


def unacknowledged(session: Session, limit: int = MAX_CHANGES_PER_BATCH) -> OutboxLines:
    """Every change not yet acknowledged, in change_seq order, as JSON lines.

    The row data goes into the line as the text the change log stored, so 150,000
    changes are not parsed and written again; each line is a JSON object with the
    change-line keys in sorted order.
    """
    table = table_of(ChangeRecord)
    rows = session.execute(
        select(type_coerce(table.c.change_id, String), table.c.change_seq, table.c.entity,
               type_coerce(table.c.entity_id, String), table.c.version,
               table.c.base_version, table.c.op, table.c.officer,
               type_coerce(table.c.created_at, String), type_coerce(table.c.data, String))
        .where(table.c.state.in_(UNACKNOWLEDGED))
        .order_by(table.c.change_seq)
        .limit(limit)
    ).all()
    if not rows:
        return OutboxLines([], 0, 0)
    lines = [
        f'{{"base_version":{base},"change_id":"{_dashed(change_id)}","change_seq":{seq},'
        f'"created_at":"{created.replace(" ", "T")}+00:00","data":{data},'
        f'"entity":{encode_text(entity)},"entity_id":"{_dashed(entity_id)}",'
        f'"op":{encode_text(op)},"officer":{encode_text(officer)},"version":{version}}}'
        for change_id, seq, entity, entity_id, version, base, op, officer, created, data
        in rows
    ]
    first, last = rows[0][1], rows[-1][1]
    if last - first + 1 != len(rows):
        raise ExportFailed(
            f"变更记录不连续(第 {first} 至 {last} 条之间缺少记录),"
            "请在“报送”页选择“全部重新报送”。")
    return OutboxLines(lines, first, last)


def previous_sha256(session: Session) -> str | None:
    # By change number, not by the laptop's clock.
    return session.scalar(select(SyncBatch.sha256)
                          .order_by(SyncBatch.to_seq.desc(), SyncBatch.created_at.desc())
                          .limit(1))


def export_batch(context: ServiceContext, folder: Path, *, enrolment: Enrolment,
                 signing_key: Ed25519PrivateKey, destination: str = "") -> ExportResult:
    """Write every unacknowledged change into one batch file in `folder`."""
    if not Path(folder).is_dir():
        raise ExportFailed(f"文件夹 {folder} 不存在(U盘是否已插好?),未生成报送文件。")
    with context.reading() as session:
        outbox = unacknowledged(session)
        previous = previous_sha256(session)
    if not outbox.lines:
        return ExportResult(None, 0, 0, 0)
    batch_id = uuid.uuid4()
    now = context.clock()
    data = write_batch_body(
        outbox.body(), from_change_seq=outbox.from_seq, to_change_seq=outbox.to_seq,
        station_code=enrolment.station_code, batch_id=batch_id,
        previous_batch_sha256=previous, signing_key=signing_key,
        county_public_key=X25519PublicKey.from_public_bytes(enrolment.encryption_public_key),
        created_at=now,
    )
    target = Path(folder) / batch_file_name(enrolment.station_code, batch_id)
    sha = file_sha256(data)
    _write_and_verify(target, data, sha, signing_key)
    _mark_exported(context, batch_id, target.name, sha, outbox.from_seq, outbox.to_seq,
                   destination or str(target.parent), now)
    return ExportResult(target, len(outbox.lines), outbox.from_seq, outbox.to_seq)


def _write_and_verify(target: Path, data: bytes, sha: str, key: Ed25519PrivateKey) -> None:
    try:
        write_atomic(target, data)
        back = _read_from_device(target)
    except OSError as exc:
        raise ExportFailed(
            f"无法写入报送文件 {target}:{exc.strerror or exc}。请检查U盘是否插好、是否已满,"
            "本次变更仍保留在待报送中。") from exc
    if file_sha256(back) != sha:
        target.unlink(missing_ok=True)
        raise ExportFailed(f"报送文件 {target} 写入后读回不一致(U盘可能有问题),已删除,"
                           "变更仍保留在待报送中。请换一个U盘或文件夹再试。")
    try:
        verify_batch(back, key.public_key())
    except SyncError as exc:
        target.unlink(missing_ok=True)
        raise ExportFailed(f"报送文件 {target} 读回校验失败({exc}),已删除,"
                           "变更仍保留在待报送中。") from exc


def _read_from_device(path: Path) -> bytes:
    """The file as the stick holds it: the page cache is dropped first where the system
    allows (Linux), so the read-back is not just the bytes still in memory."""
    with open(path, "rb") as handle:
        advise = getattr(os, "posix_fadvise", None)
        if advise is not None:
            with contextlib.suppress(OSError):
                advise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        return handle.read()


def _mark_exported(context: ServiceContext, batch_id: uuid.UUID, file_name: str, sha: str,
                   from_seq: int, to_seq: int, destination: str, now: datetime) -> None:
    table = table_of(ChangeRecord)
    with context.unit_of_work() as session:
        session.execute(
            update(table)
            .where(table.c.change_seq.between(from_seq, to_seq),
                   table.c.state.in_(UNACKNOWLEDGED))
            .values(state="exported", batch_id=batch_id))
        session.add(SyncBatch(batch_id=batch_id, file_name=file_name, sha256=sha,
                              from_seq=from_seq, to_seq=to_seq,
                              changes=to_seq - from_seq + 1, created_at=now,
                              destination=destination[:500]))
