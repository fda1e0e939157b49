"""The county's acknowledgements (回执): accepted only when the county's signature verifies.

An ack marks every change up to its `applied_through_change_seq` acknowledged, keeps each
CONFLICT or REJECTED answer beside the record it concerns, and brings the county's count
of the station's active members, compared here with the station's own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from unionstation.services.context import ServiceContext
from unionstation.services.members import MemberService
from unionstation.store.base import table_of
from unionstation.store.bulk import insert_rows
from unionstation.store.models import ChangeRecord, Member, SyncBatch, SyncIssue
from unionstation.sync.ack import Ack, AckIssue, read_ack
from unionstation.sync.batch import batch_file_name
from unionstation.sync.documents import Enrolment
from unionstation.sync.errors import SyncError
from unionstation.sync.high_water import REBASE_ENTITY
from unionstation.sync.outbox import SUPERSEDED, UNACKNOWLEDGED
from unionstation.sync.station_settings import MISMATCH_KEY, LastAck, SyncSettings


@dataclass(frozen=True)
class AckOutcome:
    status: str  # applied | parked
    acknowledged: int
    applied_through: int
    issues: list[AckIssue]
    counts_mismatch: str | None
    message: str


@dataclass(frozen=True)
class SyncIssueRow:
    change_seq: int
    entity: str
    entity_id: str
    record: str
    status: str
    code: str
    reason: str
    received_at: datetime


ENTITY_LABELS = {
    "member": "会员",
    "member_status_change": "会员状态变更",
    "member_event": "会员履历",
    "member_transfer": "会员关系接转",
    "grassroots_union": "基层工会",
    "enrollment_drive": "集中入会活动",
    "station": "本站信息",
    "hardship_file": "困难职工档案",
    "household_member": "困难职工家庭成员",
    "hardship_event": "困难职工档案记录",
    "visit": "走访慰问",
    "must_visit": "五必访事由",
    "campaign": "帮扶活动",
    "campaign_household": "帮扶活动名单",
    "payment": "帮扶资金发放",
    "venue": "阵地", "venue_check": "阵地自评条目", "asset": "资产", "asset_event": "资产履历",
    "stocktake": "盘点", "stocktake_line": "盘点明细", "book": "图书", "loan": "图书借阅",
    "service_log": "服务记录",
}


def accept_ack(context: ServiceContext, settings: SyncSettings, enrolment: Enrolment,
               data: bytes, *, restored: bool = False) -> AckOutcome:
    """`restored`: this database forgot batches it exported (sync.high_water), so an ack
    for a batch it does not know cannot be taken as its own."""
    ack = read_ack(data, Ed25519PublicKey.from_public_bytes(enrolment.signing_public_key))
    if ack.station_code != enrolment.station_code:
        raise SyncError(f"这份回执是发给站点 {ack.station_code} 的,本站代码为 "
                        f"{enrolment.station_code},未作任何改动。")
    batch = _own_batch(context, ack, restored)
    if ack.status == "parked":
        _note_batch(context, ack)
        return AckOutcome("parked", 0, ack.applied_through_change_seq, [], None,
                          "县总工会已收到该批次,但缺少更早的变更,已暂存;"
                          "请把最新的报送文件也交给县总工会。")
    through = min(ack.applied_through_change_seq, batch.to_seq)
    acknowledged = _apply(context, ack, through)
    previous = settings.last_ack()
    mismatch: str | None = None
    if previous is None or through >= previous.applied_through:
        settings.save_last_ack(LastAck(ack.issued_at, through, dict(ack.counts)))
        comparable, mismatch = _compare_counts(context, ack, through)
        if comparable:
            settings.put(MISMATCH_KEY, mismatch)
    message = f"回执已导入:{acknowledged} 条变更县总工会已确认收到。"
    if ack.issues:
        message += f"其中 {len(ack.issues)} 条有问题,请在“报送”页查看。"
    return AckOutcome("applied", acknowledged, through, list(ack.issues), mismatch, message)


CHUNK = 500  # change_seqs in one IN (...), well under SQLite's bound-parameter limit


def _own_batch(context: ServiceContext, ack: Ack, restored: bool = False) -> SyncBatch:
    """The batch this station wrote that the ack answers; anything else is refused."""
    with context.reading() as session:
        batch = session.get(SyncBatch, ack.batch_id)
    if batch is None and not restored:
        batch = _unrecorded_batch(context, ack)
    if batch is None or batch.sha256 != ack.batch_sha256:
        raise SyncError(
            "这份回执对应的报送批次不是本机数据库导出的(本机数据库可能已从备份恢复,"
            "或回执属于另一台电脑),未作任何改动。")
    if batch.ack_status == SUPERSEDED:
        raise SyncError("这份回执属于“全部重新报送”之前的批次,已不再使用,未作任何改动。"
                        "请导入最新批次的回执。")
    return batch


def _unrecorded_batch(context: ServiceContext, ack: Ack) -> SyncBatch | None:
    """A batch written but not recorded (the program stopped between writing the file and
    noting it): this database, not restored, still holds every change the ack names, so
    the batch was written from them; it is recorded now. None when that is not so."""
    table = table_of(ChangeRecord)
    first, last = ack.from_change_seq, ack.to_change_seq
    if first < 1 or last < first:
        return None
    with context.unit_of_work() as session:
        held = session.scalar(select(func.count()).select_from(table)
                              .where(table.c.change_seq.between(first, last)))
        if held != last - first + 1 or session.get(SyncBatch, ack.batch_id) is not None:
            return None
        batch = SyncBatch(batch_id=ack.batch_id,
                          file_name=batch_file_name(ack.station_code, ack.batch_id),
                          sha256=ack.batch_sha256,
                          from_seq=first, to_seq=last, changes=last - first + 1,
                          created_at=ack.issued_at, destination="(recognised from its receipt)")
        session.add(batch)
    return batch


def _note_batch(context: ServiceContext, ack: Ack) -> None:
    """Note on the batch that the county parked it."""
    with context.unit_of_work() as session:
        batch = session.get(SyncBatch, ack.batch_id)
        if batch is not None:
            batch.ack_status = ack.status


_MARK_STEP = 5_000


def _apply(context: ServiceContext, ack: Ack, through: int) -> int:
    table = table_of(ChangeRecord)
    waiting = UNACKNOWLEDGED
    count = 0
    with context.unit_of_work() as session:
        first = session.scalar(select(func.min(table.c.change_seq))
                               .where(table.c.state.in_(waiting))) or through + 1
        # In steps of a change_seq range (the state through coalesce(), so that SQLite
        # walks the range, not the state index): one UPDATE of 300,000 rows held about
        # 175 MB of SQLite's memory.
        for low in range(first, through + 1, _MARK_STEP):
            marked = session.execute(
                update(table)
                .where(table.c.change_seq.between(low, min(through, low + _MARK_STEP - 1)),
                       func.coalesce(table.c.state, "").in_(waiting))
                .values(state="acknowledged"))
            count += int(getattr(marked, "rowcount", 0) or 0)
        _record_issues(session, ack, through)
        batch = session.get(SyncBatch, ack.batch_id)
        if batch is not None:
            batch.ack_status = ack.status
            batch.acknowledged_at = ack.issued_at
        session.execute(update(SyncBatch).where(SyncBatch.to_seq <= through,
                                                SyncBatch.acknowledged_at.is_(None),
                                                SyncBatch.ack_status != SUPERSEDED)
                        .values(acknowledged_at=ack.issued_at, ack_status="covered"))
    return count


def _record_issues(session: Session, ack: Ack, through: int) -> None:
    """Mark each change the county answered with an issue as an error and keep the answer
    beside it, in place of any earlier answer about the same change."""
    issues = {i.change_seq: i for i in ack.issues if i.change_seq <= through}
    if not issues:
        return
    records, kept = table_of(ChangeRecord), table_of(SyncIssue)
    seqs = list(issues)
    for start in range(0, len(seqs), CHUNK):
        chunk = seqs[start:start + CHUNK]
        session.execute(update(records).where(records.c.change_seq.in_(chunk))
                        .values(state="error"))
        session.execute(delete(kept).where(kept.c.change_seq.in_(chunk)))
    insert_rows(session.connection(), kept, [{
        "change_seq": issue.change_seq, "entity": issue.entity,
        "entity_id": uuid.UUID(issue.entity_id), "status": issue.status, "code": issue.code,
        "reason": issue.reason[:300], "received_at": ack.issued_at,
    } for issue in issues.values()])


def _compare_counts(context: ServiceContext, ack: Ack, through: int) -> tuple[bool, str | None]:
    """(comparable, the mismatch if any): comparable only when the county has every
    change the station has made."""
    county = ack.counts.get("active_members")
    if not isinstance(county, int):
        return False, None
    with context.reading() as session:
        newest = session.scalar(select(func.max(table_of(ChangeRecord).c.change_seq))) or 0
    if newest != through:
        return False, None
    own = MemberService(context).count_active()
    if own != county:
        return True, (f"县总工会统计本站在册会员 {county} 人,本机为 {own} 人,两边不一致。"
                      "可以选择“全部重新报送”,把本站全部记录再发一次。")
    return True, _compare_disbursed(context, ack)


def _compare_disbursed(context: ServiceContext, ack: Ack) -> str | None:
    """The year's hardship payments at the county against the station's own entries."""
    from decimal import Decimal, InvalidOperation

    from unionstation.services.hardship.payments import net_paid
    from unionstation.store.models import Payment

    try:
        county = Decimal(str(ack.counts.get("disbursed_this_year", "0.00")))
    except InvalidOperation:
        return None
    year = ack.issued_at.astimezone().year
    with context.reading() as session:
        own = net_paid(session, Payment.year == year)
    if own == county:
        return None
    return (f"县总工会统计本站{year}年帮扶资金发放 {county:.2f} 元,本机为 {own:.2f} 元,"
            "两边不一致。可以选择“全部重新报送”,把本站全部记录再发一次。")


def resend_everything(context: ServiceContext, settings: SyncSettings) -> int:
    """Every change back to pending: the next batch carries the station's whole history."""
    table = table_of(ChangeRecord)
    with context.unit_of_work() as session:
        # The mark of a re-base stays acknowledged: it is the county's own number.
        result = session.execute(update(table).where(table.c.state != "pending",
                                                     table.c.entity != REBASE_ENTITY)
                                 .values(state="pending", batch_id=None))
        session.execute(delete(SyncIssue))
        # Their acks no longer say anything about what is pending now.
        session.execute(update(SyncBatch).values(ack_status=SUPERSEDED))
    settings.put(MISMATCH_KEY, None)
    return int(getattr(result, "rowcount", 0) or 0)


def sync_issues(context: ServiceContext, entity_id: uuid.UUID | None = None) -> list[SyncIssueRow]:
    """The county's CONFLICT and REJECTED answers, naming the record each concerns."""
    with context.reading() as session:
        query = select(SyncIssue).order_by(SyncIssue.change_seq)
        if entity_id is not None:
            query = query.where(SyncIssue.entity_id == entity_id)
        issues = list(session.scalars(query))
        member_ids = [i.entity_id for i in issues if i.entity == "member"]
        names = dict(session.execute(select(Member.id, Member.name)
                                     .where(Member.id.in_(member_ids))).all()
                     ) if member_ids else {}
        return [SyncIssueRow(
            i.change_seq, i.entity, str(i.entity_id),
            _record_label(i.entity, names.get(i.entity_id)), i.status, i.code, i.reason,
            i.received_at) for i in issues]


def _record_label(entity: str, name: str | None) -> str:
    label = ENTITY_LABELS.get(entity, entity)
    return f"{label}“{name}”" if name else label
