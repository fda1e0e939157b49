"""Adding reports key by key: the county's figures are its stations' figures added up.

Counts add as integers, money (decimal text) as Decimal, maps key by key (a key one
station lacks counts as nought), campaigns of the same name and kind into one, and each
plan over the stations that set it: the targets added, the actuals of those stations
added, and the percent of the two sums (a station without a plan for a figure adds to
neither, so the percent says how far the planned stations got).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from unionstation.services.reports.annual import NUMERIC_SECTIONS
from unionstation.services.reports.plan import PLAN_NAMES, percent

CAMPAIGN_FIGURES = ("households", "paid_total", "budget")


def add(left: Any, right: Any) -> Any:
    if isinstance(left, dict) and isinstance(right, dict):
        merged = dict(left)
        for key, value in right.items():
            merged[key] = add(merged[key], value) if key in merged else value
        return merged
    if isinstance(left, str) and isinstance(right, str):
        return str(Decimal(left) + Decimal(right))
    if isinstance(left, int) and isinstance(right, int):
        return left + right
    raise TypeError(f"cannot add {type(left).__name__} and {type(right).__name__}")


def add_campaigns(lists: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for campaigns in lists:
        for campaign in campaigns:
            key = (campaign["name"], campaign["kind"])
            if key in merged:
                for figure in CAMPAIGN_FIGURES:
                    merged[key][figure] = add(merged[key][figure], campaign[figure])
            else:
                merged[key] = dict(campaign)
    return [merged[key] for key in sorted(merged)]


def add_plans(plans: Iterable[dict[str, Any]]) -> dict[str, Any]:
    targets: dict[str, int] = {}
    actuals: dict[str, int] = {}
    for plan in plans:
        for name, item in plan.items():
            targets[name] = targets.get(name, 0) + int(item["plan"])
            actuals[name] = actuals.get(name, 0) + int(item["actual"])
    return {name: {"plan": targets[name], "actual": actuals[name],
                   "percent": percent(actuals[name], targets[name])}
            for name in PLAN_NAMES if name in targets}


def add_reports(reports: list[dict[str, Any]], zero: dict[str, Any]) -> dict[str, Any]:
    """The numeric sections, campaigns, plan and previous year of `reports` added up, starting
    from `zero` (the sections' zeros, so no report still has every key)."""
    total = {section: zero[section] for section in NUMERIC_SECTIONS}
    previous = {section: zero[section] for section in NUMERIC_SECTIONS}
    for report in reports:
        for section in NUMERIC_SECTIONS:
            total[section] = add(total[section], report[section])
            previous[section] = add(previous[section], report["previous_year"][section])
    return {**total, "campaigns": add_campaigns(r["campaigns"] for r in reports),
            "plan": add_plans(r.get("plan", {}) for r in reports), "previous_year": previous}
