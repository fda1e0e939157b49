"""What the hardship services share: finding a file by what an officer types, money from
text, the file's history lines, and the plain rows handed to the window and the CLI."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionstation.domain.hardship import OPEN_STATUSES, FileStatus, HardshipCategory
from unionstation.domain.idnumber import InvalidIdNumber, masked, parse_id_number
from unionstation.domain.money import InvalidAmount, to_decimal
from unionstation.domain.text import normalize_text
from unionstation.services.errors import InvalidField, NotFound
from unionstation.store.base import utcnow
from unionstation.store.models import Campaign, HardshipEvent, HardshipFile

__all__ = ["FileRow", "file_row", "find_campaign", "find_file", "money", "note",
           "require_file"]

OPENED = "opened"
EDITED = "edited"
STATUS = "status"
RECHECKED = "rechecked"
VISITED = "visited"
PAID = "paid"
REVERSED = "reversed"


def money(record: str, field: str, value: Decimal | str | int | None, *,
          positive: bool = False, allow_none: bool = False) -> Decimal:
    """Yuan from what was typed ('1000', '1000.5', '1,000.50'); never a float."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return Decimal("0.00")
        raise InvalidField(record, field, "请填写金额(元),例如 1000.00")
    if isinstance(value, float):
        raise TypeError("money is never a float")
    try:
        amount = to_decimal(value)
    except InvalidAmount as exc:
        raise InvalidField(record, field, str(exc)) from None
    if amount < 0 or (positive and amount == 0):
        raise InvalidField(record, field, "金额应大于零" if positive else "金额不能为负数")
    return amount


@dataclass(frozen=True)
class FileRow:
    id: UUID
    file_no: str
    name: str
    id_number_masked: str
    category: HardshipCategory
    status: FileStatus
    income_per_capita: Decimal
    recheck_due: date
    household_size: int
    union_name: str


def file_row(item: HardshipFile) -> FileRow:
    return FileRow(item.id, item.file_no, item.name, masked(item.id_number), item.category,
                   item.status, item.income_per_capita, item.recheck_due,
                   item.household_size, item.union_name)


def require_file(session: Session, file_id: UUID) -> HardshipFile:
    item = session.get(HardshipFile, file_id)
    if item is None or item.deleted_at is not None:
        raise NotFound("找不到该困难职工档案,可能已被删除。")
    return item


def find_file(session: Session, ref: str, today: date) -> HardshipFile:
    """A file by id, file number or ID number (an open file before older ones)."""
    text = normalize_text(ref)
    item: HardshipFile | None = None
    with suppress(ValueError):
        item = session.get(HardshipFile, UUID(text))
    if item is None:
        item = session.scalars(select(HardshipFile).where(
            HardshipFile.file_no == text.upper())).first()
    if item is None:
        with suppress(InvalidIdNumber):
            number = parse_id_number(text, today=today).value
            item = session.scalars(
                select(HardshipFile)
                .where(HardshipFile.id_number == number, HardshipFile.deleted_at.is_(None))
                .order_by(HardshipFile.status.in_([s.value for s in OPEN_STATUSES]).desc(),
                          HardshipFile.opened_on.desc())).first()
    if item is None or item.deleted_at is not None:
        raise NotFound(f"找不到困难职工档案“{ref}”(可用档案编号、档案号或身份证号)。")
    return item


def find_campaign(session: Session, ref: str) -> Campaign:
    """A campaign by id or exact name (the newest year first)."""
    text = normalize_text(ref)
    found: Campaign | None = None
    with suppress(ValueError):
        found = session.get(Campaign, UUID(text))
    if found is None:
        found = session.scalars(select(Campaign).where(
            Campaign.name == text, Campaign.deleted_at.is_(None))
            .order_by(Campaign.year.desc())).first()
    if found is None or found.deleted_at is not None:
        raise NotFound(f"找不到帮扶活动“{ref}”(可用活动编号或名称)。")
    return found


def note(session: Session, file_id: UUID, kind: str, summary: str, officer: str,
         detail: dict[str, Any] | None = None) -> None:
    """One line of the file's history, inside the caller's transaction."""
    session.add(HardshipEvent(file_id=file_id, happened_at=utcnow(), kind=kind,
                              summary=summary, officer=officer, detail=detail or {}))
