"""Hardship files, visits and payments in the numbers issue 17's benchmark names.

`add_hardship` tops a station up to FILES files (on active members, opened over the last
two years, some relieved or closed), VISITS visits spread over them and the same two
years, a payment with every other visit, a campaign's payments and a few reversals, in
bulk inserts (the change log records them as any insert). A station that has them
already is left as it is, so `--reuse` pays for this once.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
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
from unionstation.services.context import ServiceContext
from unionstation.services.hardship.campaigns import CampaignDraft, CampaignService
from unionstation.store.base import new_ids
from unionstation.store.models import (
    CampaignHousehold,
    HardshipFile,
    Member,
    Payment,
    Station,
    Visit,
)

FILES = 12_000
VISITS = 100_000
CHUNK = 10_000
DAYS = 730  # the files and visits span the last two years: this year's report and the last


def _chunks(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [rows[at:at + CHUNK] for at in range(0, len(rows), CHUNK)]


def _files(context: ServiceContext, rng: random.Random, wanted: int,
           today: date) -> list[dict[str, Any]]:
    with context.reading() as session:
        station_id = session.scalar(select(Station.id))
        taken = set(session.scalars(select(HardshipFile.member_id)))
        people = [row for row in session.execute(
            select(Member.id, Member.name, Member.id_number, Member.phone, Member.employer)
            .where(Member.status == MemberStatus.ACTIVE, Member.deleted_at.is_(None))
            .order_by(Member.id)).all() if row[0] not in taken]
    chosen = rng.sample(people, min(wanted, len(people)))
    ids = new_ids(len(chosen))
    files: list[dict[str, Any]] = []
    for n, (member_id, name, id_number, phone, employer) in enumerate(chosen):
        size = rng.randint(1, 5)
        income = Decimal(rng.randrange(600, 4000))
        opened = today - timedelta(days=rng.randrange(0, DAYS))
        row: dict[str, Any] = {
            "id": ids[n], "station_id": station_id, "file_no": f"KB{n + 1:07d}",
            "member_id": member_id, "name": name, "id_number": id_number, "phone": phone,
            "employer": employer, "union_name": "", "category": rng.choice(list(HardshipCategory)),
            "main_cause": rng.choice(list(HardshipCause)), "secondary_causes": [],
            "household_size": size, "monthly_income": income,
            "income_per_capita": (income / size).quantize(Decimal("0.01")),
            "status": FileStatus.FORMAL, "opened_on": opened, "entered_by": "bench",
            "approved_by": "bench2", "approved_on": opened, "last_check_on": opened,
            "recheck_due": opened + timedelta(days=365)}
        fate = rng.random()
        if fate < 0.1:
            row.update(status=FileStatus.TEMPORARY, approved_by="", approved_on=None)
        elif fate < 0.25 and opened < today:
            row.update(status=FileStatus.RELIEVED, relieved_reason="就业增收",
                       relieved_on=opened + timedelta(days=rng.randrange(0, (today - opened).days)))
        elif fate < 0.3 and opened < today:
            row.update(status=FileStatus.CLOSED, closed_reason="迁出本地",
                       closed_on=opened + timedelta(days=rng.randrange(0, (today - opened).days)))
        files.append(row)
    return files


def add_hardship(context: ServiceContext, seed: int, files_wanted: int = FILES,
                 visits_wanted: int = VISITS) -> tuple[int, int]:
    """Tops the station up to `files_wanted` files and `visits_wanted` visits; their
    numbers now."""
    rng = random.Random(seed)
    today = context.today()
    with context.reading() as session:
        have_files = session.scalar(select(func.count()).select_from(HardshipFile)) or 0
        have_visits = session.scalar(select(func.count()).select_from(Visit)) or 0
    if have_files >= files_wanted and have_visits >= visits_wanted:
        return have_files, have_visits
    for chunk in _chunks(_files(context, rng, max(0, files_wanted - have_files), today)):
        with context.unit_of_work() as session:
            session.execute(insert(HardshipFile), chunk)
    with context.reading() as session:
        files = [{"id": i, "opened_on": opened, "status": status} for i, opened, status
                 in session.execute(select(HardshipFile.id, HardshipFile.opened_on,
                                           HardshipFile.status))]
    campaign = CampaignService(context).create(CampaignDraft(
        f"{today.year}年送温暖(测速)", CampaignKind.WINTER_WARMTH, today.year,
        Decimal("3000000"), {c: Decimal("500.00") for c in HardshipCategory}))
    formal = [f for f in files if f["status"] is FileStatus.FORMAL]
    visit_ids = new_ids(max(0, visits_wanted - have_visits))
    visits: list[dict[str, Any]] = []
    for visit_id in visit_ids:
        file = rng.choice(files)
        day = file["opened_on"] + timedelta(days=rng.randrange(0, (today - file["opened_on"])
                                                               .days + 1))
        visits.append({"id": visit_id, "file_id": file["id"], "visited_on": day,
                       "kind": rng.choice(list(VisitKind)), "officers": "bench",
                       "goods": "大米、食用油", "goods_quantity": 2,
                       "goods_value": Decimal("150.00"),
                       "funding": rng.choice(list(FundingSource)), "signed": True})
    payment_ids = new_ids(len(visits[::2]) + len(formal))
    payments: list[dict[str, Any]] = [
        {"id": payment_ids[n], "file_id": v["file_id"], "visit_id": v["id"],
         "amount": Decimal(rng.choice((200, 300, 500))), "paid_on": v["visited_on"],
         "year": v["visited_on"].year, "funding": v["funding"], "officer": "bench",
         "reason": "", "override_reason": ""} for n, v in enumerate(visits[::2])]
    first = len(payments)
    payments += [{"id": payment_ids[first + n], "file_id": f["id"],
                  "campaign_id": campaign.id, "amount": Decimal("500.00"), "paid_on": today,
                  "year": today.year, "funding": FundingSource.HIGHER_UNION,
                  "officer": "bench", "reason": "", "override_reason": ""}
                 for n, f in enumerate(formal)]
    reversals = [{"file_id": p["file_id"], "campaign_id": p.get("campaign_id"),
                  "amount": -p["amount"], "paid_on": p["paid_on"], "year": p["year"],
                  "funding": p["funding"], "reverses_id": p["id"], "officer": "bench",
                  "reason": "录入错误", "override_reason": ""} for p in payments[::97]]
    with context.unit_of_work() as session:
        session.execute(insert(CampaignHousehold), [
            {"campaign_id": campaign.id, "file_id": f["id"], "added_on": today,
             "signed": True} for f in formal])
    for chunk in _chunks(visits):
        with context.unit_of_work() as session:
            session.execute(insert(Visit), chunk)
    for chunk in _chunks(payments + reversals):
        with context.unit_of_work() as session:
            session.execute(insert(Payment), chunk)
    return len(files), have_visits + len(visits)
