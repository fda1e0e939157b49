"""County mode's one entry point: `County`, opened on a county data folder.

The CLI, the county window and the HTTP receiver all go through it: stations and their
keys, batch intake, and the consolidated views (members, cases, figures, alerts).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionstation.county.consolidation import (
    CaseRow,
    CountyMemberRow,
    StationFigures,
    find_cases,
    list_members,
    station_figures,
)
from unionstation.county.county_keys import CountyKeys, generate_county_keys, load_county_keys
from unionstation.county.errors import AlreadyInitialised, CountyError
from unionstation.county.home import CountyConfig, CountyHome
from unionstation.county.intake import (
    APPLIED,
    DUPLICATE,
    PARKED,
    REFUSED,
    Intake,
    IntakeOutcome,
)
from unionstation.county.models import (
    CountyAlert,
    CountyBatch,
    CountyInfo,
    CountyMember,
    CountyStation,
    CountyStationKey,
)
from unionstation.county.store import CountyStore, masked_url, normalise_url, open_county_store
from unionstation.store.base import utcnow
from unionstation.sync.atomic import write_atomic
from unionstation.sync.batch import MAX_FILE_BYTES
from unionstation.sync.documents import Enrolment, read_station_key, write_enrolment
from unionstation.sync.errors import SyncError
from unionstation.sync.keys import fingerprint

__all__ = [
    "AlertRow",
    "County",
    "CountyInfoView",
    "IntakeOutcome",
    "StationView",
    "init_county",
    "open_county",
]

_COUNTY_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,11}")
_STATION_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")


@dataclass(frozen=True)
class CountyInfoView:
    code: str
    name: str
    encryption_key_id: str
    signing_key_id: str
    signing_fingerprint: str
    db_url_masked: str


@dataclass(frozen=True)
class StationView:
    code: str
    name: str
    key_id: str | None
    fingerprint: str | None
    revoked: bool
    applied_through: int
    last_batch_at: datetime | None
    parked: int
    members: int


@dataclass(frozen=True)
class AlertRow:
    at: datetime
    station_code: str
    kind: str
    detail: str


def _check_code(code: str, pattern: re.Pattern[str], what: str, longest: int) -> str:
    code = code.strip()
    if not pattern.fullmatch(code):
        raise CountyError(f"{what}“{code}”不合格式:请用 1 至 {longest} 位字母、数字、"
                          "“-”或“_”,以字母或数字开头。")
    return code


def _check_name(name: str, what: str) -> str:
    name = name.strip()
    if not name or len(name) > 100:
        raise CountyError(f"{what}不能为空,也不能超过 100 个字。")
    return name


class County:
    """An open county: its store, keys and name. Close it when done."""

    def __init__(self, home: CountyHome, store: CountyStore, keys: CountyKeys,
                 code: str, name: str) -> None:
        self.home = home
        self.store = store
        self.keys = keys
        self.code = code
        self.name = name
        self.intake = Intake(store, keys, code)

    # -- sessions ------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        with self.store.session_factory() as session, session.begin():
            yield session

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self.store.read_session_factory() as session:
            yield session

    def close(self) -> None:
        self.store.dispose()

    def __enter__(self) -> County:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the county and its stations -----------------------------------------------------

    def info(self) -> CountyInfoView:
        return CountyInfoView(
            code=self.code, name=self.name, encryption_key_id=self.keys.encryption_key_id,
            signing_key_id=self.keys.signing_key_id,
            signing_fingerprint=self.keys.signing_fingerprint,
            db_url_masked=masked_url(self.store.url))

    def enrol_station(self, code: str, name: str) -> bytes:
        """Record (or rename) the station and return its signed enrolment file."""
        code = _check_code(code, _STATION_CODE, "站点代码", 32)
        name = _check_name(name, "站点名称")
        with self._writing() as session:
            station = session.get(CountyStation, code)
            if station is None:
                session.add(CountyStation(code=code, name=name, applied_through=0))
            else:
                station.name = name
        enrolment = Enrolment(
            county_code=self.code, county_name=self.name, station_code=code,
            station_name=name, encryption_public_key=self.keys.encryption_public,
            signing_public_key=self.keys.signing_public, issued_at=utcnow())
        return write_enrolment(enrolment, self.keys.signing)

    def register_station_key(self, data: bytes) -> StationView:
        """Pin a station's public key (the officer has read its fingerprint by phone)."""
        try:
            document = read_station_key(data)
        except SyncError as exc:
            raise CountyError(f"站点公钥文件无效:{exc}") from exc
        raw = document.public_key
        key_id = document.key_id
        with self._writing() as session:
            if session.get(CountyStation, document.station_code) is None:
                raise CountyError(
                    f"县总工会从未给站点“{document.station_code}”签发登记文件,不能登记它的公钥。"
                    "请先运行 county enrol 为该站签发登记文件。")
            key = session.get(CountyStationKey, key_id)
            if key is not None and key.station_code != document.station_code:
                raise CountyError(f"这把公钥({key_id})已登记在站点“{key.station_code}”名下。")
            if key is not None and key.revoked_at is not None:
                raise CountyError(f"这把公钥({key_id})已被吊销,不能再次登记;请该站生成新密钥。")
            if key is None:
                session.add(CountyStationKey(
                    key_id=key_id, station_code=document.station_code, public_key=raw,
                    fingerprint=fingerprint(raw)))
        return self.station(document.station_code)

    def revoke_key(self, key_id_or_station_code: str) -> int:
        """Revoke one key by its id, or every key of a station by its code."""
        target = key_id_or_station_code.strip()
        now = utcnow()
        with self._writing() as session:
            key = session.get(CountyStationKey, target)
            if key is not None:
                keys = [key]
            elif session.get(CountyStation, target) is not None:
                keys = list(session.scalars(select(CountyStationKey).where(
                    CountyStationKey.station_code == target)))
            else:
                raise CountyError(f"没有编号为“{target}”的密钥,也没有代码为“{target}”的站点。")
            revoked = 0
            for each in keys:
                if each.revoked_at is None:
                    each.revoked_at = now
                    revoked += 1
        return revoked

    def stations(self) -> list[StationView]:
        with self._reading() as session:
            codes = list(session.scalars(select(CountyStation.code).order_by(CountyStation.code)))
            return [self._station_view(session, code) for code in codes]

    def station(self, code: str) -> StationView:
        with self._reading() as session:
            if session.get(CountyStation, code) is None:
                raise CountyError(f"没有代码为“{code}”的站点。")
            return self._station_view(session, code)

    def _station_view(self, session: Session, code: str) -> StationView:
        station = session.get(CountyStation, code)
        assert station is not None
        keys = list(session.scalars(select(CountyStationKey).where(
            CountyStationKey.station_code == code).order_by(
            CountyStationKey.registered_at.desc(), CountyStationKey.key_id)))
        live = [key for key in keys if key.revoked_at is None]
        shown = live[0] if live else (keys[0] if keys else None)
        parked = session.scalar(select(func.count()).select_from(CountyBatch).where(
            CountyBatch.station_code == code, CountyBatch.status == PARKED)) or 0
        members = session.scalar(select(func.count()).select_from(CountyMember).where(
            CountyMember.station_code == code, CountyMember.status == "active",
            CountyMember.deleted.is_(False))) or 0
        return StationView(
            code=code, name=station.name,
            key_id=shown.key_id if shown else None,
            fingerprint=shown.fingerprint if shown else None,
            revoked=shown is not None and shown.revoked_at is not None,
            applied_through=station.applied_through, last_batch_at=station.last_batch_at,
            parked=parked, members=members)

    # -- intake --------------------------------------------------------------------------

    def import_batch(self, data: bytes, source: str = "") -> IntakeOutcome:
        return self.intake.import_batch(data, source)

    def import_paths(self, paths: Sequence[Path], acks_to: Path | None = None) -> dict[str, Any]:
        """Import batch files and folders of them (every *.usb, sorted); the CLI's JSON."""
        result: dict[str, Any] = {"applied": 0, "duplicates": 0, "parked": 0, "refused": [],
                                  "acks": []}
        if acks_to is not None:
            Path(acks_to).mkdir(parents=True, exist_ok=True)
        for path in batch_files(paths):
            try:
                data = read_batch_file(path)
            except OSError as exc:
                result["refused"].append({"file": str(path),
                                          "reason": f"无法读取文件:{exc.strerror or exc}"})
                continue
            outcome = self.import_batch(data, source=str(path))
            _count(result, outcome, str(path))
            for each in outcome.released:  # parked batches this file let through
                _count(result, each, each.source)
            if acks_to is not None:
                for target in write_acks(outcome, Path(acks_to)):
                    if str(target) not in result["acks"]:
                        result["acks"].append(str(target))
        return result

    # -- consolidation -------------------------------------------------------------------

    def members(self, search: str = "", station: str | None = None, limit: int | None = None,
                offset: int = 0) -> tuple[int, list[CountyMemberRow]]:
        with self._reading() as session:
            return list_members(session, search, station, limit, offset)

    def cases(self) -> list[CaseRow]:
        with self._reading() as session:
            return find_cases(session)

    def figures(self, year: int | None = None) -> list[StationFigures]:
        with self._reading() as session:
            return station_figures(session, year)

    def alerts(self, limit: int | None = None) -> list[AlertRow]:
        """The newest alerts first (at most `limit`)."""
        with self._reading() as session:
            rows = session.scalars(select(CountyAlert).order_by(
                CountyAlert.at.desc(), CountyAlert.id.desc()).limit(limit))
            return [AlertRow(row.at, row.station_code, row.kind, row.detail) for row in rows]


