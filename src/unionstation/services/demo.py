"""Generated demo data (Faker zh_CN): never real people, always valid records."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from unionstation.domain.codes import (
    Education,
    Ethnicity,
    PoliticalStatus,
    PriorityGroup,
    UnionKind,
)
from unionstation.domain.idnumber import InvalidIdNumber, parse_id_number
from unionstation.services.context import ServiceContext
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.station import StationInfo, StationService
from unionstation.services.unions import UnionDraft, UnionService, UnionSummary

DEMO_STATION_NAME = "示范街道总工会"
DEMO_DIVISION_CODE = "330106001"
DEMO_COUNTY = "示范区总工会"
MEMBERS_PER_UNION = 40

_SECTOR_UNIONS = (
    ("快递物流行业工会联合会", UnionKind.SECTOR),
    ("货车司机工会联合会", UnionKind.SECTOR),
    ("网约送餐员工会联合会", UnionKind.SECTOR),
    ("商圈楼宇工会联合会", UnionKind.AREA),
)
_GROUP_FOR_SECTOR = {
    "快递物流行业工会联合会": PriorityGroup.COURIER,
    "货车司机工会联合会": PriorityGroup.TRUCK_DRIVER,
    "网约送餐员工会联合会": PriorityGroup.FOOD_DELIVERY_RIDER,
}
_JOBS = ("操作工", "装配工", "质检员", "仓管员", "电工", "焊工", "司机", "营业员",
         "会计", "文员", "厨师", "保洁员", "技术员", "班组长", "车间主任")


@dataclass(frozen=True)
class DemoResult:
    station: StationInfo
    station_created: bool
    unions_added: int
    members_added: int


class DemoDataService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def generate(self, members: int = 500, seed: int | None = None) -> DemoResult:
        from faker import Faker  # slow to import; only the demo needs it

        rng = random.Random(seed)
        fake = Faker("zh_CN")
        fake.seed_instance(rng.randrange(2**32))

        stations = StationService(self._ctx)
        station = stations.current()
        created = station is None
        if station is None:
            station = stations.create(DEMO_STATION_NAME, DEMO_DIVISION_CODE, DEMO_COUNTY)

        union_service = UnionService(self._ctx)
        existing = {u.name for u in union_service.list()}
        wanted = max(1, round(members / MEMBERS_PER_UNION))
        planned: list[UnionDraft] = []
        for name, kind in _SECTOR_UNIONS[: min(len(_SECTOR_UNIONS), max(0, wanted - 1))]:
            if name not in existing:
                planned.append(UnionDraft(name, kind))
                existing.add(name)
        while len(planned) < wanted:
            # Faker's Chinese company names run out after a few thousand; branches don't.
            name = f"{fake.company()}工会委员会"
            if name in existing:
                name = f"{fake.company()}{fake.city_name()}分公司工会委员会"
            if name not in existing:
                planned.append(UnionDraft(name, UnionKind.ENTERPRISE))
                existing.add(name)
        unions: list[UnionSummary] = union_service.add_many(planned)

        today = self._ctx.today()
        taken: set[str] = set()
        drafts = [self._draft(fake, rng, unions, taken, today) for _ in range(members)]
        MemberService(self._ctx).enroll_many(drafts)
        return DemoResult(station, created, len(unions), len(drafts))

    def _draft(self, fake: object, rng: random.Random, unions: list[UnionSummary],
               taken: set[str], today: date) -> MemberDraft:
        f = fake  # Faker's providers are dynamic; typed as object on purpose
        while True:
            number = str(f.ssn(min_age=18, max_age=60))  # type: ignore[attr-defined]
            try:
                parsed = parse_id_number(number, today=today)
            except InvalidIdNumber:
                continue
            if parsed.value not in taken:
                taken.add(parsed.value)
                break
        union = rng.choice(unions)
        group = _GROUP_FOR_SECTOR.get(union.name)
        if group is None and rng.random() < 0.25:
            group = rng.choice(list(PriorityGroup))
        employer = union.name.removesuffix("工会委员会")
        if union.kind is not UnionKind.ENTERPRISE:
            employer = str(f.company())  # type: ignore[attr-defined]
        born = parsed.birth_date
        adult = date(born.year + 18, born.month, min(born.day, 28))
        earliest = max(adult, today - timedelta(days=365 * 12))
        span = (today - earliest).days
        joined = earliest + timedelta(days=rng.randrange(span)) if span > 0 else today
        return MemberDraft(
            name=str(f.name()),  # type: ignore[attr-defined]
            id_number=parsed.value,
            grassroots_union_id=union.id,
            joined_on=joined,
            phone=str(f.phone_number()),  # type: ignore[attr-defined]
            employer=employer,
            job=rng.choice(_JOBS),
            priority_group=group,
            migrant_worker=rng.random() < 0.4,
            ethnicity=Ethnicity.HAN if rng.random() < 0.92 else rng.choice(list(Ethnicity)),
            education=rng.choice(list(Education)),
            political_status=(
                PoliticalStatus.MASSES if rng.random() < 0.7 else rng.choice(list(PoliticalStatus))
            ),
            native_place=str(f.province()),  # type: ignore[attr-defined]
            address=str(f.address()),  # type: ignore[attr-defined]
        )
