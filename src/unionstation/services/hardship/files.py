"""Hardship files (困难职工档案): open, edit the household, approve, relieve, close,
re-check, list. The life cycle follows `domain.hardship.TRANSITIONS`; every step is a
line of the file's history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionstation.domain.hardship import (
    MAX_SECONDARY_CAUSES,
    OPEN_STATUSES,
    TRANSITIONS,
    FileStatus,
    HardshipCategory,
    HardshipCause,
    Step,
    follow_up_dates,
    income_per_capita,
    recheck_due,
    transition,
)
from unionstation.domain.idnumber import InvalidIdNumber, masked, parse_id_number
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_name, normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import AlreadyExists, InvalidField, UserError
from unionstation.services.hardship import common
from unionstation.services.hardship.common import FileRow, file_row, money, require_file
from unionstation.services.station import StationService
from unionstation.store.base import new_id
from unionstation.store.models import GrassrootsUnion, HardshipFile, HouseholdMember, Member

__all__ = ["FileDraft", "FileFilter", "HardshipFileService", "HouseholdPerson"]

RECORD = "困难职工档案"


@dataclass(frozen=True)
class HouseholdPerson:
    name: str
    relation: str = ""
    birth_year: int | None = None
    health: str = ""
    disability: str = ""
    occupation: str = ""
    monthly_income: Decimal | str = Decimal("0.00")


@dataclass
class FileDraft:
    """A file as the editor and the CLI give it. With a household listed, its size and
    income are the rows'; without, `household_size` and `monthly_income` (the whole
    household's monthly income) are taken as given."""

    name: str = ""
    id_number: str = ""
    category: HardshipCategory = HardshipCategory.RELATIVE
    main_cause: HardshipCause = HardshipCause.OTHER
    secondary_causes: tuple[HardshipCause, ...] = ()
    member_id: UUID | None = None
    phone: str = ""
    employer: str = ""
    union_name: str = ""
    household_size: int = 1
    monthly_income: Decimal | str = Decimal("0.00")
    household: list[HouseholdPerson] = field(default_factory=list)
    medical_monthly: Decimal | str = Decimal("0.00")
    housing: str = ""
    zero_employment: bool = False
    bank_name: str = ""
    bank_account: str = ""
    narrative: str = ""


@dataclass(frozen=True)
class FileFilter:
    status: FileStatus | None = None
    category: HardshipCategory | None = None
    recheck_due: bool = False
    search: str = ""
    limit: int | None = None


@dataclass(frozen=True)
class _Clean:
    file: dict[str, Any]
    id_number: str
    member_id: UUID | None


class OpenFileExists(AlreadyExists):
    def __init__(self, file_no: str, name: str) -> None:
        super().__init__(f"身份证号已有未结束的困难职工档案 {file_no}(“{name}”),"
                         "同一人在本站只能有一份在档或待审的档案。")
        self.file_no = file_no