def batch_files(paths: Sequence[Path]) -> list[Path]:
    """The batch files named: folders give every *.usb inside, sorted."""
    return list(_batch_files(paths))


def _batch_files(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from sorted(child for child in path.glob("*.usb") if child.is_file())
        else:
            yield path


def write_acks(outcome: IntakeOutcome, folder: Path) -> list[Path]:
    """Write the ack of an intake, and of each parked batch it let through, into `folder`."""
    written: list[Path] = []
    for each in (outcome, *outcome.released):
        if each.ack is not None and each.ack_name:
            target = folder / each.ack_name
            write_atomic(target, each.ack)
            written.append(target)
    return written


def read_batch_file(path: Path) -> bytes:
    """The file, or its first MAX_FILE_BYTES + 1 bytes (enough for intake to say too large)."""
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def _count(result: dict[str, Any], outcome: IntakeOutcome, file: str) -> None:
    """Count one outcome; a refusal is listed under `file`, the batch it concerns."""
    if outcome.status == APPLIED:
        result["applied"] += 1
    elif outcome.status == DUPLICATE:
        result["duplicates"] += 1
    elif outcome.status == PARKED:
        result["parked"] += 1
    elif outcome.status == REFUSED:
        result["refused"].append({"file": file, "reason": outcome.reason})


# -- opening and creating ---------------------------------------------------------------


def open_county(home: CountyHome, db_url: str | None = None) -> County:
    """Open an initialised county folder (its store migrated to the newest schema)."""
    config = home.read_config()  # NotACountyHome for a folder without county.json
    url = normalise_url(home.db_url(db_url))
    try:
        keys = load_county_keys(home)
    except SyncError as exc:
        raise CountyError(f"县总工会密钥文件有问题:{exc}") from exc
    store = open_county_store(url)
    try:
        with store.read_session_factory() as session:
            info = session.get(CountyInfo, config.code)
            others = session.scalar(select(func.count()).select_from(CountyInfo))
        if info is None:
            raise CountyError(
                f"数据库 {masked_url(url)} 不是县总工会“{config.code}”的数据库"
                + ("(它属于另一个县)。" if others else "(它是空的,请检查 --db 参数)。"))
        name = info.name
    except Exception:
        store.dispose()
        raise
    return County(home, store, keys, config.code, name)


def init_county(home: CountyHome, name: str, code: str, db_url: str | None = None) -> County:
    """Create a county folder: both keys, the store's schema, then county.json.

    county.json is written last, so a failure part way leaves a folder that is not yet
    a county's and `init` can simply be run again (reusing keys already made).
    """
    if home.is_initialised():
        raise AlreadyInitialised(f"{home.root} 已经是县总工会数据文件夹,不能重复初始化。")
    name = _check_name(name, "县总工会名称")
    code = _check_code(code, _COUNTY_CODE, "县总工会代码", 12)
    home.ensure()
    try:
        keys = generate_county_keys(home)
    except SyncError as exc:
        raise CountyError(f"县总工会密钥文件有问题:{exc}") from exc
    url = normalise_url(db_url or home.default_db_url)
    store = open_county_store(url)
    try:
        with store.session_factory() as session, session.begin():
            existing = list(session.scalars(select(CountyInfo)))
            if any(info.code != code for info in existing):
                raise AlreadyInitialised(
                    f"数据库 {masked_url(url)} 已属于另一个县总工会({existing[0].code}),"
                    "请换一个空数据库。")
            if not existing:
                session.add(CountyInfo(code=code, name=name))
            else:
                existing[0].name = name
        home.write_config(CountyConfig(code=code, db_url=url if db_url else None))
    except Exception:
        store.dispose()
        raise
    return County(home, store, keys, code, name)
