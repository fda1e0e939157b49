"""Enrolling members and counting them (the register itself comes with the members issue)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionstation.domain.codes import (
    ConsentMethod,
    Education,
    Ethnicity,
    MemberStatus,
    PoliticalStatus,
    PriorityGroup,
)
from unionstation.domain.idnumber import InvalidIdNumber, parse_id_number
from unionstation.domain.phone import InvalidPhone, normalize_phone
from unionstation.domain.pinyin import name_search_keys
from unionstation.domain.text import normalize_name, normalize_text
from unionstation.services import audit
from unionstation.services.card_numbers import next_card_number
from unionstation.services.context import ServiceContext
from unionstation.services.errors import AlreadyExists, InvalidField, NotFound
from unionstation.services.station import StationService
from unionstation.store.models import GrassrootsUnion, Member, MemberStatusChange


@dataclass
class MemberDraft:
    """What an officer types to enroll someone; validated by MemberService.enroll."""

    name: str
    id_number: str
    grassroots_union_id: UUID
    joined_on: date
    phone: str = ""
    employer: str = ""
    job: str = ""
    priority_group: PriorityGroup | None = None
    migrant_worker: bool = False
    ethnicity: Ethnicity | None = None
    education: Education | None = None
    political_status: PoliticalStatus | None = None
    native_place: str = ""
    address: str = ""
    remarks: str = ""
    consent_on: date | None = None
    consent_method: ConsentMethod | None = ConsentMethod.SIGNED_APPLICATION


@dataclass(frozen=True)
class MemberSummary:
    id: UUID
    name: str
    card_no: str | None
    status: MemberStatus


class MemberService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def enroll(self, draft: MemberDraft) -> MemberSummary:
        return self.enroll_many([draft])[0]

    def enroll_many(self, drafts: Iterable[MemberDraft]) -> list[MemberSummary]:
        """All in one transaction: any bad draft leaves the database as it was."""
        station = StationService(self._ctx).require()
        enrolled: list[MemberSummary] = []
        with self._ctx.unit_of_work() as session:
            for draft in drafts:
                member = self._build(session, draft, station.id, station.division_code)
                session.add(member)
                session.flush()
                session.add(
                    MemberStatusChange(
                        member_id=member.id, from_status=None, to_status=MemberStatus.ACTIVE,
                        changed_on=draft.joined_on, reason="入会", officer=self._ctx.officer,
                    )
                )
                enrolled.append(MemberSummary(member.id, member.name, member.card_no,
                                              member.status))
            audit.record(session, self._ctx.officer, "member.enroll", "member",
                         detail=f"count={len(enrolled)}")
        return enrolled

    def _build(self, session: Session, draft: MemberDraft, station_id: UUID,
               division_code: str) -> Member:
        name = normalize_name(draft.name)
        record = f"会员“{name}”" if name else "会员"
        if not name:
            raise InvalidField(record, "姓名", "不能为空。")
        try:
            id_number = parse_id_number(draft.id_number, today=self._ctx.today())
        except InvalidIdNumber as exc:
            raise InvalidField(record, "身份证号", str(exc)) from exc
        phone = ""
        if draft.phone.strip():
            try:
                phone = normalize_phone(draft.phone)
            except InvalidPhone as exc:
                raise InvalidField(record, "联系电话", str(exc)) from exc
        if session.get(GrassrootsUnion, draft.grassroots_union_id) is None:
            raise NotFound(f"{record}:所属基层工会不存在。")
        duplicate = session.scalars(
            select(Member.id).where(
                Member.id_number == id_number.value,
                Member.status == MemberStatus.ACTIVE,
                Member.deleted_at.is_(None),
            )
        ).first()
        if duplicate is not None:
            raise AlreadyExists(f"{record}:身份证号已是本站在册会员,不能重复入会。")
        keys = name_search_keys(name)
        return Member(
            station_id=station_id,
            grassroots_union_id=draft.grassroots_union_id,
            name=name,
            name_pinyin=keys.full,
            name_initials=keys.initials,
            gender=id_number.gender,
            birth_date=id_number.birth_date,
            id_number=id_number.value,
            phone=phone,
            employer=normalize_text(draft.employer),
            job=normalize_text(draft.job),
            priority_group=draft.priority_group,
            migrant_worker=draft.migrant_worker,
            ethnicity=draft.ethnicity,
            education=draft.education,
            political_status=draft.political_status,
            native_place=normalize_text(draft.native_place),
            address=normalize_text(draft.address),
            remarks=draft.remarks.strip(),
            joined_on=draft.joined_on,
            consent_on=draft.consent_on or draft.joined_on,
            consent_method=draft.consent_method,
            card_no=next_card_number(session, division_code),
            status=MemberStatus.ACTIVE,
        )

    def count_active(self) -> int:
        with self._ctx.reading() as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(Member).where(
                        Member.status == MemberStatus.ACTIVE, Member.deleted_at.is_(None)
                    )
                )
                or 0
            )
