"""Generated workers' home venues for the demo station, so its Homes page is not empty.

Four venues (a workers' home, a reading room, a nursing room, an outdoor workers' rest
stop), each with its equipment and part of its standard's checklist met; the reading room
has books, some lent to active members (a few returned, a few overdue); the rest stop and
the workers' home have eight weeks of service counts. Written through the homes services
(services/homes), as an officer would, and only on a station that has no venues yet, so a
second `demo` run adds members but no second set of venues.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from sqlalchemy import func, select

from unionstation.domain.codes import MemberStatus
from unionstation.domain.homes import AssetCategory, ModelLevel, ServiceKind, VenueKind
from unionstation.services.context import ServiceContext
from unionstation.services.homes.assets import AssetDraft, AssetService
from unionstation.services.homes.reading import ReadingRoomService
from unionstation.services.homes.service_logs import ServiceLogService
from unionstation.services.homes.standards import standard_for
from unionstation.services.homes.venues import VenueDraft, VenueService
from unionstation.store.models import Member, Venue

__all__ = ["add_demo_homes"]

_A = AssetCategory


@dataclass(frozen=True)
class _Plan:
    draft: VenueDraft
    assets: tuple[tuple[str, AssetCategory, int, str, str], ...]  # name, kind, n, yuan, unit
    services: tuple[tuple[ServiceKind, int], ...] = ()  # kind, most a day


def _plans(station_name: str, today: date) -> list[_Plan]:
    years = [today.replace(year=today.year - n, month=3, day=15) for n in range(1, 6)]
    home_name = f"{station_name.removesuffix('总工会')}职工之家"
    return [
        _Plan(VenueDraft(VenueKind.WORKERS_HOME, home_name, station_name,
                         ModelLevel.COUNTY, 4,
                         "文化路 18 号二楼", 320, years[4], years[2],
                         "周一至周六 9:00–20:00", "王主席 0571-86010001"),
              (("乒乓球台", _A.SPORTS, 2, "2800", "张"), ("跑步机", _A.SPORTS, 2, "4599", "台"),
               ("会议桌椅", _A.FURNITURE, 1, "6200", "套"), ("投影仪", _A.IT, 1, "3899", "台"),
               ("急救箱", _A.FIRST_AID, 1, "260", "个")),
              ((ServiceKind.REST, 30), (ServiceKind.WATER, 40), (ServiceKind.OTHER, 6))),
        _Plan(VenueDraft(VenueKind.READING_ROOM, "职工书屋阅览室", station_name, None, 3,
                         "文化路 18 号三楼", 90, years[3], None, "周一至周五 9:00–17:30"),
              (("书架", _A.FURNITURE, 6, "680", "个"), ("阅览桌椅", _A.FURNITURE, 4, "1200", "套"),
               ("电子阅读屏", _A.IT, 1, "5600", "台"))),
        _Plan(VenueDraft(VenueKind.NURSING_ROOM, "爱心妈咪小屋", station_name, None, 3,
                         "文化路 18 号一楼东侧", 12, years[1], None, "全天开放"),
              (("哺乳椅", _A.FURNITURE, 2, "860", "把"),
               ("冰箱", _A.APPLIANCES, 1, "1699", "台"),
               ("温奶器", _A.APPLIANCES, 1, "229", "个"),
               ("尿布台", _A.FURNITURE, 1, "540", "张"))),
        _Plan(VenueDraft(VenueKind.OUTDOOR_STATION, "快递小哥爱心驿站", "快递物流行业工会联合会",
                         None, 3, "物流园区南门", 30, years[0], None, "7:00–21:00"),
              (("微波炉", _A.APPLIANCES, 2, "499.50", "台"),
               ("饮水机", _A.APPLIANCES, 1, "1280", "台"),
               ("共享充电柜", _A.IT, 1, "2300", "台"), ("急救箱", _A.FIRST_AID, 1, "120", "个")),
              ((ServiceKind.WATER, 60), (ServiceKind.REST, 45), (ServiceKind.CHARGING, 35),
               (ServiceKind.MICROWAVE, 25), (ServiceKind.MEDICAL_KIT, 2))),
    ]


_BOOKS = (
    ("平凡的世界", "路遥", "978-7-5302-0963-9", 3), ("活着", "余华", "", 2),
    ("红岩", "罗广斌 杨益言", "", 1), ("钢铁是怎样炼成的", "奥斯特洛夫斯基", "", 2),
    ("劳动合同法实用手册", "", "", 2), ("家庭急救常识", "", "", 1),
    ("电工基础", "", "", 2), ("围城", "钱锺书", "", 1), ("人生", "路遥", "", 1),
    ("大国工匠", "", "", 2), ("职工心理健康读本", "", "", 1), ("烹饪入门", "", "", 1),
)
_WEEKS = 8


def add_demo_homes(context: ServiceContext, rng: random.Random, station_name: str) -> int:
    """The demo venues and what is in them (none if the station has venues already); the
    number of venues added."""
    today = context.today()
    with context.reading() as session:
        if session.scalar(select(func.count()).select_from(Venue)):
            return 0
        readers = list(session.scalars(
            select(Member.id).where(Member.status == MemberStatus.ACTIVE,
                                    Member.deleted_at.is_(None))
            .order_by(Member.id).limit(400)))
    venues, assets = VenueService(context), AssetService(context)
    logs = ServiceLogService(context)
    plans = _plans(station_name, today)
    for plan in plans:
        venue = venues.add(plan.draft)
        for name, category, quantity, unit_value, unit in plan.assets:
            assets.add(venue.id, AssetDraft(
                name, category, quantity, Decimal(unit_value),
                {"higher_union": 60, "own_funds": 40} if Decimal(unit_value) > 1000
                else {"own_funds": 100},
                unit=unit, acquired_on=plan.draft.opened_on,
                next_audit_on=today + timedelta(days=rng.randrange(20, 200))))
        items = standard_for(plan.draft.kind).items
        for entry in items[: max(1, len(items) - rng.randrange(1, 3))]:
            venues.check(venue.id, entry.item, True)
        if plan.services:
            days = [today - timedelta(days=n) for n in range(_WEEKS * 7)]
            logs.set_counts(venue.id, {
                (day, kind): rng.randrange(most // 3, most + 1)
                for day in days if day.weekday() < 6 for kind, most in plan.services})
        if plan.draft.kind is VenueKind.READING_ROOM:
            _reading_room(context, rng, venue.id, readers, today)
    return len(plans)


def _reading_room(context: ServiceContext, rng: random.Random, venue_id: UUID,
                  readers: list[UUID], today: date) -> None:
    reading = ReadingRoomService(context)
    books = [reading.add_book(venue_id, title, author, isbn, copies, donor=(
        "区总工会赠" if n % 4 == 0 else "")) for n, (title, author, isbn, copies)
        in enumerate(_BOOKS)]
    if not readers:
        return
    for book in books:
        for _copy in range(book.copies - (1 if book.copies > 1 else 0)):
            lent_on = today - timedelta(days=rng.randrange(3, 75))
            loan = reading.lend(book.id, rng.choice(readers), lent_on=lent_on)
            if lent_on < today - timedelta(days=20) and rng.random() < 0.6:
                reading.back(loan.id, min(today, lent_on + timedelta(days=rng.randrange(7, 30))))
