"""Members: enroll, find, edit, and move through the life cycle. Nothing is hard-deleted."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionstation.domain.codes import Gender, MemberStatus
from unionstation.domain.idnumber import InvalidIdNumber, masked, parse_id_number
from unionstation.domain.permissions import Action
from unionstation.domain.pinyin import name_search_keys
from unionstation.domain.text import normalize_name, normalize_text
from unionstation.services import audit, history
from unionstation.services.card_numbers import next_card_number
from unionstation.services.context import ServiceContext
from unionstation.services.errors import AlreadyExists, InvalidField, NotFound
from unionstation.services.member_fields import (
    DRAFT_FIELDS,
    FIELD_LABELS,
    MemberDraft,
    clean_draft,
    record_name,
)
from unionstation.services.station import StationService
from unionstation.store.base import new_id
from unionstation.store.models import GrassrootsUnion, Member, MemberStatusChange

__all__ = ["DuplicateMember", "MemberDraft", "MemberService", "MemberSummary", "SimilarMember"]

# Status changes an officer may record; transfers out have their own service.
ALLOWED_STATUS_CHANGES: dict[MemberStatus, set[MemberStatus]] = {
    MemberStatus.ACTIVE: {MemberStatus.LAPSED, MemberStatus.RETIRED, MemberStatus.DECEASED},
    MemberStatus.RETIRED: {MemberStatus.ACTIVE, MemberStatus.LAPSED, MemberStatus.DECEASED},
    MemberStatus.LAPSED: {MemberStatus.ACTIVE, MemberStatus.DECEASED},
    MemberStatus.TRANSFERRED_OUT: {MemberStatus.ACTIVE},
    MemberStatus.DECEASED: set(),
}


def registered_members(session: Session, numbers: list[str]) -> dict[str, Member]:
    """The station's members holding any of these ID numbers (active ones win)."""
    found: dict[str, Member] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        for member in session.scalars(select(Member).where(
                Member.id_number.in_(chunk), Member.deleted_at.is_(None))):
            current = found.get(member.id_number)
            if current is None or member.status is MemberStatus.ACTIVE:
                found[member.id_number] = member
    return found


class DuplicateMember(AlreadyExists):
    """The ID number is already a member of this station: open that one instead."""

    def __init__(self, member_id: UUID, name: str, status: MemberStatus) -> None:
        super().__init__(
            f"身份证号已登记在本站会员“{name}”名下(状态:{status.label}),不能重复登记。"
        )
        self.member_id = member_id


@dataclass(frozen=True)
class MemberSummary:
    id: UUID
    name: str
    card_no: str | None
    status: MemberStatus
    birth_date: date
    gender: Gender


@dataclass(frozen=True)
class SimilarMember:
    """A possible duplicate: same birth date, and a name that sounds or looks alike."""

    id: UUID
    name: str
    id_number_masked: str
    union_name: str
    status: MemberStatus
    reason: str


def _summary(member: Member) -> MemberSummary:
    return MemberSummary(member.id, member.name, member.card_no, member.status,
                         member.birth_date, member.gender)


