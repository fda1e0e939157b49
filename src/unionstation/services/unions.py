"""Grassroots unions (基层工会) under the station."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, select

from unionstation.domain.codes import MemberStatus, UnionKind
from unionstation.domain.credit_code import InvalidCreditCode, parse_credit_code
from unionstation.domain.text import normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import AlreadyExists, InvalidField
from unionstation.services.station import StationService
from unionstation.store.models import GrassrootsUnion, Member


@dataclass(frozen=True)
class UnionSummary:
    id: UUID
    name: str
    kind: UnionKind
    members: int


class UnionService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add(
        self, name: str, kind: UnionKind = UnionKind.ENTERPRISE, credit_code: str | None = None,
    ) -> UnionSummary:
        clean = normalize_text(name)
        if not clean:
            raise InvalidField("基层工会", "名称", "不能为空。")
        code = None
        if credit_code:
            try:
                code = parse_credit_code(credit_code)
            except InvalidCreditCode as exc:
                raise InvalidField(f"基层工会“{clean}”", "统一社会信用代码", str(exc)) from exc
        station = StationService(self._ctx).require()
        with self._ctx.unit_of_work() as session:
            exists = session.scalars(
                select(GrassrootsUnion.id).where(
                    GrassrootsUnion.name == clean, GrassrootsUnion.deleted_at.is_(None)
                )
            ).first()
            if exists is not None:
                raise AlreadyExists(f"基层工会“{clean}”已经存在。")
            union = GrassrootsUnion(station_id=station.id, name=clean, kind=kind, credit_code=code)
            session.add(union)
            session.flush()
            audit.record(session, self._ctx.officer, "union.add", "grassroots_union",
                         str(union.id))
            return UnionSummary(union.id, union.name, union.kind, 0)

    def list(self) -> list[UnionSummary]:
        active = (
            select(Member.grassroots_union_id, func.count().label("n"))
            .where(Member.status == MemberStatus.ACTIVE, Member.deleted_at.is_(None))
            .group_by(Member.grassroots_union_id)
            .subquery()
        )
        query = (
            select(GrassrootsUnion, func.coalesce(active.c.n, 0))
            .outerjoin(active, active.c.grassroots_union_id == GrassrootsUnion.id)
            .where(GrassrootsUnion.deleted_at.is_(None))
            .order_by(GrassrootsUnion.name)
        )
        with self._ctx.reading() as session:
            return [
                UnionSummary(union.id, union.name, union.kind, int(count))
                for union, count in session.execute(query)
            ]
