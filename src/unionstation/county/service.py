"""County mode's one entry point: `County`, opened on a county data folder.

The CLI, the county window and the HTTP receiver all go through it: stations and their
keys, batch intake, and the consolidated views (members, cases, figures, alerts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionstation.county.access import CountyAccess
from unionstation.county.batch_files import batch_files, count_outcome, read_batch_file, write_acks
from unionstation.county.consolidation import (
    CaseRow,
    StationFigures,
    find_cases,
    list_members,
    station_figures,
)
from unionstation.county.county_keyring import store_key
from unionstation.county.county_keys import CountyKeys, generate_county_keys, load_county_keys
from unionstation.county.errors import AlreadyInitialised, CountyError
from unionstation.county.home import CountyConfig, CountyHome
from unionstation.county.intake import Intake, IntakeOutcome
from unionstation.county.member_page import CountyMembers
from unionstation.county.models import CountyAlert, CountyInfo, CountyStation, CountyStationKey
from unionstation.county.station_views import StationView, station_views
from unionstation.county.store import CountyStore, masked_url, normalise_url, open_county_store
from unionstation.domain.permissions import Action
from unionstation.store.base import utcnow
from unionstation.sync.batch import BatchHeader
from unionstation.sync.documents import Enrolment, read_station_key, write_enrolment
from unionstation.sync.errors import SyncError
from unionstation.sync.keys import fingerprint

__all__ = [
    "AlertRow",
    "County",
    "CountyInfoView",
    "FileIntake",
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
class FileIntake:
    """One batch file imported: what became of it (or why it could not be read), and the
    receipts written for it and for the parked batches it let through."""

    path: Path
    outcome: IntakeOutcome | OSError
    acks: list[Path]


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


class County(CountyAccess):
    """An open county: its store, keys and name. Close it when done.

    Each method first asks the role (county.access); changes are audited."""

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
        self.require(Action.COUNTY_MANAGE, "enrol")
        code = _check_code(code, _STATION_CODE, "站点代码", 32)
        name = _check_name(name, "站点名称")
        with self._writing() as session:
            station = session.get(CountyStation, code)
            if station is None:
                session.add(CountyStation(code=code, name=name, applied_through=0))
            else:
                station.name = name
        self.audit("county.enrol", "station", code)
        enrolment = Enrolment(
            county_code=self.code, county_name=self.name, station_code=code,
            station_name=name, encryption_public_key=self.keys.encryption_public,
            signing_public_key=self.keys.signing_public, issued_at=utcnow())
        return write_enrolment(enrolment, self.keys.signing)

    def register_station_key(self, data: bytes) -> StationView:
        """Pin a station's public key (the officer has read its fingerprint by phone)."""
        self.require(Action.COUNTY_MANAGE, "register")
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
        self.audit("county.register", "station", document.station_code, f"key={key_id}")
        return self.station(document.station_code)

    def revoke_key(self, key_id_or_station_code: str) -> int:
        """Revoke one key by its id, or every key of a station by its code."""
        self.require(Action.COUNTY_MANAGE, "revoke")
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
        self.audit("county.revoke", "key", target, f"revoked={revoked}")
        return revoked

    def stations(self) -> list[StationView]:
        self.require(Action.COUNTY_READ, "stations")
        with self._reading() as session:
            return station_views(session)

    def station(self, code: str) -> StationView:
        with self._reading() as session:
            views = station_views(session, code)
        if not views:
            raise CountyError(f"没有代码为“{code}”的站点。")
        return views[0]

    # -- intake --------------------------------------------------------------------------

    def import_batch(self, data: bytes, source: str = "", *, sha256: str | None = None,
                     header: BatchHeader | None = None,
                     alert_unverified: bool = True) -> IntakeOutcome:
        """One batch file; `sha256` and `header` when the caller already has them."""
        self.require(Action.COUNTY_IMPORT, "import")
        outcome = self.intake.import_batch(data, source, sha256=sha256, header=header,
                                           alert_unverified=alert_unverified)
        self.audit("county.import", "station", outcome.station_code or "",
                   f"status={outcome.status} released={len(outcome.released)}")
        return outcome

    def import_paths(self, paths: Sequence[Path], acks_to: Path | None = None) -> dict[str, Any]:
        """Import batch files and folders of them (every *.usb, sorted); the CLI's JSON."""
        result: dict[str, Any] = {"applied": 0, "duplicates": 0, "parked": 0, "refused": [],
                                  "acks": []}
        folder = Path(acks_to) if acks_to is not None else None
        for item in self.import_files(batch_files(paths), folder):
            if isinstance(item.outcome, OSError):
                reason = f"无法读取文件:{item.outcome.strerror or item.outcome}"
                result["refused"].append({"file": str(item.path), "reason": reason})
                continue
            count_outcome(result, item.outcome, str(item.path))
            for each in item.outcome.released:  # parked batches this file let through
                count_outcome(result, each, each.source)
            result["acks"].extend(str(target) for target in item.acks)
        return result

    def import_files(self, files: Iterable[Path], acks_to: Path | None = None, *,
                     acks_beside: bool = False) -> Iterator[FileIntake]:
        """Import batch files one by one, each taken from `files` only once the one before
        was handled; receipts go to `acks_to`, else beside each file when `acks_beside`,
        else nowhere. Each item names only receipts not written for an item before it."""
        if acks_to is not None:
            acks_to.mkdir(parents=True, exist_ok=True)
        written: set[Path] = set()
        for path in files:
            try:
                data = read_batch_file(path)
            except OSError as exc:
                yield FileIntake(path, exc, [])
                continue
            outcome = self.import_batch(data, source=str(path))
            del data
            folder = acks_to if acks_to is not None else path.parent if acks_beside else None
            fresh: list[Path] = []
            if folder is not None:
                for target in write_acks(outcome, folder):
                    if target not in written:
                        written.add(target)
                        fresh.append(target)
            yield FileIntake(path, outcome, fresh)

    # -- consolidation -------------------------------------------------------------------

    def members(self, search: str = "", station: str | None = None, limit: int | None = None,
                offset: int = 0) -> CountyMembers:
        self.require(Action.COUNTY_READ, "members")
        with self._reading() as session:
            return list_members(session, search, station, limit, offset)

    def cases(self) -> list[CaseRow]:
        from unionstation.county.hardship import open_at_two_stations
        from unionstation.county.union_cases import credit_code_at_two_stations

        self.require(Action.COUNTY_READ, "cases")
        with self._reading() as session:
            found = find_cases(session)
            found += [CaseRow("hardship_open_at_two_stations", number, stations, names)
                      for number, stations, names in open_at_two_stations(
                          session.connection())]
            return found + credit_code_at_two_stations(session)

    def hardship(self, station: str | None = None) -> tuple[list[Any], Any]:
        """Every station's hardship files (or one station's) and the money paid."""
        from unionstation.county.hardship import county_files, disbursed

        self.require(Action.COUNTY_READ, "hardship")
        with self._reading() as session:
            connection = session.connection()
            return county_files(connection, station), disbursed(connection, station)

    def figures(self, year: int | None = None) -> list[StationFigures]:
        self.require(Action.COUNTY_READ, "figures")
        with self._reading() as session:
            return station_figures(session, year)

    def alerts(self, limit: int | None = None) -> list[AlertRow]:
        """The newest alerts first (at most `limit`)."""
        self.require(Action.COUNTY_READ, "alerts")
        with self._reading() as session:
            rows = session.scalars(select(CountyAlert).order_by(
                CountyAlert.at.desc(), CountyAlert.id.desc()).limit(limit))
            return [AlertRow(row.at, row.station_code, row.kind, row.detail) for row in rows]


# -- opening and creating ---------------------------------------------------------------


def open_county(home: CountyHome, db_url: str | None = None, key: bytes | None = None,
                ) -> County:
    """Open an initialised county folder (its store migrated to the newest schema); `key`
    is the county's data key (county_keyring.py), needed once the county has officers."""
    config = home.read_config()  # NotACountyHome for a folder without county.json
    url = normalise_url(home.db_url(config, db_url))
    try:
        keys = load_county_keys(home)
    except SyncError as exc:
        raise CountyError(f"县总工会密钥文件有问题:{exc}") from exc
    store = open_county_store(url, store_key(home, url, key))
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


def init_county(home: CountyHome, name: str, code: str, db_url: str | None = None,
                key: bytes | None = None) -> County:
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
    store = open_county_store(url, store_key(home, url, key))
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
