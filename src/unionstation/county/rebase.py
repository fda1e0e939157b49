"""The county's re-base file for a station (`county rebase STATION_CODE --out FILE`).

A station restored from an older backup has forgotten changes the county already holds,
and a station rebuilt on a new laptop holds nothing: both are brought back to the county's
state by this file (sync/rebase_file.py holds its form, sync/rebase.py the station's side).
Making it drops the station's parked batches: they wait for changes the station no longer
has, and the station's new changes will take their numbers.
"""

from __future__ import annotations

import io
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, func, select

from unionstation.county.apply import active_members
from unionstation.county.errors import CountyError
from unionstation.county.intake import PARKED
from unionstation.county.models import CountyBatch, CountyChange, CountyRecord, CountyStation
from unionstation.county.service import County
from unionstation.domain.permissions import Action
from unionstation.store.base import table_of, utcnow
from unionstation.sync.documents import Enrolment, write_enrolment
from unionstation.sync.rebase_file import (
    RebaseHeader,
    RebaseRecord,
    RebaseWriter,
    rebase_file_name,
)

_PAGE = 1000  # records read from the database at a time


@dataclass(frozen=True)
class RebaseMade:
    station_code: str
    data: bytes  # the file, when made in memory (b"" when written to a file)
    code: str | None  # the one-time code (None when sealed to a station's download key)
    records: int
    members: int
    applied_through: int
    parked_dropped: int
    file_name: str


def write_rebase_file(county: County, station_code: str, handle: BinaryIO, *,
                      recipient: bytes | None = None,
                      authorised_by_station: bool = False) -> RebaseMade:
    """Write the signed re-base file of `station_code` to the seekable `handle`, page by
    page (admin only, audited). Over HTTP the station's own signed request authorises it
    (county.rebase_http), for its own records sealed to its download key."""
    if not authorised_by_station:
        county.require(Action.COUNTY_MANAGE, "rebase")
    records_t, changes_t = table_of(CountyRecord), table_of(CountyChange)
    with county.store.engine.begin() as connection:
        station = connection.execute(select(
            table_of(CountyStation).c.name, table_of(CountyStation).c.applied_through).where(
            table_of(CountyStation).c.code == station_code)).first()
        if station is None:
            raise CountyError(f"没有代码为“{station_code}”的站点,不能为它制作重建文件。")
        batches = table_of(CountyBatch)
        dropped = connection.execute(delete(batches).where(
            batches.c.station_code == station_code, batches.c.status == PARKED))
        count = int(connection.scalar(select(func.count()).select_from(records_t).where(
            records_t.c.station_code == station_code)) or 0)
        changes = int(connection.scalar(select(func.count()).select_from(changes_t).where(
            changes_t.c.station_code == station_code)) or 0)
        members = active_members(connection, station_code)
        now = utcnow()
        enrolment = Enrolment(
            county_code=county.code, county_name=county.name, station_code=station_code,
            station_name=station.name, encryption_public_key=county.keys.encryption_public,
            signing_public_key=county.keys.signing_public, issued_at=now)
        header = RebaseHeader(
            county_code=county.code, station_code=station_code, station_name=station.name,
            rebase_id=uuid.uuid4(), applied_through=int(station.applied_through),
            records=count, members=members, created_at=now, enrolment=enrolment,
            wrap_kind="code" if recipient is None else "hpke")
        writer = RebaseWriter(handle, header, changes,
                              write_enrolment(enrolment, county.keys.signing),
                              county.keys.signing, recipient=recipient)
        for (change_id,) in connection.execute(
                select(changes_t.c.change_id).where(changes_t.c.station_code == station_code)
                .execution_options(yield_per=_PAGE)):
            writer.add_change_id(change_id.hex)
        for row in connection.execute(
                select(records_t.c.entity, records_t.c.entity_id, records_t.c.version,
                       records_t.c.deleted, records_t.c.change_seq, records_t.c.data)
                .where(records_t.c.station_code == station_code)
                .order_by(records_t.c.change_seq).execution_options(yield_per=_PAGE)):
            writer.add_record(RebaseRecord(row.entity, str(row.entity_id), row.version,
                                           bool(row.deleted), row.change_seq, dict(row.data)))
        code = writer.finish()
    parked = int(getattr(dropped, "rowcount", 0) or 0)
    county.audit("county.rebase", "station", station_code,
                 f"records={count} applied_through={header.applied_through} "
                 f"parked_dropped={parked} via={header.wrap_kind}")
    return RebaseMade(station_code, b"", code, count, members, header.applied_through,
                      parked, rebase_file_name(station_code, header.rebase_id))


def build_rebase(county: County, station_code: str, *, recipient: bytes | None = None,
                 authorised_by_station: bool = False) -> RebaseMade:
    """The re-base file in memory (an HTTP answer, tests): see write_rebase_file."""
    handle = io.BytesIO()
    made = write_rebase_file(county, station_code, handle, recipient=recipient,
                             authorised_by_station=authorised_by_station)
    return replace(made, data=handle.getvalue())


def make_rebase_file(county: County, station_code: str, out: Path) -> tuple[RebaseMade, Path]:
    """Write the re-base file to `out` (a folder or a file name), streamed to a partial
    file beside it that takes its name once complete and flushed to disk."""
    partial = (out if out.is_dir() else out.parent) / f".{uuid.uuid4().hex}.partial"
    try:
        with open(partial, "xb") as handle:
            os.chmod(partial, 0o600)
            made = write_rebase_file(county, station_code, handle)
            handle.flush()
            os.fsync(handle.fileno())
        target = out / made.file_name if out.is_dir() else out
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CountyError(f"无法写入 {out}:{exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return made, target
