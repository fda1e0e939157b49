"""Grassroots unions (基层工会) under the station: register, edit, merge, close."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import attrgetter, itemgetter
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionstation.domain.codes import MemberStatus, UnionKind
from unionstation.domain.collation import sorted_by_pinyin
from unionstation.domain.credit_code import InvalidCreditCode, parse_union_credit_code
from unionstation.domain.permissions import Action
from unionstation.domain.phone import InvalidPhone, normalize_phone
from unionstation.domain.text import normalize_text
from unionstation.services import audit, history
from unionstation.services.context import ServiceContext
from unionstation.services.errors import AlreadyExists, InvalidField, NotFound, UserError
from unionstation.services.station import StationService
from unionstation.store.models import GrassrootsUnion, Member, MemberTransfer

LIVE_STATUSES = (MemberStatus.ACTIVE, MemberStatus.RETIRED)


@dataclass
class UnionDraft:
    name: str
    kind: UnionKind = UnionKind.ENTERPRISE
    credit_code: str = ""
    chair: str = ""
    contact: str = ""
    phone: str = ""
    founded_on: date | None = None
    address: str = ""


@dataclass(frozen=True)
class UnionSummary:
    id: UUID
    name: str
    kind: UnionKind
    members: int
    credit_code: str | None = None
    chair: str = ""
    contact: str = ""
    phone: str = ""
    founded_on: date | None = None
    address: str = ""
    closed_on: date | None = None
    model_workers: int = 0


def _record(name: str) -> str:
    return f"基层工会“{name}”" if name else "基层工会"


def _clean(draft: UnionDraft) -> dict[str, object]:
    name = normalize_text(draft.name)
    if not name:
        raise InvalidField("基层工会", "名称", "不能为空。")
    values: dict[str, object] = {
        "name": name, "kind": draft.kind, "chair": normalize_text(draft.chair),
        "contact": normalize_text(draft.contact), "founded_on": draft.founded_on,
        "address": normalize_text(draft.address), "credit_code": None, "phone": "",
    }
    if draft.credit_code.strip():
        try:
            values["credit_code"] = parse_union_credit_code(draft.credit_code)
        except InvalidCreditCode as exc:
            raise InvalidField(_record(name), "统一社会信用代码", str(exc)) from exc
    if draft.phone.strip():
        try:
            values["phone"] = normalize_phone(draft.phone)
        except InvalidPhone as exc:
            raise InvalidField(_record(name), "联系电话", str(exc)) from exc
    return values


class UnionService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add(self, name: str | UnionDraft, kind: UnionKind = UnionKind.ENTERPRISE,
            credit_code: str | None = None) -> UnionSummary:
        draft = name if isinstance(name, UnionDraft) else UnionDraft(
            name, kind, credit_code or "")
        return self.add_many([draft])[0]

    def add_many(self, drafts: list[UnionDraft]) -> list[UnionSummary]:
        """Register several unions in one transaction (all or none)."""
        self._ctx.require(Action.UNION_EDIT)
        cleaned = [_clean(draft) for draft in drafts]
        station = StationService(self._ctx).require()
        added: list[UnionSummary] = []
        with self._ctx.unit_of_work() as session:
            names: set[str] = set()
            for values in cleaned:
                name = str(values["name"])
                if name in names:
                    raise AlreadyExists(f"{_record(name)}在本次登记中出现了两次。")
                names.add(name)
                self._refuse_duplicate_name(session, name, None)
                self._refuse_duplicate_code(session, values["credit_code"], None, name)
                union = GrassrootsUnion(station_id=station.id, **values)
                session.add(union)
                session.flush()
                audit.record(session, self._ctx.officer, "union.add", "grassroots_union",
                             str(union.id))
                added.append(self._summary(union, 0))
        return added

    def update(self, union_id: UUID, draft: UnionDraft) -> UnionSummary:
        self._ctx.require(Action.UNION_EDIT, str(union_id))
        values = _clean(draft)
        with self._ctx.unit_of_work() as session:
            union = self._get(session, union_id)
            self._refuse_duplicate_name(session, str(values["name"]), union.id)
            self._refuse_duplicate_code(session, values["credit_code"], union.id,
                                        str(values["name"]))
            for key, value in values.items():
                setattr(union, key, value)
            return self._summary(union, self._count(session, union.id))

    def _refuse_duplicate_name(self, session: Session, name: str, own: UUID | None) -> None:
        query = select(GrassrootsUnion.id).where(GrassrootsUnion.name == name,
                                                 GrassrootsUnion.deleted_at.is_(None))
        if own is not None:
            query = query.where(GrassrootsUnion.id != own)
        if session.scalars(query).first() is not None:
            raise AlreadyExists(f"{_record(name)}已经存在。")

    def _refuse_duplicate_code(self, session: Session, code: object, own: UUID | None,
                               name: str) -> None:
        """A union's credit code is its own: two unions of the station never share one."""
        if not code:
            return
        query = select(GrassrootsUnion.name).where(GrassrootsUnion.credit_code == code,
                                                   GrassrootsUnion.deleted_at.is_(None))
        if own is not None:
            query = query.where(GrassrootsUnion.id != own)
        holder = session.scalars(query).first()
        if holder is not None:
            raise AlreadyExists(f"{_record(name)}的统一社会信用代码{code}已由“{holder}”登记。")

    def _get(self, session: Session, union_id: UUID) -> GrassrootsUnion:
        union = session.get(GrassrootsUnion, union_id)
        if union is None or union.deleted_at is not None:
            raise NotFound("找不到该基层工会。")
        return union

    def _count(self, session: Session, union_id: UUID) -> int:
        return int(session.scalar(
            select(func.count()).select_from(Member).where(
                Member.grassroots_union_id == union_id, Member.status == MemberStatus.ACTIVE,
                Member.deleted_at.is_(None))) or 0)

    def _summary(self, union: GrassrootsUnion, members: int,
                 model_workers: int = 0) -> UnionSummary:
        return UnionSummary(union.id, union.name, union.kind, members, union.credit_code,
                            union.chair, union.contact, union.phone, union.founded_on,
                            union.address, union.closed_on, model_workers)

    def get(self, union_id: UUID) -> UnionSummary:
        with self._ctx.reading() as session:
            union = self._get(session, union_id)
            return self._summary(union, self._count(session, union.id))

    def resolve(self, key: str) -> UnionSummary:
        """A union by id or exact name (what the CLI accepts as UNION)."""
        text = normalize_text(key)
        with self._ctx.reading() as session:
            union = None
            try:
                union = session.get(GrassrootsUnion, UUID(text))
            except ValueError:
                union = session.scalars(select(GrassrootsUnion).where(
                    GrassrootsUnion.name == text, GrassrootsUnion.deleted_at.is_(None))).first()
            if union is None or union.deleted_at is not None:
                raise NotFound(f"找不到基层工会“{key}”(请用编号或完整名称)。")
            return self._summary(union, self._count(session, union.id))

    def choices(self, include_closed: bool = False) -> list[tuple[UUID, str]]:
        """(id, name) of every union, for a filter or a combo box: no counting."""
        query = (select(GrassrootsUnion.id, GrassrootsUnion.name)
                 .where(GrassrootsUnion.deleted_at.is_(None)).order_by(GrassrootsUnion.name))
        if not include_closed:
            query = query.where(GrassrootsUnion.closed_on.is_(None))
        with self._ctx.reading() as session:
            rows = [(union_id, name) for union_id, name in session.execute(query)]
        return sorted_by_pinyin(rows, itemgetter(1))

    def list(self, include_closed: bool = False) -> list[UnionSummary]:
        """Every union with its live counts of active members and model workers."""
        active = (
            select(Member.grassroots_union_id,
                   func.count().label("n"),
                   func.count(Member.model_worker_level).label("models"))
            .where(Member.status == MemberStatus.ACTIVE, Member.deleted_at.is_(None))
            .group_by(Member.grassroots_union_id)
            .subquery()
        )
        query = (
            select(GrassrootsUnion, func.coalesce(active.c.n, 0),
                   func.coalesce(active.c.models, 0))
            .outerjoin(active, active.c.grassroots_union_id == GrassrootsUnion.id)
            .where(GrassrootsUnion.deleted_at.is_(None))
            .order_by(GrassrootsUnion.name)
        )
        if not include_closed:
            query = query.where(GrassrootsUnion.closed_on.is_(None))
        with self._ctx.reading() as session:
            summaries = [self._summary(union, int(count), int(models))
                         for union, count, models in session.execute(query)]
        return sorted_by_pinyin(summaries, attrgetter("name"))

    def merge(self, source_id: UUID, target_id: UUID) -> UnionSummary:
        """Move every member of `source` to `target`, then close `source` as merged."""
        self._ctx.require(Action.UNION_EDIT, str(source_id))
        today = self._ctx.today()
        with self._ctx.unit_of_work() as session:
            source = self._get(session, source_id)
            target = self._get(session, target_id)
            if source.id == target.id:
                raise UserError("不能把基层工会合并到它自己。")
            if target.closed_on is not None:
                raise UserError(f"{_record(target.name)}已撤销,不能作为合并目标。")
            members = list(session.scalars(select(Member).where(
                Member.grassroots_union_id == source.id, Member.deleted_at.is_(None))))
            for member in members:
                member.grassroots_union_id = target.id
                session.add(MemberTransfer(
                    member_id=member.id, kind="internal", transfer_on=today,
                    from_union_id=source.id, to_union_id=target.id, from_name=source.name,
                    to_name=target.name, note="基层工会合并", officer=self._ctx.officer))
                history.note(session, member.id, history.TRANSFER,
                             f"基层工会合并:由“{source.name}”并入“{target.name}”",
                             self._ctx.officer, {"kind": "merge"})
            source.closed_on = today
            source.merged_into_id = target.id
            audit.record(session, self._ctx.officer, "union.merge", "grassroots_union",
                         str(source.id), f"into={target.id} members={len(members)}")
            session.flush()
            return self._summary(target, self._count(session, target.id))

    def close(self, union_id: UUID, on: date | None = None) -> UnionSummary:
        """Close a union that has no active or retired members left."""
        self._ctx.require(Action.UNION_EDIT, str(union_id))
        day = on or self._ctx.today()
        with self._ctx.unit_of_work() as session:
            union = self._get(session, union_id)
            live = int(session.scalar(select(func.count()).select_from(Member).where(
                Member.grassroots_union_id == union.id, Member.status.in_(LIVE_STATUSES),
                Member.deleted_at.is_(None))) or 0)
            if live:
                raise UserError(
                    f"{_record(union.name)}还有 {live} 名在册(含保留会籍)会员,"
                    "请先把他们转到其他基层工会,或合并到其他基层工会。")
            union.closed_on = day
            audit.record(session, self._ctx.officer, "union.close", "grassroots_union",
                         str(union.id))
            return self._summary(union, 0)
