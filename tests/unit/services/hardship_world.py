"""Hardship files made the way officers make them: opened by one, approved by another."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.factories import make_id_number
from unionstation.domain.hardship import HardshipCategory, HardshipCause
from unionstation.services.context import ServiceContext
from unionstation.services.hardship.common import FileRow
from unionstation.services.hardship.files import FileDraft, HardshipFileService

SECOND_OFFICER = "李审核"


def draft(seq: int, category: HardshipCategory = HardshipCategory.SEVERE,
          size: int = 3, income: str = "1500") -> FileDraft:
    return FileDraft(name=f"困难户{seq:03d}",
                     id_number=make_id_number("330106", date(1970, 1, 1), seq),
                     category=category, main_cause=HardshipCause.ILLNESS,
                     household_size=size, monthly_income=income)


def approved(ctx: ServiceContext, seq: int,
             category: HardshipCategory = HardshipCategory.SEVERE) -> FileRow:
    """A formal file: opened by the context's officer, approved by a second one."""
    opened = HardshipFileService(ctx).open(draft(seq, category))
    second = replace(ctx, officer=SECOND_OFFICER)
    return HardshipFileService(second).approve(opened.id)
