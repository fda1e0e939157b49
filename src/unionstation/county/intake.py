"""Batch intake (DESIGN.md section 3): check, decrypt, stage, apply once, acknowledge.

The order matters: size and header first, then the station, its pinned key and the
signature, all before a byte is decrypted; then decryption and the format of every change;
then one transaction that applies the batch, stores its signed ack and commits. A refused
batch changes nothing but an alert, written in its own transaction. A file seen before
gets the very same ack bytes back. A batch that starts past what was applied waits,
parked with its bytes, until the changes before it arrive; each import then lets through
whatever it made contiguous.
"""

from __future__ import annotations

import gc
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, delete, insert, select, update

from unionstation.county.apply import PROJECTED, BatchApplier, ConflictingDuplicate, active_members
from unionstation.county.county_keys import CountyKeys
from unionstation.county.models import CountyAlert, CountyBatch, CountyStation, CountyStationKey
from unionstation.county.reader import read_chunks
from unionstation.county.staging import Staged, synced_entities
from unionstation.county.store import CountyStore
from unionstation.services.gc_pause import cyclic_gc_paused
from unionstation.store.base import table_of, utcnow
from unionstation.sync.ack import Ack, AckIssue, ack_file_name_for, write_ack
from unionstation.sync.batch import (
    BatchHeader,
    batch_file_name,
    file_sha256,
    peek_batch,
    verify_batch,
)
from unionstation.sync.errors import SyncError

log = logging.getLogger(__name__)

APPLIED, DUPLICATE, PARKED, REFUSED = "applied", "duplicate", "parked", "refused"


@dataclass(frozen=True)
class IntakeOutcome:
    """What became of one batch file; `ack` is the signed receipt to send back."""

    status: str  # applied | duplicate | parked | refused
    code: str  # "" or the refusal's code
    reason: str  # for people, in Chinese
    station_code: str
    batch_id: uuid.UUID | None
    ack: bytes | None
    ack_name: str | None
    released: list[IntakeOutcome] = field(default_factory=list)
    # Where this batch came from: the `source` it was imported with (a released batch's is
    # the one it was parked from, or its batch file name when that was not given).
    source: str = ""


