"""What the hardship page's first screen reminds the officer of: re-checks due, follow-ups
after relief, must-visit occasions not yet visited, and campaigns with households left to
pay or sheets left to sign. Each is one SQL query, whatever the number of files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from unionstation.domain.hardship import FileStatus, MustVisitOccasion
from unionstation.domain.permissions import Action
from unionstation.services.context import ServiceContext
from unionstation.store.models import (
    Campaign,
    CampaignHousehold,
    HardshipFile,
    MustVisit,
    Payment,
)

__all__ = ["Reminder", "ReminderService"]

SOON_DAYS = 30
RECHECK = "recheck"
FOLLOW_UP = "follow_up"
MUST_VISIT = "must_visit"
CAMPAIGN = "campaign"


@dataclass(frozen=True)
class Reminder:
    kind: str
    text: str
    due: date | None
    overdue: bool
    file_id: UUID | None = None
    campaign_id: UUID | None = None


class ReminderService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def all(self, limit: int = 200) -> list[Reminder]:
        """Overdue first, then by date; at most `limit` of each kind."""
        self._ctx.require(Action.HARDSHIP_READ)
        today = self._ctx.today()
        soon = today + timedelta(days=SOON_DAYS)
        found: list[Reminder] = []
        with self._ctx.reading() as session:
            for fid, no, name, due in session.execute(
                    select(HardshipFile.id, HardshipFile.file_no, HardshipFile.name,
                           HardshipFile.recheck_due)
                    .where(HardshipFile.status == FileStatus.FORMAL,
                           HardshipFile.deleted_at.is_(None), HardshipFile.recheck_due <= soon)
                    .order_by(HardshipFile.recheck_due).limit(limit)):
                found.append(Reminder(RECHECK, f"{no} {name}:年度复核", due, due < today,
                                      file_id=fid))
            for fid, no, name, follow in session.execute(
                    select(HardshipFile.id, HardshipFile.file_no, HardshipFile.name,
                           HardshipFile.follow_up_on)
                    .where(HardshipFile.status == FileStatus.RELIEVED,
                           HardshipFile.deleted_at.is_(None),
                           HardshipFile.follow_up_on <= soon)
                    .order_by(HardshipFile.follow_up_on).limit(limit)):
                found.append(Reminder(FOLLOW_UP, f"{no} {name}:解困后回访", follow,
                                      follow is not None and follow < today, file_id=fid))
            for fid, no, name, occasion, noted in session.execute(
                    select(HardshipFile.id, HardshipFile.file_no, HardshipFile.name,
                           MustVisit.occasion, MustVisit.noted_on)
                    .join(HardshipFile, HardshipFile.id == MustVisit.file_id)
                    .where(MustVisit.visit_id.is_(None), MustVisit.deleted_at.is_(None))
                    .order_by(MustVisit.noted_on).limit(limit)):
                label = MustVisitOccasion(occasion).label
                found.append(Reminder(MUST_VISIT, f"{no} {name}:{label}(尚未走访)", noted,
                                      noted < today - timedelta(days=7), file_id=fid))
            found += self._campaigns(session, today)
        found.sort(key=lambda r: (not r.overdue, r.due or today))
        return found

    def _campaigns(self, session: Session, today: date) -> list[Reminder]:
        signed = case((CampaignHousehold.signed.is_(True), 1), else_=0)
        listed = (select(CampaignHousehold.campaign_id, func.count().label("households"),
                         func.sum(signed).label("signed"))
                  .where(CampaignHousehold.deleted_at.is_(None))
                  .group_by(CampaignHousehold.campaign_id).subquery())
        per_file = (select(Payment.campaign_id, Payment.file_id)
                    .where(Payment.campaign_id.is_not(None))
                    .group_by(Payment.campaign_id, Payment.file_id)
                    .having(func.sum(Payment.amount) > 0).subquery())
        paid = (select(per_file.c.campaign_id, func.count().label("paid"))
                .group_by(per_file.c.campaign_id).subquery())
        rows = session.execute(
            select(Campaign.id, Campaign.name, listed.c.households, listed.c.signed,
                   paid.c.paid)
            .join(listed, listed.c.campaign_id == Campaign.id)
            .outerjoin(paid, paid.c.campaign_id == Campaign.id)
            .where(Campaign.deleted_at.is_(None), Campaign.year >= today.year - 1))
        found = []
        for cid, name, households, signed, paid_count in rows:
            unpaid = int(households) - int(paid_count or 0)
            unsigned = int(paid_count or 0) - int(signed or 0)
            parts = []
            if unpaid > 0:
                parts.append(f"{unpaid} 户未发放")
            if unsigned > 0:
                parts.append(f"{unsigned} 户签收表未收回")
            if parts:
                found.append(Reminder(CAMPAIGN, f"{name}:" + ",".join(parts), None, False,
                                      campaign_id=cid))
        return found
