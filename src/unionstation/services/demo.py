"""Generated demo data (Faker zh_CN): never real people, always valid records."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from unionstation.domain.codes import (
    Education,
    Ethnicity,
    MemberStatus,
    ModelWorkerLevel,
    PoliticalStatus,
    PriorityGroup,
    UnionKind,
)
from unionstation.domain.credit_code import credit_code_check_char
from unionstation.domain.idnumber import InvalidIdNumber, parse_id_number
from unionstation.services.context import ServiceContext
from unionstation.services.drives import DriveService
from unionstation.services.member_query import MemberFilter, MemberQueryService
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
            station = stations.create(DEMO_STATION_NAME, DEMO_DIVISION_CODE, DEMO_COUNTY,
                                      officer_name=self._ctx.officer)

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
                planned.append(self._union_draft(fake, rng, name))
                existing.add(name)
        unions: list[UnionSummary] = union_service.add_many(planned)

        today = self._ctx.today()
        taken: set[str] = set()
        drafts = [self._draft(fake, rng, unions, taken, today) for _ in range(members)]
        service = MemberService(self._ctx)
        in_drive = min(len(drafts) // 10, 40)
        service.enroll_many(drafts[: len(drafts) - in_drive])
        if in_drive:
            self._drive(rng, unions[0], drafts[-in_drive:], today)
        self._life_events(rng, service, today, len(drafts))
        from unionstation.services.demo_hardship import add_demo_hardship

        add_demo_hardship(self._ctx, rng, station.id)
        from unionstation.services.demo_homes import add_demo_homes

        add_demo_homes(self._ctx, rng, station.name)
        return DemoResult(station, created, len(unions), len(drafts))

    def _union_draft(self, fake: object, rng: random.Random, name: str) -> UnionDraft:
        f = fake
        # A union's own registration (8…), never its employer's code (91…).
        first17 = "81330106" + "".join(rng.choice("0123456789") for _ in range(9))
        return UnionDraft(
            name, UnionKind.ENTERPRISE, first17 + credit_code_check_char(first17),
            chair=str(f.name()), contact=str(f.name()),  # type: ignore[attr-defined]
            phone=f"0571-8{rng.randrange(1000000, 9999999)}",
            founded_on=date(rng.randrange(2005, 2024), rng.randrange(1, 13), rng.randrange(1, 29)),
            address=str(f.street_address()),  # type: ignore[attr-defined]
        )

    def _drive(self, rng: random.Random, union: UnionSummary, drafts: list[MemberDraft],
               today: date) -> None:
        """The newest members joined together, at a collective enrollment."""
        held_on = today - timedelta(days=rng.randrange(3, 30))
        drive = DriveService(self._ctx).create(held_on, "物流园区会议室", union.id, "集中入会")
        for draft in drafts:
            draft.grassroots_union_id = union.id
            draft.joined_on = held_on
            draft.priority_group = draft.priority_group or PriorityGroup.COURIER
        MemberService(self._ctx).enroll_many(drafts, drive_id=drive.id)

    def _life_events(self, rng: random.Random, service: MemberService, today: date,
                     count: int) -> None:
        """A few members retire, leave or hold a model-worker title, as in any register."""
        rows = MemberQueryService(self._ctx).rows(MemberFilter(), limit=min(count, 400))
        rng.shuffle(rows)
        changes = min(count // 25, 24)
        for row in rows[:changes // 2]:
            service.change_status(row.id, MemberStatus.RETIRED, today - timedelta(days=30), "退休")
        for row in rows[changes // 2:changes]:
            service.change_status(row.id, MemberStatus.LAPSED, today - timedelta(days=60),
                                  "本人申请退会")
        for row in rows[changes:changes + min(count // 60, 12)]:
            draft = service.draft_of(row.id)
            draft.model_worker_level = rng.choice(list(ModelWorkerLevel))
            draft.model_worker_title = f"{draft.model_worker_level.label}"
            draft.model_worker_year = rng.randrange(2010, today.year)
            draft.model_worker_body = "示范市人民政府"
            service.update(row.id, draft)

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