def _one_apart(a: str, b: str) -> bool:
    """Edit distance at most one (a typo, a missing or an extra character)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


class MemberService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- enrollment ------------------------------------------------------------------------

    def enroll(self, draft: MemberDraft, drive_id: UUID | None = None) -> MemberSummary:
        return self.enroll_many([draft], drive_id)[0]

    def enroll_many(self, drafts: Iterable[MemberDraft],
                    drive_id: UUID | None = None) -> list[MemberSummary]:
        """All in one transaction: any bad draft leaves the database as it was.

        One flush for the lot (no autoflush in between), so a big batch is written with
        executemany by the ORM and by the change-log and search hooks.
        """
        self._ctx.require(Action.MEMBER_EDIT)
        station = StationService(self._ctx).require()
        today = self._ctx.today()
        enrolled: list[MemberSummary] = []
        unions: dict[UUID, GrassrootsUnion] = {}
        seen: dict[str, str] = {}
        with self._ctx.unit_of_work() as session, session.no_autoflush:
            cleaned = [clean_draft(draft, today) for draft in drafts]
            registered = registered_members(session, [c.values["id_number"] for c in cleaned])
            for clean in cleaned:
                values = clean.values
                union_id = values["grassroots_union_id"]
                if union_id not in unions:
                    unions[union_id] = self._require_union(session, union_id, values["name"])
                number = values["id_number"]
                if number in seen:
                    raise InvalidField(record_name(values["name"]), FIELD_LABELS["id_number"],
                                       f"与同批登记的“{seen[number]}”相同。")
                seen[number] = values["name"]
                existing = registered.get(number)
                if existing is not None:
                    raise DuplicateMember(existing.id, existing.name, existing.status)
                keys = name_search_keys(values["name"])
                member = Member(
                    **values,
                    id=new_id(),
                    station_id=station.id,
                    name_pinyin=keys.full,
                    name_initials=keys.initials,
                    gender=clean.identity.gender,
                    birth_date=clean.identity.birth_date,
                    card_no=next_card_number(session, station.division_code),
                    status=MemberStatus.ACTIVE,
                    enrollment_drive_id=drive_id,
                )
                session.add(member)
                self._status_line(session, member, None, MemberStatus.ACTIVE,
                                  values["joined_on"], "入会")
                origin = values["transfer_in_from"]
                summary = f"由“{origin}”转入本站" if origin else "入会登记"
                history.note(session, member.id, history.ENROLLED, summary, self._ctx.officer,
                             {"card_no": member.card_no})
                enrolled.append(_summary(member))
            session.flush()
            audit.record(session, self._ctx.officer, "member.enroll", "member",
                         detail=f"count={len(enrolled)}")
        return enrolled

    def _require_union(self, session: Session, union_id: UUID, name: str) -> GrassrootsUnion:
        union = session.get(GrassrootsUnion, union_id)
        if union is None or union.deleted_at is not None:
            raise NotFound(f"{record_name(name)}:所属基层工会不存在。")
        if union.closed_on is not None:
            raise InvalidField(record_name(name), FIELD_LABELS["grassroots_union_id"],
                               f"“{union.name}”已撤销,请选择其他基层工会。")
        return union

    def _by_id_number(self, session: Session, id_number: str) -> Member | None:
        return session.scalars(
            select(Member)
            .where(Member.id_number == id_number, Member.deleted_at.is_(None))
            .order_by((Member.status == MemberStatus.ACTIVE).desc())
        ).first()

    def _status_line(self, session: Session, member: Member, old: MemberStatus | None,
                     new: MemberStatus, on: date, reason: str) -> None:
        session.add(MemberStatusChange(member_id=member.id, from_status=old, to_status=new,
                                       changed_on=on, reason=reason,
                                       officer=self._ctx.officer))

    # -- finding ---------------------------------------------------------------------------

    def find_by_id_number(self, raw: str) -> MemberSummary | None:
        """The station's member (any status) with this ID number, if any."""
        try:
            value = parse_id_number(raw, today=self._ctx.today()).value
        except InvalidIdNumber:
            return None
        with self._ctx.reading() as session:
            member = self._by_id_number(session, value)
            return _summary(member) if member else None

    def possible_duplicates(self, name: str, birth_date: date,
                            exclude: UUID | None = None) -> list[SimilarMember]:
        """Same birth date and the same pinyin, or a name one character apart."""
        clean = normalize_name(name)
        if not clean:
            return []
        pinyin = name_search_keys(clean).full
        with self._ctx.reading() as session:
            rows = session.execute(
                select(Member, GrassrootsUnion.name)
                .join(GrassrootsUnion, GrassrootsUnion.id == Member.grassroots_union_id)
                .where(Member.birth_date == birth_date, Member.deleted_at.is_(None))
            ).all()
        found = []
        for member, union_name in rows:
            if member.id == exclude:
                continue
            if member.name == clean:
                reason = "姓名相同"
            elif pinyin and member.name_pinyin == pinyin:
                reason = "姓名同音"
            elif _one_apart(member.name, clean):
                reason = "姓名相差一字"
            else:
                continue
            found.append(SimilarMember(member.id, member.name, masked(member.id_number),
                                       union_name, member.status, reason))
        return found

    def resolve(self, key: str) -> MemberSummary:
        """A member by id, card number or ID number (what the CLI accepts as MEMBER)."""
        text = normalize_text(key)
        with self._ctx.reading() as session:
            member = None
            with suppress(ValueError):
                member = session.get(Member, UUID(text))
            if member is None:
                member = session.scalars(select(Member).where(Member.card_no == text)).first()
            if member is None:
                try:
                    value = parse_id_number(text, today=self._ctx.today()).value
                except InvalidIdNumber:
                    value = None
                if value is not None:
                    member = self._by_id_number(session, value)
            if member is None or member.deleted_at is not None:
                raise NotFound(f"找不到会员“{key}”(可用会员编号、会员证号或身份证号)。")
            return _summary(member)

    def draft_of(self, member_id: UUID) -> MemberDraft:
        """The member's editable fields, as the form shows them. A role that may not see
        whole ID numbers (a clerk) gets it masked; `update` keeps the stored one then."""
        self._ctx.require(Action.MEMBER_EDIT, str(member_id))
        with self._ctx.reading() as session:
            member = self._get(session, member_id)
            draft = MemberDraft(**{f: getattr(member, f) for f in DRAFT_FIELDS})
        if not self._ctx.may(Action.MEMBER_REVEAL):
            draft = replace(draft, id_number=masked(draft.id_number))
        return draft

    def _get(self, session: Session, member_id: UUID) -> Member:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound("找不到该会员,可能已被删除。")
        return member

    # -- editing and life cycle -------------------------------------------------------------

    def update(self, member_id: UUID, draft: MemberDraft) -> MemberSummary:
        """Save the changed fields; the history says which fields changed (not values)."""
        self._ctx.require(Action.MEMBER_EDIT, str(member_id))
        today = self._ctx.today()
        if "*" in draft.id_number:  # left masked (a clerk's form): the stored number stays
            with self._ctx.reading() as session:
                stored = self._get(session, member_id).id_number
            if masked(stored) == draft.id_number:
                draft = replace(draft, id_number=stored)
        clean = clean_draft(draft, today)
        with self._ctx.unit_of_work() as session:
            member = self._get(session, member_id)
            values: dict[str, Any] = clean.values
            if values["id_number"] != member.id_number:
                other = self._by_id_number(session, values["id_number"])
                if other is not None and other.id != member.id:
                    raise DuplicateMember(other.id, other.name, other.status)
            if values["grassroots_union_id"] != member.grassroots_union_id:
                raise InvalidField(record_name(member.name), FIELD_LABELS["grassroots_union_id"],
                                   "请用“会员关系转接”更换所属基层工会。")
            changed = [f for f, v in values.items() if getattr(member, f) != v]
            if not changed:
                return _summary(member)
            for field in changed:
                setattr(member, field, values[field])
            if "name" in changed:
                keys = name_search_keys(member.name)
                member.name_pinyin, member.name_initials = keys.full, keys.initials
            if "id_number" in changed:
                member.birth_date = clean.identity.birth_date
                member.gender = clean.identity.gender
            labels = "、".join(FIELD_LABELS[f] for f in changed)
            history.note(session, member.id, history.EDITED, f"修改了{labels}",
                         self._ctx.officer, {"fields": changed})
            return _summary(member)

    def change_status(self, member_id: UUID, status: MemberStatus, on: date,
                      reason: str = "") -> MemberSummary:
        self._ctx.require(Action.MEMBER_EDIT, str(member_id))
        with self._ctx.unit_of_work() as session:
            member = self._get(session, member_id)
            old = member.status
            if status not in ALLOWED_STATUS_CHANGES[old]:
                raise InvalidField(record_name(member.name), "会员状态",
                                   f"不能从“{old.label}”改为“{status.label}”。")
            if on > self._ctx.today():
                raise InvalidField(record_name(member.name), "变更日期", "不能晚于今天。")
            if status is MemberStatus.ACTIVE:
                other = self._by_id_number(session, member.id_number)
                if (other is not None and other.id != member.id
                        and other.status is MemberStatus.ACTIVE):
                    raise AlreadyExists(f"{record_name(member.name)}:同一身份证号已有在册会员。")
            member.status = status
            self._status_line(session, member, old, status, on, normalize_text(reason))
            text = f"会员状态由“{old.label}”改为“{status.label}”({on.isoformat()})"
            if reason.strip():
                text += f":{normalize_text(reason)}"
            history.note(session, member.id, history.STATUS, text, self._ctx.officer,
                         {"from": old.value, "to": status.value})
            return _summary(member)

    def delete(self, member_id: UUID, reason: str) -> None:
        """Remove a record entered by mistake. The row stays as a tombstone (deleted_at),
        which reaches the county like any change, so no replay can bring it back."""
        self._ctx.require(Action.MEMBER_DELETE, str(member_id))
        clean = normalize_text(reason)
        with self._ctx.unit_of_work() as session:
            member = self._get(session, member_id)
            if not clean:
                raise InvalidField(record_name(member.name), "删除原因",
                                   "请写明删除原因,例如“重复录入”或“录错了人”。")
            member.deleted_at = self._ctx.clock()
            history.note(session, member.id, history.DELETED, f"删除记录:{clean}",
                         self._ctx.officer, {})
            audit.record(session, self._ctx.officer, "member.delete", "member",
                         entity_id=str(member.id))

    # -- counts ----------------------------------------------------------------------------

    def count_active(self) -> int:
        with self._ctx.reading() as session:
            return int(session.scalar(
                select(func.count()).select_from(Member).where(
                    Member.status == MemberStatus.ACTIVE, Member.deleted_at.is_(None))
            ) or 0)

    def count_model_workers(self) -> int:
        with self._ctx.reading() as session:
            return int(session.scalar(
                select(func.count()).select_from(Member).where(
                    Member.model_worker_level.is_not(None),
                    Member.status.in_([MemberStatus.ACTIVE, MemberStatus.RETIRED]),
                    Member.deleted_at.is_(None))
            ) or 0)
