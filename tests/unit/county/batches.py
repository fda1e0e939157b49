"""Test helpers: real station data, read from its change log, as signed batch files.

The station side's own outbox (sync/outbox.py) does this for real; this small copy keeps
the county's tests independent of it and lets a test pick any range of changes, or
tamper with a line before signing.
"""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select

from unionstation.county.service import County
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import ChangeRecord
from unionstation.sync import batch
from unionstation.sync.ack import Ack, read_ack
from unionstation.sync.batch import write_batch
from unionstation.sync.documents import StationKeyFile, read_enrolment, write_station_key
from unionstation.sync.keys import generate_signing_key, raw_public_key


def change_lines(runtime: StationRuntime, after: int = 0,
                 through: int | None = None) -> list[dict[str, Any]]:
    """The station's change records after `after` (up to `through`) as change lines."""
    with runtime.database.session_factory() as session:
        query = select(ChangeRecord).where(ChangeRecord.change_seq > after)
        if through is not None:
            query = query.where(ChangeRecord.change_seq <= through)
        records = session.scalars(query.order_by(ChangeRecord.change_seq))
        return [
            {"change_id": str(r.change_id), "change_seq": r.change_seq, "entity": r.entity,
             "entity_id": str(r.entity_id), "version": r.version,
             "base_version": r.base_version, "op": r.op, "officer": r.officer,
             "created_at": r.created_at.isoformat(), "data": r.data}
            for r in records
        ]


def last_seq(runtime: StationRuntime) -> int:
    lines = change_lines(runtime)
    return int(lines[-1]["change_seq"]) if lines else 0


@dataclass
class TestStation:
    """A station paired with the county: its code, data, key, and the county's key."""

    __test__ = False  # not a test class, despite the name

    code: str
    runtime: StationRuntime
    signing_key: Ed25519PrivateKey
    county_key: X25519PublicKey
    batch_ids: list[uuid.UUID] = field(default_factory=list)

    def lines(self, after: int = 0, through: int | None = None) -> list[dict[str, Any]]:
        return change_lines(self.runtime, after, through)

    def batch(self, after: int = 0, through: int | None = None, *,
              edit: Callable[[list[dict[str, Any]]], None] | None = None,
              lines: list[dict[str, Any]] | None = None,
              signing_key: Ed25519PrivateKey | None = None,
              county_key: X25519PublicKey | None = None) -> bytes:
        """A signed batch of the changes after `after`; `edit` may change the lines first."""
        chosen = lines if lines is not None else self.lines(after, through)
        if edit is not None:
            edit(chosen)
        batch_id = uuid.uuid4()
        self.batch_ids.append(batch_id)
        return write_batch(
            chosen, station_code=self.code, batch_id=batch_id, previous_batch_sha256=None,
            signing_key=signing_key or self.signing_key,
            county_public_key=county_key or self.county_key,
            created_at=datetime.now(UTC))


def signed_body(station: TestStation, body: bytes, first: int, last: int) -> bytes:
    """A batch of any body (JSON Lines, gzipped here), sealed and signed by the station."""
    return batch._seal(gzip.compress(body, mtime=0), station_code=station.code,
                       batch_id=uuid.uuid4(), from_change_seq=first, to_change_seq=last,
                       previous_batch_sha256=None, signing_key=station.signing_key,
                       county_public_key=station.county_key, created_at=datetime.now(UTC))


def station_key_file(code: str, name: str, key: Ed25519PrivateKey) -> bytes:
    document = StationKeyFile(station_code=code, station_name=name,
                              public_key=raw_public_key(key.public_key()),
                              created_at=datetime.now(UTC))
    return write_station_key(document, key)


def pair(county: County, runtime: StationRuntime, code: str = "S01",
         name: str = "测试街道总工会", *, register: bool = True) -> TestStation:
    """Enrol a station at the county and (unless told not to) register its key."""
    enrolment = read_enrolment(county.enrol_station(code, name))
    key = generate_signing_key()
    if register:
        county.register_station_key(station_key_file(code, name, key))
    return TestStation(code, runtime, key,
                       X25519PublicKey.from_public_bytes(enrolment.encryption_public_key))


def read(county: County, data: bytes | None) -> Ack:
    """The county's ack, checked against the county's signing key."""
    assert data is not None
    return read_ack(data, county.keys.signing.public_key())


def county_state(county: County) -> dict[str, Any]:
    """Everything intake may change, except the alerts: to show a refusal changed nothing."""
    from sqlalchemy import func

    from unionstation.county.models import (
        CountyBatch,
        CountyChange,
        CountyConflict,
        CountyMember,
        CountyRecord,
        CountyStation,
        CountyTransfer,
        CountyUnion,
    )

    with county.store.read_session_factory() as session:
        state: dict[str, Any] = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (CountyBatch, CountyChange, CountyConflict, CountyMember,
                          CountyRecord, CountyTransfer, CountyUnion)
        }
        state["stations"] = sorted(session.execute(
            select(CountyStation.code, CountyStation.applied_through,
                   CountyStation.last_batch_at)))
        state["records"] = sorted(session.execute(
            select(CountyRecord.entity_id, CountyRecord.version,
                   CountyRecord.deleted)))
    return state


def member_id(station: TestStation, name: str) -> uuid.UUID:
    """The id of the station's member of that name (from its change log)."""
    return next(uuid.UUID(line["entity_id"]) for line in station.lines()
                if line["entity"] == "member" and line["data"]["name"] == name)