class Refused(Exception):
    """A check failed: the batch is refused whole with this code and reason."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class _Stored:
    status: str
    ack: bytes | None


@dataclass(frozen=True)
class _Checked:
    header: BatchHeader
    sha256: str


# Changes staged, validated and applied at a time: memory holds one chunk of a batch.
APPLY_CHUNK = 1_000
# SQLite's page cache while a batch is applied (KiB): the store's 64 MiB was a quarter of
# an import's peak memory. Below the index pages a first batch keeps changing (random
# UUIDs, some 40 MiB at 50,000 members), dirty pages spill to the WAL again and again:
# 16 MiB wrote 1.5 GB for a 380 MB store and spent 1.3 s more in SQLite than 32 MiB,
# which wrote half; 24 MiB takes most of that gain for 9 MB of peak memory (232 MB).
# (The writer's connection is not pooled.)
IMPORT_CACHE_KIB = 24_576
GC_EVERY = 8  # chunks


class Intake:
    """Imports batch files into one county store, signing acks with the county's key."""

    def __init__(self, store: CountyStore, keys: CountyKeys, county_code: str,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.keys = keys
        self.county_code = county_code
        self.clock = clock
        self._alert = True  # whether the refusal being handled records an alert

    def import_batch(self, data: bytes, source: str = "", *, sha256: str | None = None,
                     header: BatchHeader | None = None,
                     alert_unverified: bool = True) -> IntakeOutcome:
        """Import one batch file. A caller that already hashed the bytes (`sha256`) or read
        their header (`header`, from peek_batch) hands them over, so neither is done twice.
        `alert_unverified=False` (the receiver, past its one alert per sender and hour)
        records no alert for a batch refused before its signature was found good."""
        with cyclic_gc_paused():
            outcome = self._receive(data, source, sha256, header, alert_unverified)
            if outcome.status in (APPLIED, DUPLICATE):
                return replace(outcome, released=self._release(outcome.station_code))
            return outcome

    # -- the checks, in order ------------------------------------------------------------

    def _receive(self, data: bytes, source: str, sha256: str | None = None,
                 peeked: BatchHeader | None = None,
                 alert_unverified: bool = True) -> IntakeOutcome:
        return replace(self._check_and_apply(data, source, sha256, peeked, alert_unverified),
                       source=source)

    def _check_and_apply(self, data: bytes, source: str, sha256: str | None,
                         peeked: BatchHeader | None,
                         alert_unverified: bool = True) -> IntakeOutcome:
        sha = sha256 or file_sha256(data)
        header: BatchHeader | None = None
        self._alert = alert_unverified
        try:
            header = peeked or peek_batch(data)
            stored = self._verify(data, header, sha)
            self._alert = True  # a refusal of a signed batch is always worth an alert
            if stored is not None and stored.status != PARKED:
                return self._replayed(header, stored)
            # A parked file sent again is tried again: the gap may have closed meanwhile.
            # The changes are read, checked and applied chunk by chunk in one transaction:
            # a fault found at any point (a damaged line, a conflicting duplicate) rolls
            # back everything applied before it.
            checked = _Checked(header, sha)
            with self.store.engine.begin() as connection:
                return self._apply(connection, checked, data, source)
        except SyncError as exc:
            return self._refuse(exc.code, str(exc), header, sha, source)
        except Refused as exc:
            return self._refuse(exc.code, exc.reason, header, sha, source)
        except ConflictingDuplicate as exc:
            assert header is not None
            reason = (f"站点“{header.station_code}”的第 {exc.seq} 条变更县里已经收到过,"
                      "但这次的内容不同:整批不予接收,已记录警报,请与该站核查。")
            return self._refuse("conflicting_duplicate", reason, header, sha, source)

    def _verify(self, data: bytes, header: BatchHeader, sha: str) -> _Stored | None:
        """Station known, key pinned and not revoked, signature good; the stored batch."""
        code = header.station_code
        batches = table_of(CountyBatch)
        with self.store.read_session_factory() as session:
            station = session.get(CountyStation, code)
            key = session.get(CountyStationKey, header.signer_key_id)
            row = session.execute(select(batches.c.status, batches.c.ack)
                                  .where(batches.c.sha256 == sha)).first()
        stored = _Stored(row.status, row.ack) if row is not None else None
        if station is None:
            raise Refused("unknown_station",
                          f"县总工会没有登记站点“{code}”:请先为该站签发登记文件并登记它的公钥。")
        if key is None or key.station_code != code:
            raise Refused("unknown_key",
                          f"站点“{code}”的签名密钥 {header.signer_key_id} 没有在县总工会登记:"
                          "请登记该站的公钥文件(核对指纹)后再导入。")
        if key.revoked_at is not None:
            raise Refused("revoked_key",
                          f"站点“{code}”的签名密钥 {header.signer_key_id} 已被吊销,"
                          "用它签名的批次不予接收。")
        verify_batch(data, Ed25519PublicKey.from_public_bytes(key.public_key))
        return stored

    def _chunks(self, data: bytes, changes: int) -> Iterator[list[Staged]]:
        """The batch's changes, decrypted, staged and validated, APPLY_CHUNK at a time
        (by a reader process when the batch is large: county.reader)."""
        return read_chunks(data, self.keys.encryption, changes=changes, chunk=APPLY_CHUNK,
                           entities=synced_entities(), parsed=PROJECTED)

    # -- applying ------------------------------------------------------------------------

    def _apply(self, connection: Connection, checked: _Checked, data: bytes,
               source: str) -> IntakeOutcome:
        header, sha = checked.header, checked.sha256
        stations, batches = table_of(CountyStation), table_of(CountyBatch)
        # The station's row is the lock that queues its imports (SQLite: BEGIN IMMEDIATE),
        # so what was read before it may have changed: the batch's row is read again.
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
        applied_through = connection.execute(
            select(stations.c.applied_through).where(stations.c.code == header.station_code)
            .with_for_update()).scalar_one()
        row_now = connection.execute(
            select(batches.c.status, batches.c.ack).where(batches.c.sha256 == sha)).first()
        stored = _Stored(row_now.status, row_now.ack) if row_now is not None else None
        if stored is not None and stored.status != PARKED:  # applied meanwhile
            return self._replayed(header, stored)
        now = self.clock()
        row: dict[str, Any] = {
            "sha256": sha, "batch_id": header.batch_id, "station_code": header.station_code,
            "from_seq": header.from_change_seq, "to_seq": header.to_change_seq,
            "changes": header.changes, "received_at": now, "source": source[:300]}
        if header.from_change_seq > applied_through + 1:
            if stored is not None:  # still waiting: the same parked ack as before
                return self._replayed(header, stored)
            for _chunk in self._chunks(data, header.changes):  # parked only if every change reads
                pass
            ack = self._sign(header, sha, PARKED, applied_through, (), [],
                             active_members(connection, header.station_code),
                             self._disbursed(connection, header.station_code))
            connection.execute(insert(batches).values(
                **row, status=PARKED, applied_at=None, ack=ack, data=data))
            log.info("batch %s of %s parked: starts at %d, applied through %d",
                     header.batch_id, header.station_code, header.from_change_seq,
                     applied_through)
            return self._outcome(PARKED, header, ack)
        chunks = self._chunks(data, header.changes)  # a reader starts reading now
        applier = BatchApplier(connection, header.station_code, sha, applied_through, now,
                               header.changes)
        for number, chunk in enumerate(chunks, 1):
            applier.feed(chunk)
            # The cyclic collector is paused (import_batch), and each chunk leaves cycles
            # (SQLAlchemy's statements and results): 150 bytes a change, kept until the
            # batch ends. The young generations hold only what came since the last
            # collection, so collecting them every few chunks is quick and keeps memory
            # flat (a collection's time is mostly the chunk still alive, so not each one).
            if number % GC_EVERY == 0:
                gc.collect(1)
        result = applier.finish()
        ack = self._sign(header, sha, APPLIED, result.applied_through, result.runs,
                         result.issues, result.active_members,
                         self._disbursed(connection, header.station_code))
        status = DUPLICATE if result.all_duplicate else APPLIED
        values = {"status": status, "applied_at": now, "ack": ack, "data": None}
        if stored is not None:  # a parked batch, let through now
            connection.execute(update(batches).where(batches.c.sha256 == sha).values(**values))
        else:
            connection.execute(insert(batches).values(**row, **values))
        log.info("batch %s of %s %s: changes %d-%d, applied through %d",
                 header.batch_id, header.station_code, status, header.from_change_seq,
                 header.to_change_seq, result.applied_through)
        return self._outcome(status, header, ack)

    def _sign(self, header: BatchHeader, sha: str, status: str, applied_through: int,
              ack_runs: tuple[tuple[int, int, str], ...], issues: list[AckIssue],
              members: int, disbursed: str = "0.00") -> bytes:
        ack = Ack(
            county_code=self.county_code, station_code=header.station_code,
            batch_id=header.batch_id, batch_sha256=sha, status=status,
            from_change_seq=header.from_change_seq, to_change_seq=header.to_change_seq,
            applied_through_change_seq=applied_through, runs=ack_runs, issues=tuple(issues),
            counts={"active_members": members, "disbursed_this_year": disbursed},
            signer_key_id=self.keys.signing_key_id, issued_at=self.clock(),
        )
        return write_ack(ack, self.keys.signing)

    def _disbursed(self, connection: Connection, station_code: str) -> str:
        """The station's payments of the county's current year, as the ack reports them."""
        from unionstation.county.hardship import disbursed

        total = disbursed(connection, station_code, self.clock().astimezone().year)
        return f"{total:.2f}"

    def _release(self, station_code: str) -> list[IntakeOutcome]:
        """Apply the parked batches this station's progress made contiguous, one by one."""
        released: list[IntakeOutcome] = []
        tried: set[str] = set()
        batches, stations = table_of(CountyBatch), table_of(CountyStation)
        while True:
            with self.store.reader.connect() as connection:
                through = connection.execute(select(stations.c.applied_through).where(
                    stations.c.code == station_code)).scalar_one()
                candidate = connection.execute(
                    select(batches.c.sha256, batches.c.data, batches.c.source,
                           batches.c.batch_id).where(
                        batches.c.station_code == station_code, batches.c.status == PARKED,
                        batches.c.from_seq <= through + 1, batches.c.sha256.not_in(tried))
                    .order_by(batches.c.from_seq, batches.c.to_seq.desc()).limit(1)).first()
            if candidate is None:
                return released
            tried.add(candidate.sha256)
            source = candidate.source or batch_file_name(station_code, candidate.batch_id)
            outcome = self._receive(bytes(candidate.data), source)
            if outcome.status == REFUSED:  # e.g. its key was revoked while it waited
                with self.store.engine.begin() as connection:
                    connection.execute(delete(batches).where(
                        batches.c.sha256 == candidate.sha256, batches.c.status == PARKED))
            released.append(outcome)

    # -- outcomes ------------------------------------------------------------------------

    def _outcome(self, status: str, header: BatchHeader, ack: bytes | None) -> IntakeOutcome:
        reason = {
            APPLIED: "已接收",
            DUPLICATE: "此前已接收,回执与上次相同" if ack is not None else "此前已接收",
            PARKED: "前面的批次还没到,此批已暂存,等缺的批次到了自动接收",
        }.get(status, "")
        name = (ack_file_name_for(header.station_code, header.batch_id)
                if ack is not None else None)
        return IntakeOutcome(status, "", reason, header.station_code, header.batch_id, ack, name)

    def _replayed(self, header: BatchHeader, stored: _Stored) -> IntakeOutcome:
        return self._outcome(PARKED if stored.status == PARKED else DUPLICATE, header,
                             stored.ack)

    def _refuse(self, code: str, reason: str, header: BatchHeader | None, sha: str,
                source: str) -> IntakeOutcome:
        station_code = header.station_code if header is not None else ""
        detail = f"{reason}(文件 {source or '未注明'},SHA-256 {sha[:16]}…)"
        if self._alert:
            with self.store.engine.begin() as connection:
                connection.execute(insert(table_of(CountyAlert)).values(
                    at=self.clock(), station_code=station_code[:32], kind=code[:32],
                    detail=detail))
        log.warning("batch refused (%s) from %s, sha256 %s", code, station_code or "?", sha)
        return IntakeOutcome(REFUSED, code, reason, station_code,
                             header.batch_id if header is not None else None, None, None)

