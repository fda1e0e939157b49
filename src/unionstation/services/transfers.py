"""Transfers of a member's relation (会员关系接转).

Within the station the member moves to another grassroots union in one step. Out of the
station the member becomes "transferred out" and a transfer record keeps the destination
and date (the printing issue prints the letter from it). Into the station is an
enrollment with the origin recorded (MemberDraft.transfer_in_from).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionstation.domain.codes import MemberStatus
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services import history
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, NotFound
from unionstation.services.member_fields import record_name
from unionstation.services.station import StationService
from unionstation.store.models import GrassrootsUnion, Member, MemberStatusChange, MemberTransfer

# Only members who keep their membership can move it.
TRANSFERABLE = (MemberStatus.ACTIVE, MemberStatus.RETIRED)


@dataclass(frozen=True)
class TransferRecord:
    id: UUID
    member_id: UUID
    kind: str
    transfer_on: date
    from_name: str
    to_name: str
    note: str
    officer: str


def _record(transfer: MemberTransfer) -> TransferRecord:
    return TransferRecord(transfer.id, transfer.member_id, transfer.kind, transfer.transfer_on,
                          transfer.from_name, transfer.to_name, transfer.note, transfer.officer)


class TransferService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def _active_member(self, session: Session, member_id: UUID) -> Member:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound("找不到该会员。")
        if member.status not in TRANSFERABLE:
            raise InvalidField(record_name(member.name), "会员状态",
                               f"“{member.status.label}”的会员不能转接。")
        return member

    def _check_date(self, name: str, on: date) -> None:
        if on > self._ctx.today():
            raise InvalidField(record_name(name), "转接日期", "不能晚于今天。")

    def within(self, member_id: UUID, to_union_id: UUID, on: date | None = None,
               note: str = "") -> TransferRecord:
        self._ctx.require(Action.MEMBER_EDIT, str(member_id))
        day = on or self._ctx.today()
        with self._ctx.unit_of_work() as session:
            member = self._active_member(session, member_id)
            self._check_date(member.name, day)
            target = session.get(GrassrootsUnion, to_union_id)
            if target is None or target.deleted_at is not None or target.closed_on is not None:
                raise InvalidField(record_name(member.name), "转入基层工会",
                                   "不存在或已撤销,请另选。")
            source = session.get(GrassrootsUnion, member.grassroots_union_id)
            assert source is not None
            if target.id == source.id:
                raise InvalidField(record_name(member.name), "转入基层工会",
                                   "与现在所属的基层工会相同。")
            member.grassroots_union_id = target.id
            transfer = MemberTransfer(member_id=member.id, kind="internal", transfer_on=day,
                                      from_union_id=source.id, to_union_id=target.id,
                                      from_name=source.name, to_name=target.name,
                                      note=normalize_text(note), officer=self._ctx.officer)
            session.add(transfer)
            history.note(session, member.id, history.TRANSFER,
                         f"由“{source.name}”转至“{target.name}”({day.isoformat()})",
                         self._ctx.officer, {"kind": "internal"})
            session.flush()
            return _record(transfer)

    def out(self, member_id: UUID, destination: str, on: date | None = None,
            note: str = "") -> TransferRecord:
        self._ctx.require(Action.MEMBER_EDIT, str(member_id))
        day = on or self._ctx.today()
        target = normalize_text(destination)
        station = StationService(self._ctx).require()
        with self._ctx.unit_of_work() as session:
            member = self._active_member(session, member_id)
            if not target:
                raise InvalidField(record_name(member.name), "转往单位",
                                   "请填写接收会员关系的工会名称。")
            self._check_date(member.name, day)
            source = session.get(GrassrootsUnion, member.grassroots_union_id)
            assert source is not None
            old = member.status
            member.status = MemberStatus.TRANSFERRED_OUT
            session.add(MemberStatusChange(member_id=member.id, from_status=old,
                                           to_status=MemberStatus.TRANSFERRED_OUT,
                                           changed_on=day, reason=f"转往{target}",
                                           officer=self._ctx.officer))
            transfer = MemberTransfer(member_id=member.id, kind="out", transfer_on=day,
                                      from_union_id=source.id, from_name=source.name,
                                      to_name=target, note=normalize_text(note),
                                      officer=self._ctx.officer)
            session.add(transfer)
            history.note(session, member.id, history.TRANSFER,
                         f"转出本站({station.name}),转往“{target}”({day.isoformat()})",
                         self._ctx.officer, {"kind": "out"})
            session.flush()
            return _record(transfer)

    def of_member(self, member_id: UUID) -> list[TransferRecord]:
        with self._ctx.reading() as session:
            transfers = session.scalars(
                select(MemberTransfer).where(MemberTransfer.member_id == member_id)
                .order_by(MemberTransfer.transfer_on.desc(), MemberTransfer.created_at.desc())
            )
            return [_record(t) for t in transfers]
