"""Generated hardship aid for the demo station, so its Hardship page is not empty.

About one active member in twenty-five gets a file, opened by the demo's officer as a
temporary file; most are then approved into formal files by a second officer
(DEMO_APPROVER), through the same service step the product requires of a real station
(an officer may not approve a file they entered), and a few of those relieved. This year's
winter-warmth campaign pays part of the formal files, and a visit with goods (half with
cash) is recorded for each file. The files, visits and payments are written in a few bulk
inserts (the change log records them as any insert); approvals and reliefs go one by one
through HardshipFileService, with their history lines and audit. Only on a station that
has no hardship files yet, so a second `demo` run adds members but no second set.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select

from unionstation.domain.codes import MemberStatus
from unionstation.domain.hardship import (
    CampaignKind,
    FileStatus,
    FundingSource,
    HardshipCategory,
    HardshipCause,
    VisitKind,
)
from unionstation.domain.permissions import Role
from unionstation.services.context import ServiceContext
from unionstation.services.hardship.campaigns import CampaignDraft, CampaignService
from unionstation.services.hardship.files import HardshipFileService
from unionstation.store.base import new_ids
from unionstation.store.models import (
    CampaignHousehold,
    GrassrootsUnion,
    HardshipFile,
    Member,
    Payment,
    Visit,
)

__all__ = ["DEMO_APPROVER", "add_demo_hardship"]

DEMO_APPROVER = "shenhe"  # the second officer, who approves what the demo's officer entered

SHARE = 25  # one member in SHARE gets a file
MAX_FILES = 200
_STATUSES = (FileStatus.FORMAL,) * 6 + (FileStatus.TEMPORARY,) * 3 + (FileStatus.RELIEVED,)
_STANDARD = {HardshipCategory.SEVERE: Decimal("1000.00"),
             HardshipCategory.RELATIVE: Decimal("500.00"),
             HardshipCategory.SUDDEN: Decimal("800.00")}


def add_demo_hardship(context: ServiceContext, rng: random.Random, station_id: object) -> int:
    """Files for some active members (none if the station has files already); their
    number."""
    today = context.today()
    with context.reading() as session:
        if session.scalar(select(func.count()).select_from(HardshipFile)):
            return 0
        people = session.execute(
            select(Member.id, Member.name, Member.id_number, Member.phone, Member.employer,
                   GrassrootsUnion.name)
            .join(GrassrootsUnion, GrassrootsUnion.id == Member.grassroots_union_id)
            .where(Member.status == MemberStatus.ACTIVE, Member.deleted_at.is_(None))
            .order_by(Member.id)).all()
    chosen = rng.sample(people, min(len(people) // SHARE, MAX_FILES))
    if not chosen:
        return 0
    ids = new_ids(len(chosen))
    files: list[dict[str, Any]] = []
    for n, (member_id, name, id_number, phone, employer, union) in enumerate(chosen):
        size = rng.randint(1, 5)
        income = Decimal(rng.randrange(600, 4000))
        opened = today - timedelta(days=rng.randrange(30, 700))
        files.append({
            "id": ids[n], "station_id": station_id, "file_no": f"KN{today.year}{n + 1:05d}",
            "member_id": member_id, "name": name, "id_number": id_number, "phone": phone,
            "employer": employer, "union_name": union,
            "category": rng.choice(list(HardshipCategory)),
            "main_cause": rng.choice(list(HardshipCause)), "secondary_causes": [],
            "household_size": size, "monthly_income": income,
            "income_per_capita": (income / size).quantize(Decimal("0.01")),
            "status": FileStatus.TEMPORARY, "opened_on": opened,
            "last_check_on": opened, "recheck_due": opened + timedelta(days=365),
            "entered_by": context.officer})
    with context.unit_of_work() as session:
        session.execute(insert(HardshipFile), files)
    _approve_and_relieve(context, rng, files)

    campaign = CampaignService(context).create(CampaignDraft(
        f"{today.year}年送温暖", CampaignKind.WINTER_WARMTH, today.year,
        Decimal(200 * len(files)) + Decimal("10000"), dict(_STANDARD)))
    formal = [f for f in files if f["status"] is FileStatus.FORMAL]
    paid = formal[: len(formal) * 2 // 3]
    visit_ids = new_ids(len(files))
    visits: list[dict[str, Any]] = [{"id": visit_ids[n], "file_id": f["id"],
               "visited_on": today - timedelta(days=rng.randrange(0, 300)),
               "kind": VisitKind.LIVING, "officers": context.officer, "goods": "大米、食用油",
               "goods_quantity": 2, "goods_value": Decimal("150.00"),
               "funding": FundingSource.OWN_FUNDS, "signed": True}
              for n, f in enumerate(files)]
    payments = [{"file_id": f["id"], "campaign_id": campaign.id,
                 "amount": _STANDARD[f["category"]], "paid_on": today, "year": today.year,
                 "funding": FundingSource.OWN_FUNDS, "officer": context.officer,
                 "reason": "", "override_reason": ""} for f in paid]
    payments += [{"file_id": v["file_id"], "visit_id": v["id"], "amount": Decimal("200.00"),
                  "paid_on": v["visited_on"], "year": v["visited_on"].year,
                  "funding": FundingSource.OWN_FUNDS, "officer": context.officer,
                  "reason": "", "override_reason": ""} for v in visits[::2]]
    with context.unit_of_work() as session:
        session.execute(insert(CampaignHousehold), [
            {"campaign_id": campaign.id, "file_id": f["id"], "added_on": today,
             "signed": f in paid} for f in formal])
        session.execute(insert(Visit), visits)
        session.execute(insert(Payment), payments)
    return len(files)


def _approve_and_relieve(context: ServiceContext, rng: random.Random,
                         files: list[dict[str, Any]]) -> None:
    """Each file takes its planned status the way an officer's would: approved by the
    second officer, then (a few) relieved by the demo's officer; `files` says where each
    ended."""
    second = DEMO_APPROVER if context.officer != DEMO_APPROVER else "demo"
    approver = HardshipFileService(replace(context, officer=second, role=Role.OFFICER))
    service = HardshipFileService(context)
    today = context.today()
    for n, file in enumerate(files):
        planned = _STATUSES[n % len(_STATUSES)]
        if planned is FileStatus.TEMPORARY:
            continue
        approver.approve(file["id"])
        file["status"] = FileStatus.FORMAL
        if planned is FileStatus.RELIEVED:
            service.relieve(file["id"], "家庭收入提高,已脱困",
                            max(file["opened_on"], today - timedelta(days=rng.randrange(1, 60))))
            file["status"] = FileStatus.RELIEVED