class HardshipFileService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- opening and editing ---------------------------------------------------------------

    def draft_for_member(self, member_id: UUID) -> FileDraft:
        """A new file's worker fields filled from the member's record."""
        self._ctx.require(Action.HARDSHIP_EDIT)
        with self._ctx.reading() as session:
            member = session.get(Member, member_id)
            if member is None or member.deleted_at is not None:
                raise UserError("找不到该会员,可能已被删除。")
            union = session.get(GrassrootsUnion, member.grassroots_union_id)
            return FileDraft(name=member.name, id_number=member.id_number,
                             member_id=member.id, phone=member.phone,
                             employer=member.employer,
                             union_name=union.name if union else "")

    def open(self, draft: FileDraft) -> FileRow:
        self._ctx.require(Action.HARDSHIP_EDIT)
        station_id = StationService(self._ctx).require().id
        values = self._clean(draft)
        with self._ctx.unit_of_work() as session:
            item = self._open_in(session, station_id, values, draft)
            audit.record(session, self._ctx.officer, "hardship.file.open", "hardship_file",
                         str(item.id))
            return file_row(item)

    def open_many(self, drafts: list[tuple[int, FileDraft]], *, dry_run: bool = False,
                  ) -> list[tuple[int, FileRow | None, str]]:
        """A roster's files in one transaction: (row, file or None, why not) for each; the
        good ones are written unless `dry_run`, a bad one never stops the others."""
        self._ctx.require(Action.HARDSHIP_EDIT)
        station_id = StationService(self._ctx).require().id
        outcomes: list[tuple[int, FileRow | None, str]] = []
        with self._ctx.unit_of_work() as session:
            for row, draft in drafts:
                try:
                    values = self._clean(draft)
                    with session.begin_nested():
                        item = self._open_in(session, station_id, values, draft)
                    outcomes.append((row, file_row(item), ""))
                except UserError as exc:
                    outcomes.append((row, None, str(exc)))
            written = sum(1 for _, made, _ in outcomes if made is not None)
            audit.record(session, self._ctx.officer, "hardship.import", "hardship_file", "",
                         f"rows={len(drafts)} written={0 if dry_run else written}")
            if dry_run:
                session.rollback()
        return outcomes

    def _open_in(self, session: Session, station_id: UUID, values: _Clean,
                 draft: FileDraft) -> HardshipFile:
        today = self._ctx.today()
        self._refuse_second_open(session, values.id_number, None)
        member_id = values.member_id or session.scalars(select(Member.id).where(
            Member.id_number == values.id_number, Member.deleted_at.is_(None))).first()
        item = HardshipFile(
            id=new_id(), station_id=station_id, file_no=self._next_no(session, today.year),
            status=FileStatus.TEMPORARY, opened_on=today, entered_by=self._ctx.officer,
            last_check_on=today, recheck_due=recheck_due(today), **values.file,
            member_id=member_id, id_number=values.id_number)
        session.add(item)
        session.flush()  # no relationships here: the file goes in before its rows
        self._write_household(session, item.id, draft.household)
        common.note(session, item.id, common.OPENED, "建档(待审核)", self._ctx.officer,
                    {"category": item.category.value})
        session.flush()
        return item

    def update(self, file_id: UUID, draft: FileDraft) -> FileRow:
        """Edit the file's fields and household (not its status, number or ID number)."""
        self._ctx.require(Action.HARDSHIP_EDIT, str(file_id))
        values = self._clean(draft)
        with self._ctx.unit_of_work() as session:
            item = require_file(session, file_id)
            if item.status is FileStatus.CLOSED:
                raise UserError(f"档案 {item.file_no} 已退出,不能再修改。")
            if values.id_number != item.id_number:
                raise InvalidField(item.file_no, "身份证号",
                                   "建档后不能修改;如填错请退出后重新建档。")
            changed = [k for k, v in values.file.items() if getattr(item, k) != v]
            for key, value in values.file.items():
                setattr(item, key, value)
            old = session.scalars(select(HouseholdMember).where(
                HouseholdMember.file_id == item.id, HouseholdMember.deleted_at.is_(None)))
            now = self._ctx.clock()
            for person in old:
                person.deleted_at = now
            self._write_household(session, item.id, draft.household)
            common.note(session, item.id, common.EDITED, "修改档案", self._ctx.officer,
                        {"fields": changed})
            return file_row(item)

    def _clean(self, draft: FileDraft) -> _Clean:
        name = normalize_name(draft.name)
        if not name:
            raise InvalidField(RECORD, "姓名", "不能为空")
        record = f"{RECORD}“{name}”"
        try:
            number = parse_id_number(draft.id_number, today=self._ctx.today()).value
        except InvalidIdNumber as exc:
            raise InvalidField(record, "身份证号", str(exc)) from None
        secondary = tuple(dict.fromkeys(c for c in draft.secondary_causes
                                        if c is not draft.main_cause))
        if len(secondary) > MAX_SECONDARY_CAUSES:
            raise InvalidField(record, "次要致困原因", f"最多 {MAX_SECONDARY_CAUSES} 项")
        if draft.household:
            size = len(draft.household)
            income = sum((money(record, f"家庭成员“{p.name}”月收入", p.monthly_income)
                          for p in draft.household), Decimal("0.00"))
        else:
            size = draft.household_size
            income = money(record, "家庭月收入", draft.monthly_income)
        if not 1 <= size <= 30:
            raise InvalidField(record, "家庭人口", f"应在 1 到 30 之间,而不是 {size}")
        account = "".join(normalize_text(draft.bank_account).split())
        file_values = {
            "name": name, "phone": normalize_text(draft.phone),
            "employer": normalize_text(draft.employer),
            "union_name": normalize_text(draft.union_name), "category": draft.category,
            "main_cause": draft.main_cause,
            "secondary_causes": [c.value for c in secondary], "household_size": size,
            "monthly_income": income, "income_per_capita": income_per_capita(income, size),
            "medical_monthly": money(record, "月医疗支出", draft.medical_monthly,
                                     allow_none=True),
            "housing": normalize_text(draft.housing),
            "zero_employment": draft.zero_employment,
            "bank_name": normalize_text(draft.bank_name), "bank_account": account,
            "narrative": draft.narrative.strip(),
        }
        return _Clean(file_values, number, draft.member_id)

    def _write_household(self, session: Session, file_id: UUID,
                         people: list[HouseholdPerson]) -> None:
        for person in people:
            name = normalize_name(person.name)
            if not name:
                raise InvalidField(RECORD, "家庭成员姓名", "不能为空")
            session.add(HouseholdMember(
                file_id=file_id, name=name, relation=normalize_text(person.relation),
                birth_year=person.birth_year, health=normalize_text(person.health),
                disability=normalize_text(person.disability),
                occupation=normalize_text(person.occupation),
                monthly_income=money(RECORD, "家庭成员月收入", person.monthly_income)))

    def _refuse_second_open(self, session: Session, id_number: str,
                            except_id: UUID | None) -> None:
        query = select(HardshipFile).where(
            HardshipFile.id_number == id_number, HardshipFile.deleted_at.is_(None),
            HardshipFile.status.in_([s.value for s in OPEN_STATUSES]))
        if except_id is not None:
            query = query.where(HardshipFile.id != except_id)
        other = session.scalars(query).first()
        if other is not None:
            raise OpenFileExists(other.file_no, other.name)

    @staticmethod
    def _next_no(session: Session, year: int) -> str:
        prefix = f"KN{year}"
        last = session.scalar(select(func.max(HardshipFile.file_no)).where(
            HardshipFile.file_no.like(f"{prefix}%")))
        number = int(last[len(prefix):]) + 1 if last else 1
        return f"{prefix}{number:05d}"

    # -- the life cycle --------------------------------------------------------------------

    def _step(self, session: Session, file_id: UUID, step: Step) -> HardshipFile:
        rule = TRANSITIONS[step]
        item = require_file(session, file_id)
        refusal = transition(step, item.status)
        if refusal:
            raise UserError(f"档案 {item.file_no}:{refusal}。")
        if rule.not_by_author and item.entered_by == self._ctx.officer:
            raise UserError(f"档案 {item.file_no} 由“{item.entered_by}”建档,"
                            "须由另一位干事审核入档。")
        return item

    def _status(self, session: Session, item: HardshipFile, new: FileStatus, summary: str,
                reason: str = "") -> None:
        old = item.status
        item.status = new
        common.note(session, item.id, common.STATUS, summary, self._ctx.officer,
                    {"from": old.value, "to": new.value})
        audit.record(session, self._ctx.officer, f"hardship.file.{new.value}",
                     "hardship_file", str(item.id))

    def approve(self, file_id: UUID) -> FileRow:
        self._ctx.require(TRANSITIONS[Step.APPROVE].action, str(file_id))
        with self._ctx.unit_of_work() as session:
            item = self._step(session, file_id, Step.APPROVE)
            item.approved_by = self._ctx.officer
            item.approved_on = self._ctx.today()
            self._status(session, item, FileStatus.FORMAL, "审核入档")
            return file_row(item)

    def relieve(self, file_id: UUID, reason: str, on: date | None = None) -> FileRow:
        self._ctx.require(TRANSITIONS[Step.RELIEVE].action, str(file_id))
        with self._ctx.unit_of_work() as session:
            item = self._step(session, file_id, Step.RELIEVE)
            self._relieve(session, item, reason, on or self._ctx.today())
            return file_row(item)

    def _relieve(self, session: Session, item: HardshipFile, reason: str, on: date) -> None:
        text = normalize_text(reason)
        if not text:
            raise InvalidField(item.file_no, "解困原因", "请写明解困脱困的原因")
        item.relieved_on = on
        item.relieved_reason = text
        item.follow_up_on = follow_up_dates(on)[0]
        self._status(session, item, FileStatus.RELIEVED, f"解困脱困:{text}")

    def close(self, file_id: UUID, reason: str, on: date | None = None) -> FileRow:
        self._ctx.require(TRANSITIONS[Step.CLOSE].action, str(file_id))
        with self._ctx.unit_of_work() as session:
            item = self._step(session, file_id, Step.CLOSE)
            text = normalize_text(reason)
            if not text:
                raise InvalidField(item.file_no, "退出原因", "请写明退出的原因")
            item.closed_on = on or self._ctx.today()
            item.closed_reason = text
            item.follow_up_on = None
            self._status(session, item, FileStatus.CLOSED, f"退出:{text}")
            return file_row(item)

    def recheck(self, file_id: UUID, household_size: int, monthly_income: Decimal | str,
                category: HardshipCategory | None = None,
                relieve_reason: str = "") -> FileRow:
        """The yearly re-check: the household's new income (and category), or relief."""
        self._ctx.require(TRANSITIONS[Step.RECHECK].action, str(file_id))
        today = self._ctx.today()
        with self._ctx.unit_of_work() as session:
            item = self._step(session, file_id, Step.RECHECK)
            if not 1 <= household_size <= 30:
                raise InvalidField(item.file_no, "家庭人口", "应在 1 到 30 之间")
            income = money(item.file_no, "家庭月收入", monthly_income)
            item.household_size = household_size
            item.monthly_income = income
            item.income_per_capita = income_per_capita(income, household_size)
            if category is not None:
                item.category = category
            item.last_check_on = today
            item.recheck_due = recheck_due(today)
            common.note(session, item.id, common.RECHECKED, "年度复核", self._ctx.officer,
                        {"category": item.category.value})
            if relieve_reason:
                self._relieve(session, item, relieve_reason, today)
            return file_row(item)

    # -- finding ---------------------------------------------------------------------------

    def resolve(self, ref: str) -> FileRow:
        self._ctx.require(Action.HARDSHIP_READ)
        with self._ctx.reading() as session:
            return file_row(common.find_file(session, ref, self._ctx.today()))

    def list(self, criteria: FileFilter | None = None) -> list[FileRow]:
        self._ctx.require(Action.HARDSHIP_READ)
        criteria = criteria or FileFilter()
        columns = (HardshipFile.id, HardshipFile.file_no, HardshipFile.name,
                   HardshipFile.id_number, HardshipFile.category, HardshipFile.status,
                   HardshipFile.income_per_capita, HardshipFile.recheck_due,
                   HardshipFile.household_size, HardshipFile.union_name)
        query = select(*columns).where(HardshipFile.deleted_at.is_(None))
        if criteria.status is not None:
            query = query.where(HardshipFile.status == criteria.status)
        if criteria.category is not None:
            query = query.where(HardshipFile.category == criteria.category)
        if criteria.recheck_due:
            query = query.where(HardshipFile.status == FileStatus.FORMAL,
                                HardshipFile.recheck_due <= self._ctx.today())
        text = normalize_text(criteria.search)
        if text:
            like = f"%{text}%"
            query = query.where(HardshipFile.name.like(like) | HardshipFile.file_no.like(like)
                                | (HardshipFile.id_number == text.upper()))
        query = query.order_by(HardshipFile.file_no.desc())
        if criteria.limit is not None:
            query = query.limit(criteria.limit)
        with self._ctx.reading() as session:
            return [FileRow(fid, no, name, masked(number), category, status, per_capita,
                            due, size, union)
                    for fid, no, name, number, category, status, per_capita, due, size, union
                    in session.execute(query)]

    def count(self) -> int:
        self._ctx.require(Action.HARDSHIP_READ)
        with self._ctx.reading() as session:
            return int(session.scalar(select(func.count()).select_from(HardshipFile).where(
                HardshipFile.deleted_at.is_(None))) or 0)

