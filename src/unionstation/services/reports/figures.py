"""The report as rows of figures with their Chinese names, in the county's order: what
the spreadsheet, the PDF and the page's tables all show.

A figure row is (section, name, this period, previous year, change); money stays decimal
text in the report and becomes Decimal here, so the spreadsheet writes it as a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from unionstation.domain.codes import ModelWorkerLevel, PriorityGroup
from unionstation.services.reports.monthly import ROW_KEYS
from unionstation.services.reports.plan import PLAN_LABELS

Number = int | Decimal

SECTION_TITLES = {"unions": "基层工会", "members": "会员", "venues": "职工之家阵地",
                  "hardship": "困难帮扶", "campaigns": "帮扶活动", "plan": "年度计划完成情况"}

# (key, label, kind): "count", "money", or "map" (one row per code, labelled by `codes`)
SECTION_FIGURES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "unions": (("total", "基层工会总数", "count"), ("new", "新建基层工会", "count"),
               ("with_credit_code", "已取得统一社会信用代码", "count")),
    "members": (("active", "在册会员", "count"), ("joined", "新入会", "count"),
                ("transferred_in", "转入本站", "count"),
                ("transferred_out", "转出本站", "count"),
                ("left", "减少(退会、退休、去世)", "count"),
                ("women", "其中女职工", "count"), ("migrant", "其中农民工", "count"),
                ("priority_groups", "新就业形态劳动者", "map"),
                ("model_workers", "劳动模范", "map")),
    "venues": (("by_kind", "阵地", "map"), ("model_homes", "模范职工之家", "map"),
               ("asset_value", "资产价值(元)", "money"), ("books", "图书(册)", "count"),
               ("loans", "借阅(次)", "count"), ("services", "服务(人次)", "count")),
    "hardship": (("files", "困难职工档案", "map"), ("opened", "新建档", "count"),
                 ("relieved", "解困脱困", "count"), ("visits", "走访慰问(次)", "count"),
                 ("households_helped", "帮扶户数", "count"),
                 ("paid_total", "发放金额(元)", "money"),
                 ("paid_by_funding", "按资金来源(元)", "map")),
}

MONTHLY_LABELS = {"start": "月初会员数", "joined": "本月入会", "transferred_in": "本月转入",
                  "transferred_out": "本月转出", "left": "本月减少", "end": "月末会员数"}

# The Chinese names of each map's codes, by the map's key. The homes and hardship code
# lists (VenueKind, ModelLevel, HardshipCategory, FundingSource) join here at the merge:
# {"by_kind": {k.value: k.label for k in VenueKind}, ...}.
CODE_LABELS: dict[str, dict[str, str]] = {
    "priority_groups": {g.value: g.label for g in PriorityGroup},
    "model_workers": {level.value: level.label for level in ModelWorkerLevel},
}


def code_label(code: str, figure: str = "") -> str:
    """A code's Chinese name where its code list is known here, else the code itself."""
    if figure:
        return CODE_LABELS.get(figure, {}).get(code, code)
    for labels in CODE_LABELS.values():
        if code in labels:
            return labels[code]
    return code


@dataclass(frozen=True)
class FigureRow:
    section: str
    name: str
    value: Number
    previous: Number | None
    indent: int = 0

    @property
    def change(self) -> Number | None:
        return None if self.previous is None else self.value - self.previous


def number(value: Any) -> Number:
    if isinstance(value, str):
        return Decimal(value)
    return int(value)


def section_rows(report: dict[str, Any], section: str) -> list[FigureRow]:
    current: dict[str, Any] = report[section]
    previous: dict[str, Any] | None = (report.get("previous_year") or {}).get(section)
    rows: list[FigureRow] = []
    for key, label, kind in SECTION_FIGURES[section]:
        before = previous.get(key) if previous is not None else None
        if kind != "map":
            rows.append(FigureRow(section, label, number(current[key]),
                                  None if before is None else number(before)))
            continue
        values: dict[str, Any] = current[key]
        earlier: dict[str, Any] = before or {}
        total_now = sum((number(v) for v in values.values()), start=number(0))
        total_then = sum((number(v) for v in earlier.values()), start=number(0))
        rows.append(FigureRow(section, label, total_now,
                              None if previous is None else total_then))
        for code in [*values, *(c for c in earlier if c not in values)]:
            rows.append(FigureRow(section, code_label(code, key), number(values.get(code, 0)),
                                  None if previous is None else number(earlier.get(code, 0)),
                                  indent=1))
    return rows


def figure_rows(report: dict[str, Any]) -> list[FigureRow]:
    return [row for section in SECTION_FIGURES for row in section_rows(report, section)]


def campaign_rows(report: dict[str, Any]) -> list[tuple[str, str, int, Decimal, Decimal]]:
    return [(c["name"], c["kind"], int(c["households"]), Decimal(c["paid_total"]),
             Decimal(c["budget"])) for c in report["campaigns"]]


def plan_rows(report: dict[str, Any]) -> list[tuple[str, int, int, str]]:
    return [(PLAN_LABELS[name], int(item["plan"]), int(item["actual"]),
             "" if item["percent"] is None else f"{item['percent']}%")
            for name, item in report["plan"].items()]


def monthly_rows(report: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = [(row["union"], *(row[k] for k in ROW_KEYS))
                                   for row in report["unions"]]
    rows.append(("合计", *(report["totals"][k] for k in ROW_KEYS)))
    return rows
