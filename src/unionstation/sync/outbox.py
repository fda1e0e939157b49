"""The outbox: every change the county has not acknowledged, written as one batch file.

Delivery is at least once: each batch starts at the first unacknowledged change, so a
stick lost on the way is healed by the next one. A batch counts as exported only after
the file has been written under a temporary name, synced, renamed, read back and its
signature verified.

The change log goes into the file as a stream: rows are read STREAM_ROWS at a time, turned
into lines, compressed, sealed and written, so exporting does not hold the batch in memory.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Select, String, cast, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

from unionstation.services.context import ServiceContext
from unionstation.services.errors import UserError
from unionstation.store.atomic import PartFile
from unionstation.store.base import table_of
from unionstation.store.engine import page_cache
from unionstation.store.models import ChangeRecord, SyncBatch
from unionstation.sync.batch import BatchWriter, batch_file_name, verify_batch_file
from unionstation.sync.documents import Enrolment
from unionstation.sync.errors import SyncError

# Whatever is past this many changes goes in the next export. Streaming made memory no
# reason for the cap; it stays because (1) the county's signed ack lists every change it did
# not take in its header, about 200 bytes each, and that header is limited to 64 MiB
# (container.MAX_HEADER_BYTES): 300,000 all-rejected changes still fit; (2) one batch is one
# transaction at the county holding the station's lock, about 20 s at 300,000 changes on an
# office PC; (3) the 64 MiB file and 256 MiB unpacked limits stay well clear (about 100
# compressed and 850 unpacked bytes a change).
MAX_CHANGES_PER_BATCH = 300_000
STREAM_ROWS = 5_000  # change-log rows read, written and sealed at a time
# SQLite's page cache while a batch streams through (KiB). Each page of the change log is
# read, or rewritten, once: a bigger cache only keeps pages that are not needed again
# (the reader's 32 MiB and the writer's 64 MiB were a third of export's peak memory).
STREAM_CACHE_KIB = 4_096
UNACKNOWLEDGED = ("pending", "exported")  # "exported": rows marked before migration 0011
SUPERSEDED = "superseded"  # a batch's ack_status once "resend everything" replaced it


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


def _dashed_sql(column: Any) -> Any:
    """A UUID column (32 hex digits) as text in the 8-4-4-4-12 form, built by SQLite."""
    text = type_coerce(column, String)
    return (func.substr(text, 1, 8) + "-" + func.substr(text, 9, 4) + "-"
            + func.substr(text, 13, 4) + "-" + func.substr(text, 17, 4) + "-"
            + func.substr(text, 21))


def _line_sql() -> Any:
    """A change-log row as its change line (keys sorted, compact), made by SQLite.

    The row data goes in as the text the change log stored, so 150,000 changes are not
    parsed and written again; and SQLite joins the pieces in C, so Python touches one
    text per change instead of ten values. (The county reads every line with a JSON
    parser and hashes it in canonical form, so the line's bytes need only be JSON.)
    """
    table = table_of(ChangeRecord)
    def number(column: Any) -> Any:
        return cast(column, String)

    return (literal('{"base_version":', String) + number(table.c.base_version)
            + ',"change_id":"' + _dashed_sql(table.c.change_id)
            + '","change_seq":' + number(table.c.change_seq)
            + ',"created_at":"' + func.replace(type_coerce(table.c.created_at, String), " ", "T")
            + '+00:00","data":' + type_coerce(table.c.data, String)
            + ',"entity":' + func.json_quote(table.c.entity)
            + ',"entity_id":"' + _dashed_sql(table.c.entity_id)
            + '","officer":' + func.json_quote(table.c.officer)
            + ',"op":' + func.json_quote(table.c.op)
            + ',"version":' + number(table.c.version) + "}")


def _outbox_select(low: int, high: int) -> Select[Any]:
    """Change lines low..high by the unique change_seq index: no sort, nothing held."""
    table = table_of(ChangeRecord)
    return (select(_line_sql())
            .where(table.c.change_seq.between(low, high))
            .order_by(table.c.change_seq))


def outbox_range(session: Session, limit: int = MAX_CHANGES_PER_BATCH) -> tuple[int, int, int]:
    """(first, last, count) of the next batch's changes; (0, 0, 0) when there are none.
    ExportFailed if the change log has a gap in that range."""
    table = table_of(ChangeRecord)
    seqs = (select(table.c.change_seq).where(table.c.state.in_(UNACKNOWLEDGED))
            .order_by(table.c.change_seq).limit(limit).subquery())
    first, last, count = session.execute(
        select(func.min(seqs.c.change_seq), func.max(seqs.c.change_seq), func.count())).one()
    if not count:
        return 0, 0, 0
    if last - first + 1 != count:
        raise ExportFailed(
            f"变更记录不连续(第 {first} 至 {last} 条之间缺少记录),"
            "请在“报送”页选择“全部重新报送”。")
    return int(first), int(last), int(count)


def outbox_lines(session: Session, limit: int = MAX_CHANGES_PER_BATCH,
                 rows_at_a_time: int = STREAM_ROWS,
                 span: tuple[int, int, int] | None = None) -> Iterator[list[str]]:
    """Every change not yet acknowledged, in change_seq order, as JSON lines (_line_sql),
    a few thousand at a time. `span` is outbox_range's answer when the caller has it."""
    first, last, count = span or outbox_range(session, limit)
    # Page by change_seq: every number first..last is an unacknowledged change
    # (outbox_range checked there is no gap), so each page is one index range. A single
    # "state IN (...) ORDER BY change_seq" query made SQLite sort every row, data and all,
    # in memory: 340 MB for a 50,000-member station's first batch.
    for low in range(first, last + 1 if count else first, rows_at_a_time):
        yield list(session.scalars(
            _outbox_select(low, min(last, low + rows_at_a_time - 1))))


def unacknowledged(session: Session, limit: int = MAX_CHANGES_PER_BATCH) -> OutboxLines:
    """outbox_lines all at once (tests and the benchmark's floor)."""
    span = outbox_range(session, limit)
    lines = [line for part in outbox_lines(session, limit, span=span) for line in part]
    first, last, _count = span
    return OutboxLines(lines, first, last)


def streaming_cache(session: Session) -> contextlib.AbstractContextManager[None]:
    """The session's connection with a small page cache (STREAM_CACHE_KIB), then the
    cache it had (a pooled reader keeps its connection, and the register its cache)."""
    return page_cache(session.connection(), STREAM_CACHE_KIB)


def sent_through(session: Session) -> int:
    """The last change number written into a batch that still counts: a batch is
    superseded by "resend everything" and by a re-base. 0 when there is none."""
    return int(session.scalar(select(func.max(SyncBatch.to_seq)).where(
        func.coalesce(SyncBatch.ack_status, "") != SUPERSEDED)) or 0)


def waiting_counts(session: Session) -> tuple[int, int]:
    """(pending, sent): unacknowledged changes in no batch yet, and those in a batch the
    county has not acknowledged. Counted from ix_change_log_state_seq alone."""
    table = table_of(ChangeRecord)
    in_a_batch = or_(table.c.state == "exported", table.c.change_seq <= sent_through(session))
    waiting, sent = session.execute(
        select(func.count(), func.count().filter(in_a_batch))
        .where(table.c.state.in_(UNACKNOWLEDGED))).one()
    return int(waiting) - int(sent), int(sent)


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
    batch_id = uuid.uuid4()
    now = context.clock()
    target = Path(folder) / batch_file_name(enrolment.station_code, batch_id)
    with context.reading() as session, streaming_cache(session):
        first, last, count = outbox_range(session)
        previous = previous_sha256(session)
        if not count:
            return ExportResult(None, 0, 0, 0)
        try:
            part = PartFile(target)
        except OSError as exc:
            raise _unwritable(target, exc) from exc
        try:
            writer = BatchWriter(
                part.handle, station_code=enrolment.station_code, batch_id=batch_id,
                from_change_seq=first, to_change_seq=last, previous_batch_sha256=previous,
                signing_key=signing_key, created_at=now,
                county_public_key=X25519PublicKey.from_public_bytes(
                    enrolment.encryption_public_key))
            for lines in outbox_lines(session, span=(first, last, count)):
                lines.append("")
                writer.write_lines("\n".join(lines).encode("utf-8"))
            writer.finish()
            part.sync()
            part.replace()
        except OSError as exc:
            part.discard()
            raise _unwritable(target, exc) from exc
        except BaseException:
            part.discard()
            raise
    sha = _verify_written(target, signing_key)
    _mark_exported(context, batch_id, target.name, sha, first, last,
                   destination or str(target.parent), now)
    return ExportResult(target, count, first, last)


def _unwritable(target: Path, exc: OSError) -> ExportFailed:
    return ExportFailed(
        f"无法写入报送文件 {target}:{exc.strerror or exc}。请检查U盘是否插好、是否已满,"
        "本次变更仍保留在待报送中。")


def _verify_written(target: Path, key: Ed25519PrivateKey) -> str:
    """The file's SHA-256, once it read back from the device whole and signed."""
    try:
        _drop_cache(target)
        _header, sha = verify_batch_file(target, key.public_key())
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    except SyncError as exc:
        target.unlink(missing_ok=True)
        raise ExportFailed(f"报送文件 {target} 读回校验失败({exc}),已删除,"
                           "变更仍保留在待报送中。请换一个U盘或文件夹再试。") from exc
    return sha


def _drop_cache(path: Path) -> None:
    """Read the file as the stick holds it: the page cache is dropped first where the
    system allows (Linux), so the read-back is not just the bytes still in memory."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    with open(path, "rb") as handle, contextlib.suppress(OSError):
        advise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _mark_exported(context: ServiceContext, batch_id: uuid.UUID, file_name: str, sha: str,
                   from_seq: int, to_seq: int, destination: str, now: datetime) -> None:
    """Note the batch: its row holds the range it carried, and waiting_counts counts the
    changes in it as sent. The rows themselves are not rewritten (a state on each row
    rewrote 128 MB of the change log for a 150,000-change batch: 1.6 s of a 5.5 s export)."""
    with context.unit_of_work() as session:
        session.add(SyncBatch(batch_id=batch_id, file_name=file_name, sha256=sha,
                              from_seq=from_seq, to_seq=to_seq,
                              changes=to_seq - from_seq + 1, created_at=now,
                              destination=destination[:500]))
