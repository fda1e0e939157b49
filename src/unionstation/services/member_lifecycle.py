"""Where a member stands in the life cycle, and what the officer may do next.

The form asks this before offering a status change or a transfer, so a refusal can be shown
with its reason before the officer fills in a dialog. The services that change the status
(`MemberService.change_status`, `TransferService`) still check everything themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from unionstation.domain.codes import MemberStatus
from unionstation.services.context import ServiceContext
from unionstation.services.errors import NotFound
from unionstation.services.members import ALLOWED_STATUS_CHANGES
from unionstation.services.transfers import TRANSFERABLE
from unionstation.store.models import GrassrootsUnion, Member


@dataclass(frozen=True)
class MemberStanding:
    id: UUID
    name: str
    status: MemberStatus
    card_no: str | None
    union_id: UUID
    union_name: str
    allowed_statuses: tuple[MemberStatus, ...]
    status_refusal: str
    """Why no status change is possible now; "" when one is."""
    transfer_refusal: str
    """Why the member cannot be transferred now; "" when they can."""

    @property
    def can_change_status(self) -> bool:
        return not self.status_refusal

    @property
    def can_transfer(self) -> bool:
        return not self.transfer_refusal


class MemberLifecycleService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def standing(self, member_id: UUID) -> MemberStanding:
        with self._ctx.reading() as session:
            member = session.get(Member, member_id)
            if member is None or member.deleted_at is not None:
                raise NotFound("找不到该会员,可能已被删除。")
            union = session.get(GrassrootsUnion, member.grassroots_union_id)
            status = member.status
            allowed = tuple(s for s in MemberStatus if s in ALLOWED_STATUS_CHANGES[status])
            status_refusal = "" if allowed else \
                f"会员“{member.name}”的状态为“{status.label}”,不能再变更。"
            if status in TRANSFERABLE:
                transfer_refusal = ""
            elif status is MemberStatus.TRANSFERRED_OUT:
                transfer_refusal = (f"会员“{member.name}”已转出本站,不能再转接;"
                                    "如已转回,请先用“状态变更”恢复为在册。")
            else:
                transfer_refusal = (f"会员“{member.name}”的状态为“{status.label}”,"
                                    "只有在册或保留会籍的会员才能转接。")
            return MemberStanding(member.id, member.name, status, member.card_no,
                                  member.grassroots_union_id, union.name if union else "",
                                  allowed, status_refusal, transfer_refusal)
