"""Enrollment drives (集中入会): one date and place, many workers entered in a row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import func, select

from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, NotFound
from unionstation.services.member_query import MemberRow, member_session_rows
from unionstation.services.station import StationService
from unionstation.store.models import EnrollmentDrive, GrassrootsUnion, Member


@dataclass(frozen=True)
class DriveInfo:
    id: UUID
    held_on: date
    place: str
    union_id: UUID
    union_name: str
    note: str
    enrolled: int


class DriveService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def create(self, held_on: date, place: str, union_id: UUID, note: str = "") -> DriveInfo:
        self._ctx.require(Action.MEMBER_EDIT)
        where = normalize_text(place)
        if not where:
            raise InvalidField("集中入会", "地点", "请填写入会仪式的地点。")
        if held_on > self._ctx.today():
            raise InvalidField("集中入会", "日期", "不能晚于今天(可在当天或之后补录)。")
        station = StationService(self._ctx).require()
        with self._ctx.unit_of_work() as session:
            union = session.get(GrassrootsUnion, union_id)
            if union is None or union.closed_on is not None:
                raise InvalidField("集中入会", "基层工会", "不存在或已撤销。")
            drive = EnrollmentDrive(station_id=station.id, held_on=held_on, place=where,
                                    grassroots_union_id=union.id, note=normalize_text(note))
            session.add(drive)
            session.flush()
            return DriveInfo(drive.id, held_on, where, union.id, union.name, drive.note, 0)

    def all(self) -> list[DriveInfo]:
        counts = (select(Member.enrollment_drive_id, func.count().label("n"))
                  .group_by(Member.enrollment_drive_id).subquery())
        query = (
            select(EnrollmentDrive, GrassrootsUnion.name, func.coalesce(counts.c.n, 0))
            .join(GrassrootsUnion, GrassrootsUnion.id == EnrollmentDrive.grassroots_union_id)
            .outerjoin(counts, counts.c.enrollment_drive_id == EnrollmentDrive.id)
            .where(EnrollmentDrive.deleted_at.is_(None))
            .order_by(EnrollmentDrive.held_on.desc(), EnrollmentDrive.created_at.desc())
        )
        with self._ctx.reading() as session:
            return [DriveInfo(d.id, d.held_on, d.place, d.grassroots_union_id, union_name,
                              d.note, int(n)) for d, union_name, n in session.execute(query)]

    def get(self, drive_id: UUID) -> DriveInfo:
        for drive in self.all():
            if drive.id == drive_id:
                return drive
        raise NotFound("找不到该次集中入会。")

    def enrolled(self, drive_id: UUID) -> list[MemberRow]:
        """Who joined in this drive, in the order they were entered."""
        with self._ctx.reading() as session:
            ids = list(session.scalars(
                select(Member.id).where(Member.enrollment_drive_id == drive_id)
                .order_by(Member.created_at, Member.card_no)))
            return member_session_rows(session, ids)
