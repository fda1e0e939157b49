"""The station itself: created once (first run or `unionstation init`), then read."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select

from unionstation.domain.permissions import Role
from unionstation.domain.regions import InvalidDivisionCode, parse_division_code
from unionstation.domain.text import normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import AlreadyExists, InvalidField, NotFound
from unionstation.store.models import Officer, Station

DEFAULT_OFFICER = "管理员"


@dataclass(frozen=True)
class StationInfo:
    id: UUID
    name: str
    division_code: str
    county_name: str


def _info(station: Station) -> StationInfo:
    return StationInfo(station.id, station.name, station.division_code, station.county_name)


class StationService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def current(self) -> StationInfo | None:
        with self._ctx.reading() as session:
            station = session.scalars(
                select(Station).where(Station.deleted_at.is_(None)).limit(1)
            ).first()
            return _info(station) if station else None

    def require(self) -> StationInfo:
        station = self.current()
        if station is None:
            raise NotFound(
                "本数据文件夹还没有建立工会站点,"
                "请先运行 unionstation init 或在窗口中完成首次设置。"
            )
        return station

    def create(
        self, name: str, division_code: str, county_name: str = "",
        officer_name: str = DEFAULT_OFFICER,
    ) -> StationInfo:
        clean_name = normalize_text(name)
        if not clean_name:
            raise InvalidField("工会站点", "名称", "不能为空,请填写乡镇(街道)总工会的全称。")
        try:
            code = parse_division_code(division_code)
        except InvalidDivisionCode as exc:
            raise InvalidField("工会站点", "行政区划代码", str(exc)) from exc
        officer = normalize_text(officer_name) or DEFAULT_OFFICER
        with self._ctx.unit_of_work() as session:
            if session.scalars(select(Station).limit(1)).first() is not None:
                raise AlreadyExists("此数据文件夹已经建立了工会站点,不能重复初始化。")
            station = Station(name=clean_name, division_code=code,
                              county_name=normalize_text(county_name))
            session.add(station)
            if session.scalars(select(Officer).where(Officer.name == officer)).first() is None:
                # The station's first officer is its administrator.
                first = session.scalars(select(Officer.id).limit(1)).first() is None
                session.add(Officer(name=officer, display_name=officer,
                                    role=Role.ADMIN.value if first else Role.OFFICER.value))
            session.flush()
            audit.record(session, self._ctx.officer, "station.create", "station", str(station.id))
            return _info(station)

    def officers(self) -> list[str]:
        with self._ctx.reading() as session:
            return list(
                session.scalars(
                    select(Officer.name).where(Officer.active.is_(True)).order_by(Officer.created_at)
                )
            )
