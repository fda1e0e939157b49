"""The year's plan (new members, new unions, homes), kept as a setting, and the plan
section: each figure that has a plan, beside the plan, with its percent."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

PLAN_NAMES = ("new_members", "new_unions", "homes")
PLAN_LABELS = {"new_members": "新发展会员", "new_unions": "新建工会", "homes": "新建职工之家"}


def plan_key(year: int) -> str:
    return f"report.plan.{year}"


def clean_plan(value: Any) -> dict[str, int]:
    """A stored plan as {name: target}, whatever an older or hand-edited setting holds."""
    if not isinstance(value, dict):
        return {}
    plan: dict[str, int] = {}
    for name in PLAN_NAMES:
        target = value.get(name)
        if isinstance(target, int) and not isinstance(target, bool) and target >= 0:
            plan[name] = target
    return plan


def percent(actual: int, target: int) -> str | None:
    """Actual as a percent of the plan, one decimal, as text ("251.0"); None for a plan of
    nought, which no figure can be a percent of."""
    if target <= 0:
        return None
    value = Decimal(actual) * 100 / Decimal(target)
    return str(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def plan_section(plan: dict[str, int], actuals: dict[str, int]) -> dict[str, Any]:
    return {name: {"plan": plan[name], "actual": actuals.get(name, 0),
                   "percent": percent(actuals.get(name, 0), plan[name])}
            for name in PLAN_NAMES if name in plan}


def plan_actuals(report: dict[str, Any], homes: int) -> dict[str, int]:
    return {"new_members": int(report["members"]["joined"]),
            "new_unions": int(report["unions"]["new"]), "homes": homes}
