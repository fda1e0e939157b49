"""The hardship and campaigns sections.

The hardship domain is not in this branch yet: both sections have their exact shape,
with zeros, and the coordinator swaps in the queries of `_pending_hardship.py` at merge.

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

from sqlalchemy import Connection

ZERO_MONEY = "0.00"


def empty_hardship() -> dict[str, Any]:
    return {"files": {}, "opened": 0, "relieved": 0, "visits": 0, "households_helped": 0,
            "paid_total": ZERO_MONEY, "paid_by_funding": {}}


def hardship_section(connection: Connection, start: date, end: date) -> dict[str, Any]:
    return empty_hardship()


def campaigns_section(connection: Connection, start: date, end: date) -> list[dict[str, Any]]:
    """Each campaign of the range: {"name", "kind", "households", "paid_total", "budget"}."""
    return []
