from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from tests.factories import connect_db
from unionstation.services.runtime import StationRuntime
from unionstation.store.base import utcnow
from unionstation.store.bulk import json_text
from unionstation.store.changelog import HardDeleteRefused
from unionstation.store.models import ChangeRecord, Member


def _records(runtime: StationRuntime, entity_id: uuid.UUID) -> list[ChangeRecord]:
    with runtime.context.reading() as session:
        return list(session.scalars(
            select(ChangeRecord).where(ChangeRecord.entity_id == entity_id)
            .order_by(ChangeRecord.change_seq)
        ))


def _member(runtime: StationRuntime, name: str) -> Member:
    with runtime.context.reading() as session:
        return session.scalars(select(Member).where(Member.name == name)).one()


def test_a_change_writes_exactly_one_record_in_the_same_transaction(
    runtime: StationRuntime,
) -> None:
    member = _member(runtime, "张三")
    before = _records(runtime, member.id)
    assert [r.op for r in before] == ["upsert"]

    with runtime.context.unit_of_work() as session:
        row = session.get(Member, member.id)
        assert row is not None
        row.phone = "13900002222"
        session.flush()  # several flushes in one transaction ...
        row.job = "焊工"
        session.flush()
        row.remarks = "调岗"
        # ... and the change record is already there, inside the transaction
        inside = session.scalars(
            select(ChangeRecord).where(ChangeRecord.entity_id == member.id)
        ).all()
        assert len(inside) == 2

    after = _records(runtime, member.id)
    assert len(after) == len(before) + 1
    record = after[-1]
    assert (record.base_version, record.version) == (1, 2)
    assert record.data["phone"] == "13900002222"
    assert record.data["job"] == "焊工"
    assert record.data["remarks"] == "调岗"
    assert record.officer == "王干事"
    assert record.state == "pending"
    assert _member(runtime, "张三").version == 2


def test_a_rolled_back_change_leaves_no_record(runtime: StationRuntime) -> None:
    member = _member(runtime, "李四")
    count = len(_records(runtime, member.id))
    with pytest.raises(RuntimeError), runtime.context.unit_of_work() as session:
        row = session.get(Member, member.id)
        assert row is not None
        row.phone = "13911112222"
        session.flush()
        raise RuntimeError("officer cancelled")
    assert len(_records(runtime, member.id)) == count
    assert _member(runtime, "李四").phone == "13800001111"


def test_an_unchanged_row_writes_nothing(runtime: StationRuntime) -> None:
    member = _member(runtime, "李四")
    count = len(_records(runtime, member.id))
    with runtime.context.unit_of_work() as session:
        row = session.get(Member, member.id)
        assert row is not None
        row.phone = row.phone
    assert len(_records(runtime, member.id)) == count


def test_change_seq_is_consecutive(runtime: StationRuntime) -> None:
    with runtime.context.reading() as session:
        seqs = list(session.scalars(select(ChangeRecord.change_seq)
                                    .order_by(ChangeRecord.change_seq)))
    assert seqs == list(range(1, len(seqs) + 1))


def test_soft_delete_is_a_delete_change_and_hard_delete_is_refused(
    runtime: StationRuntime,
) -> None:
    member = _member(runtime, "曾小红")
    with runtime.context.unit_of_work() as session:
        row = session.get(Member, member.id)
        assert row is not None
        row.deleted_at = utcnow()
    assert _records(runtime, member.id)[-1].op == "delete"

    with pytest.raises(HardDeleteRefused), runtime.context.unit_of_work() as session:
        row = session.get(Member, member.id)
        session.delete(row)
    assert _member(runtime, "曾小红") is not None


def test_every_change_text_has_one_form(runtime: StationRuntime) -> None:
    # Written by the first flush, rewritten by a second flush in the same transaction:
    # both compact, as the bulk path writes it.
    member = _member(runtime, "张三")
    with runtime.context.unit_of_work() as session:
        row = session.get(Member, member.id)
        assert row is not None
        row.job = "焊工"
        session.flush()
        row.remarks = "调岗"
    connection = connect_db(runtime.home.db_path)
    try:
        texts = [t for (t,) in connection.execute("SELECT data FROM change_log")]
    finally:
        connection.close()
    assert texts and all(json_text(json.loads(text)) == text for text in texts)
    assert any("调岗" in text for text in texts)


def test_a_bulk_inserted_row_changed_again_in_its_transaction_keeps_one_record(
    runtime: StationRuntime,
) -> None:
    """Bulk inserts are not remembered row by row; the ORM touching one of their rows
    again in the same transaction still updates its one record (version 1, base 0)."""
    from sqlalchemy import insert

    from unionstation.store.models import MemberEvent

    member = _member(runtime, "张三")
    with runtime.context.unit_of_work() as session:
        session.execute(insert(MemberEvent), [
            {"member_id": member.id, "happened_at": utcnow(), "kind": "printed",
             "summary": f"第{i}次"} for i in range(3)])
        event = session.scalars(select(MemberEvent).where(
            MemberEvent.member_id == member.id, MemberEvent.summary == "第1次")).one()
        event.summary = "改过"
        session.flush()
        event.detail = {"again": True}
    records = _records(runtime, event.id)
    assert [(r.base_version, r.version) for r in records] == [(0, 1)]
    assert (records[0].data["summary"], records[0].data["detail"]) == ("改过", {"again": True})
    with runtime.context.reading() as session:
        stored = session.get(MemberEvent, event.id)
        assert stored is not None and stored.version == 1
