"""The monthly member report (基层工会会员情况月报): per grassroots union, start of month,
joined, transferred in, transferred out, left and end of month.

Here a move between two of the station's own unions is out of one and into the other.
Every row, and the totals, must satisfy start + joined + in − out − left = end; a row
that does not is a defect in the history, and the report refuses to print it and names
the union instead.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from unionstation.services.errors import UserError
from unionstation.services.reports.facts import StationFacts
from unionstation.services.reports.timeline import FLOWS, IN, JOINED, LEFT, OUT, replay
from unionstation.services.reports.unions import standing

ROW_KEYS = ("start", *FLOWS, "end")
UNKNOWN_UNION = "(未登记的基层工会)"


class UnbalancedReport(UserError):
    """A row whose start and flows do not add up to its end."""

    def __init__(self, month: str, union: str, row: dict[str, int]) -> None:
        super().__init__(
            f"{month} 会员月报不平衡:“{union}”月初 {row['start']} + 入会 {row[JOINED]} "
            f"+ 转入 {row[IN]} − 转出 {row[OUT]} − 减少 {row[LEFT]} ≠ 月末 {row['end']}。"
            "请检查该工会会员的状态变更和转接记录。")
        self.union = union
        self.row = row


def month_range(month: date) -> tuple[date, date]:
    last = calendar.monthrange(month.year, month.month)[1]
    return month.replace(day=1), month.replace(day=last)


def balances(row: dict[str, int]) -> bool:
    return row["start"] + row[JOINED] + row[IN] - row[OUT] - row[LEFT] == row["end"]


def monthly_report(facts: StationFacts, month: date) -> dict[str, Any]:
    start, end = month_range(month)
    label = f"{start:%Y-%m}"
    rows: dict[str, dict[str, int]] = {}

    def row(union_id: str) -> dict[str, int]:
        found = rows.get(union_id)
        if found is None:
            found = rows[union_id] = dict.fromkeys(ROW_KEYS, 0)
        return found

    for union in facts.unions:
        if standing(union, start) or standing(union, end):
            row(union.id)
    first, last = start.isoformat(), end.isoformat()
    steps, moves = facts.steps, facts.moves
    for member in facts.members:
        path = replay(member, steps.get(member.id, []), moves.get(member.id, []), first, last)
        if path.active_before:
            row(path.union_before)["start"] += 1
        if path.active_at_end:
            row(path.union_at_end)["end"] += 1
        for union_id, flow in path.union_flows:
            row(union_id)[flow] += 1
    names = {union.id: union.name for union in facts.unions}
    listed = sorted(((names.get(union_id, UNKNOWN_UNION), figures)
                     for union_id, figures in rows.items()), key=lambda item: item[0])
    totals = dict.fromkeys(ROW_KEYS, 0)
    for name, figures in listed:
        if not balances(figures):
            raise UnbalancedReport(label, name, figures)
        for key in ROW_KEYS:
            totals[key] += figures[key]
    if not balances(totals):
        raise UnbalancedReport(label, "合计", totals)
    return {"month": label, "unions": [{"union": name, **figures} for name, figures in listed],
            "totals": totals}
