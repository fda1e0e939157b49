"""What the printed documents show: members' fields as printable text, the station, and the
member's last transfer out. Reads only; the ID number comes whole because the registration
sheet, the application and the transfer letter carry it (cards and certificates never do)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from uuid import UUID

from sqlalchemy import select

from unionstation.domain.idnumber import masked
from unionstation.domain.permissions import Action
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import NotFound
from unionstation.services.photos import PhotoStore
from unionstation.services.station import StationInfo, StationService
from unionstation.services.transfers import TransferRecord, TransferService
from unionstation.store.models import GrassrootsUnion, Member


@dataclass(frozen=True)
class PrintMember:
    id: UUID
    name: str
    gender: str
    ethnicity: str
    id_number: str
    birth_date: date
    native_place: str
    phone: str
    education: str
    political_status: str
    household_place: str
    household_kind: str
    migrant_worker: bool
    priority_group: str
    employer: str
    job: str
    professional_title: str
    model_worker: str
    joined_on: date
    card_no: str
    union_name: str
    address: str
    remarks: str
    photo: bytes | None  # JPEG bytes, decrypted only in memory


def _label(value: object) -> str:
    label = getattr(value, "label", None)
    return str(label) if label else ""


def _model_worker(member: Member) -> str:
    if member.model_worker_level is None:
        return ""
    parts = [member.model_worker_level.label, member.model_worker_title,
             str(member.model_worker_year or "")]
    return " ".join(part for part in parts if part)


class PrintDataService:
    def __init__(self, context: ServiceContext, files_dir: Path) -> None:
        self._ctx = context
        self._photos = PhotoStore(files_dir)

    def station(self) -> StationInfo:
        return StationService(self._ctx).require()

    def members(self, member_ids: Sequence[UUID], *,
                unmasked: bool | None = None) -> list[PrintMember]:
        """In the order asked; NotFound naming how many are missing.

        Whole ID numbers only for a role that may print them (audited, a count); a
        clerk's prints carry the masked number. `unmasked=True` insists (and is refused,
        audited, for a role that may not); None takes what the role may.
        """
        self._ctx.require(Action.PRINT_UNMASKED if unmasked else Action.PRINT)
        whole = self._ctx.may(Action.PRINT_UNMASKED) if unmasked is None else unmasked
        wanted = list(dict.fromkeys(member_ids))
        found: dict[UUID, PrintMember] = {}
        with self._ctx.reading() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                query = (select(Member, GrassrootsUnion.name)
                         .join(GrassrootsUnion, GrassrootsUnion.id == Member.grassroots_union_id)
                         .where(Member.id.in_(chunk), Member.deleted_at.is_(None)))
                for member, union_name in session.execute(query):
                    found[member.id] = self._printable(member, union_name)
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFound(f"找不到 {len(missing)} 名会员,可能已被删除。")
        if not whole:
            return [replace(found[i], id_number=masked(found[i].id_number)) for i in wanted]
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "print.unmasked", "member", "",
                         f"members={len(wanted)}")
        return [found[i] for i in wanted]

    def without_photo(self, member_ids: Sequence[UUID]) -> list[str]:
        """Names of those members whose card would print with an empty photo box."""
        wanted = list(dict.fromkeys(member_ids))
        names: list[str] = []
        with self._ctx.reading() as session:
            for start in range(0, len(wanted), 500):
                query = select(Member.name, Member.photo_hash).where(
                    Member.id.in_(wanted[start:start + 500]), Member.deleted_at.is_(None))
                for name, photo_hash in session.execute(query):
                    if not photo_hash or not self._photos.path_for(photo_hash).is_file():
                        names.append(name)
        return names

    def _printable(self, member: Member, union_name: str) -> PrintMember:
        photo = self._photos.read(member.photo_hash) if member.photo_hash else None
        return PrintMember(
            id=member.id, name=member.name, gender=_label(member.gender),
            ethnicity=_label(member.ethnicity), id_number=member.id_number,
            birth_date=member.birth_date, native_place=member.native_place, phone=member.phone,
            education=_label(member.education),
            political_status=_label(member.political_status),
            household_place=member.household_place,
            household_kind=_label(member.household_kind),
            migrant_worker=member.migrant_worker, priority_group=_label(member.priority_group),
            employer=member.employer, job=member.job,
            professional_title=member.professional_title, model_worker=_model_worker(member),
            joined_on=member.joined_on, card_no=member.card_no or "", union_name=union_name,
            address=member.address, remarks=member.remarks, photo=photo,
        )

    def last_transfer_out(self, member_id: UUID) -> TransferRecord | None:
        for record in TransferService(self._ctx).of_member(member_id):
            if record.kind == "out":
                return record
        return None
