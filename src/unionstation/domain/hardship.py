"""Hardship aid (困难职工帮扶): the fixed lists, the file's life cycle as data, and the
arithmetic of a household's income against the minimum-living line (GLOSSARY.md).

The life cycle is one transition table (STYLE.md habit 15): the service enforces it and
the window reads it to enable its buttons.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from unionstation.domain._labeled import LabeledEnum
from unionstation.domain.permissions import Action

__all__ = [
    "MAX_SECONDARY_CAUSES",
    "OPEN_STATUSES",
    "TRANSITIONS",
    "CampaignKind",
    "FileStatus",
    "FundingSource",
    "HardshipCategory",
    "HardshipCause",
    "IncomeBand",
    "MustVisitOccasion",
    "Step",
    "Transition",
    "VisitKind",
    "add_months",
    "follow_up_dates",
    "income_band",
    "income_per_capita",
    "recheck_due",
    "transition",
]

MAX_SECONDARY_CAUSES = 3
_CENT = Decimal("0.01")


class HardshipCategory(LabeledEnum):
    SEVERE = "severe", "深度困难", "深度"
    RELATIVE = "relative", "相对困难", "相对"
    SUDDEN = "sudden", "意外致困", "意外"


class HardshipCause(LabeledEnum):
    ILLNESS = "illness", "因病", "疾病", "病"
    DISABILITY = "disability", "因残", "残疾"
    SCHOOLING = "schooling", "因学", "上学", "子女上学"
    DISASTER = "disaster", "因灾", "灾害"
    UNEMPLOYMENT = "unemployment", "因失业", "失业"
    ACCIDENT = "accident", "因意外", "意外"
    SINGLE_PARENT = "single_parent", "单亲", "单亲家庭"
    OTHER = "other", "其他", "其它"


class FileStatus(LabeledEnum):
    TEMPORARY = "temporary", "建档待审", "待审"
    FORMAL = "formal", "在档", "正式"
    RELIEVED = "relieved", "解困脱困", "脱困", "解困"
    CLOSED = "closed", "退出", "已退出"


OPEN_STATUSES = (FileStatus.TEMPORARY, FileStatus.FORMAL)
"""A person may have one file in these at a station at a time (and a county case across)."""


class VisitKind(LabeledEnum):
    MUST_VISIT = "must_visit", "五必访"
    CAMPAIGN = "campaign", "帮扶活动"
    MEDICAL = "medical", "医疗救助"
    LIVING = "living", "生活救助"
    SCHOOLING = "schooling", "助学"
    LEGAL_AID = "legal_aid", "法律援助"
    OTHER = "other", "其他", "其它"


class MustVisitOccasion(LabeledEnum):
    """五必访: the five occasions a union officer must visit on."""

    HARDSHIP = "hardship", "生活困难必访", "困难"
    ILLNESS = "illness", "生病住院必访", "生病", "住院"
    CONFLICT = "conflict", "发生矛盾必访", "矛盾"
    OPINION = "opinion", "有意见必访", "意见"
    HAPPY_EVENT = "happy_event", "婚丧嫁娶必访", "喜事", "婚丧嫁娶"


class FundingSource(LabeledEnum):
    OWN_FUNDS = "own_funds", "自有资金", "自筹"
    HIGHER_UNION = "higher_union", "上级拨款", "上级工会"
    DONATION = "donation", "社会捐赠", "捐赠"
    SPECIAL_FUND = "special_fund", "专项资金", "专项"


class CampaignKind(LabeledEnum):
    WINTER_WARMTH = "winter_warmth", "送温暖"
    SUMMER_COOLING = "summer_cooling", "送清凉"
    AUTUMN_SCHOOLING = "autumn_schooling", "金秋助学"
    SPRING_JOBS = "spring_jobs", "春送岗位"
    OTHER = "other", "其他帮扶", "其他"


class IncomeBand(LabeledEnum):
    BELOW = "below", "低于低保标准"
    UP_TO_TWICE = "up_to_twice", "低保标准1至2倍"
    ABOVE = "above", "高于低保标准2倍"


class Step(StrEnum):
    APPROVE = "approve"
    RELIEVE = "relieve"
    CLOSE = "close"
    RECHECK = "recheck"


@dataclass(frozen=True)
class Transition:
    """One step of the life cycle: from which statuses, to which, who may, and what the
    officer must give (a reason), and whether the officer who entered the file is refused."""

    step: Step
    sources: tuple[FileStatus, ...]
    target: FileStatus | None  # None: stays where it is (a re-check)
    action: Action
    label: str
    needs_reason: bool = False
    not_by_author: bool = False


TRANSITIONS: dict[Step, Transition] = {
    Step.APPROVE: Transition(Step.APPROVE, (FileStatus.TEMPORARY,), FileStatus.FORMAL,
                             Action.HARDSHIP_APPROVE, "审核入档", not_by_author=True),
    Step.RELIEVE: Transition(Step.RELIEVE, (FileStatus.FORMAL,), FileStatus.RELIEVED,
                             Action.HARDSHIP_EDIT, "解困脱困", needs_reason=True),
    Step.CLOSE: Transition(Step.CLOSE, (FileStatus.TEMPORARY, FileStatus.FORMAL,
                                        FileStatus.RELIEVED), FileStatus.CLOSED,
                           Action.HARDSHIP_EDIT, "退出", needs_reason=True),
    Step.RECHECK: Transition(Step.RECHECK, (FileStatus.FORMAL,), None,
                             Action.HARDSHIP_EDIT, "年度复核"),
}


def transition(step: Step, status: FileStatus) -> str:
    """Why `step` cannot be taken from `status`; "" when it can."""
    rule = TRANSITIONS[step]
    if status in rule.sources:
        return ""
    allowed = "、".join(s.label for s in rule.sources)
    return f"档案状态为“{status.label}”,只有“{allowed}”的档案才能{rule.label}"


def income_per_capita(monthly_income: Decimal, household_size: int) -> Decimal:
    """The household's monthly income per member, to the fen (half up)."""
    if household_size < 1:
        raise ValueError("household size must be at least 1")
    return (monthly_income / household_size).quantize(_CENT, rounding=ROUND_HALF_UP)


def income_band(per_capita: Decimal, line: Decimal | None) -> IncomeBand | None:
    """Where the income stands against the minimum-living line; None without a line."""
    if line is None or line <= 0:
        return None
    if per_capita < line:
        return IncomeBand.BELOW
    if per_capita <= line * 2:
        return IncomeBand.UP_TO_TWICE
    return IncomeBand.ABOVE


def add_months(day: date, months: int) -> date:
    """The same day `months` later, the month's last day where it is shorter."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def recheck_due(last_check: date) -> date:
    """A file is re-checked a year after it was opened or last re-checked."""
    return add_months(last_check, 12)


def follow_up_dates(relieved_on: date) -> tuple[date, date]:
    """After relief a household is looked at again after 3 and 12 months."""
    return add_months(relieved_on, 3), add_months(relieved_on, 12)
