"""The hardship and campaigns sections of the annual report.

Which figure comes from which table and column (every row: `deleted_at IS NULL`; money is
whole fen in the database, `Fen` columns, summed as integers and written as yuan text):

- files {HardshipCategory code: N}: `hardship_file` on file at the end of the range
  (`opened_on` <= end, `relieved_on` NULL or > end, `closed_on` NULL or > end), counted by
  `category`. Every HardshipCategory code is present, 0 if none.
- opened: COUNT(`hardship_file`) with `opened_on` inside the range.
- relieved: COUNT(`hardship_file`) with `relieved_on` inside the range.
- visits: COUNT(`visit`) with `visited_on` inside the range.
- households_helped: the files (`payment.file_id`) whose payments inside the range
  (`paid_on`) add up to more than nought: a payment and its reversal (a negative amount,
  `reverses_id` set) help nobody.
- paid_total: SUM(`payment.amount`) with `paid_on` inside the range, reversals included
  (each on its own date), so a payment and its reversal in the range add to nought.
- paid_by_funding {FundingSource code: yuan}: the same sum by `payment.funding`; every
  FundingSource code is present, "0.00" if none.
- campaigns: each `campaign` whose `year` is inside the range's years, by name:
  name = `campaign.name`, kind = `campaign.kind`, households = COUNT(`campaign_household`)
  of the campaign, paid_total = SUM(`payment.amount`) with that `campaign_id` (reversals
  included, any date), budget = `campaign.budget`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, Integer, String, func, or_, select, type_coerce

from unionstation.domain.hardship import FundingSource, HardshipCategory
from unionstation.domain.money import from_fen
from unionstation.store.models import Campaign, CampaignHousehold, HardshipFile, Payment, Visit

ZERO_MONEY = "0.00"


def empty_hardship() -> dict[str, Any]:
    return {"files": {str(category): 0 for category in HardshipCategory}, "opened": 0,
            "relieved": 0, "visits": 0, "households_helped": 0, "paid_total": ZERO_MONEY,
            "paid_by_funding": {str(source): ZERO_MONEY for source in FundingSource}}


def _fen(column: Any) -> Any:
    """A Fen column as the integer the database holds."""
    return type_coerce(column, Integer())


def _yuan(fen: Any) -> str:
    return str(from_fen(int(fen or 0)))


def hardship_section(connection: Connection, start: date, end: date) -> dict[str, Any]:
    """Each figure from the covering index made for it (migration 0008:
    `ix_hardship_file_dates`, `ix_visit_visited_on_live`, `ix_payment_paid_on`), never from
    the tables themselves."""
    live = HardshipFile.deleted_at.is_(None)
    files = {category.value: 0 for category in HardshipCategory}
    # Counted here rather than grouped by the database: a GROUP BY would walk the category
    # index and read every file's row, where the dates index alone holds what this needs.
    for (category,) in connection.execute(
            select(type_coerce(HardshipFile.category, String()))
            .where(live, HardshipFile.opened_on <= end,
                   or_(HardshipFile.relieved_on.is_(None), HardshipFile.relieved_on > end),
                   or_(HardshipFile.closed_on.is_(None), HardshipFile.closed_on > end))):
        files[category] = files.get(category, 0) + 1
    opened = connection.scalar(select(func.count()).select_from(HardshipFile).where(
        live, HardshipFile.opened_on.between(start, end)))
    relieved = connection.scalar(select(func.count()).select_from(HardshipFile).where(
        live, HardshipFile.relieved_on.between(start, end)))
    visits = connection.scalar(select(func.count()).select_from(Visit).where(
        Visit.deleted_at.is_(None), Visit.visited_on.between(start, end)))
    in_range = (Payment.deleted_at.is_(None), Payment.paid_on.between(start, end))
    per_file = (select(Payment.file_id).where(*in_range).group_by(Payment.file_id)
                .having(func.sum(_fen(Payment.amount)) > 0).subquery())
    helped = connection.scalar(select(func.count()).select_from(per_file))
    by_funding = {source.value: ZERO_MONEY for source in FundingSource}
    total = 0
    for source, fen in connection.execute(
            select(Payment.funding, func.sum(_fen(Payment.amount))).where(*in_range)
            .group_by(Payment.funding)):
        by_funding[str(getattr(source, "value", source))] = _yuan(fen)
        total += int(fen or 0)
    return {"files": files, "opened": int(opened or 0), "relieved": int(relieved or 0),
            "visits": int(visits or 0), "households_helped": int(helped or 0),
            "paid_total": _yuan(total), "paid_by_funding": by_funding}


def campaigns_section(connection: Connection, start: date, end: date) -> list[dict[str, Any]]:
    households = (select(CampaignHousehold.campaign_id, func.count().label("n"))
                  .where(CampaignHousehold.deleted_at.is_(None))
                  .group_by(CampaignHousehold.campaign_id).subquery())
    paid = (select(Payment.campaign_id, func.sum(_fen(Payment.amount)).label("fen"))
            .where(Payment.deleted_at.is_(None), Payment.campaign_id.is_not(None))
            .group_by(Payment.campaign_id).subquery())
    rows = connection.execute(
        select(Campaign.name, Campaign.kind, func.coalesce(households.c.n, 0),
               func.coalesce(paid.c.fen, 0), _fen(Campaign.budget))
        .outerjoin(households, households.c.campaign_id == Campaign.id)
        .outerjoin(paid, paid.c.campaign_id == Campaign.id)
        .where(Campaign.deleted_at.is_(None), Campaign.year.between(start.year, end.year))
        .order_by(Campaign.year, Campaign.name))
    return [{"name": name, "kind": str(getattr(kind, "value", kind)), "households": int(n),
             "paid_total": _yuan(fen), "budget": _yuan(budget)}
            for name, kind, n, fen, budget in rows]
