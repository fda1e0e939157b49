"""Bulk writes: the change text, new ids, and defaults for rows given different columns."""

from __future__ import annotations

import enum
import json
import time
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert, select

from unionstation.services.runtime import StationRuntime
from unionstation.store.base import new_id, new_ids
from unionstation.store.bulk import json_default, json_text, json_texts
from unionstation.store.models import ChangeRecord, Member, MemberEvent


class _Code(enum.StrEnum):
    ONE = "01"


# Offsets with seconds (old local mean times) included: orjson itself would round them.
_ZONES = st.builds(timezone, st.timedeltas(min_value=-timedelta(hours=23, minutes=59),
                                           max_value=timedelta(hours=23, minutes=59)))
_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(), st.uuids(), st.dates(),
    st.datetimes(), st.datetimes(timezones=_ZONES), st.sampled_from(list(_Code)),
    st.decimals(allow_nan=False, allow_infinity=False))
_KEYS = st.one_of(st.text(max_size=5), st.integers(-99, 99))
_VALUES = st.recursive(_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=12)


@given(_VALUES)
def test_json_text_reads_back_as_json_dumps_writes(value: object) -> None:
    assert json.loads(json_text(value)) == json.loads(json.dumps(value, default=json_default))


def test_json_text_is_compact_and_keeps_chinese() -> None:
    assert json_text({"name": "张三", "on": date(2024, 3, 1), "n": Decimal("1.50")}) == \
        '{"name":"张三","on":"2024-03-01","n":"1.50"}'


def test_new_ids_are_distinct_ascending_version_7_uuids() -> None:
    ids = new_ids(5000)
    assert len(set(ids)) == 5000
    assert ids == sorted(ids)  # a big import adds its rows in id order
    assert {i.version for i in ids} == {7}
    assert {i.variant for i in ids} == {uuid.RFC_4122}


def test_a_new_id_holds_the_time_it_was_made_and_sorts_after_older_ones() -> None:
    before = time.time_ns() // 1_000_000
    first = new_id()
    time.sleep(0.002)
    second = new_id()
    time.sleep(0.002)
    later = new_ids(3)
    after = time.time_ns() // 1_000_000
    assert first.version == second.version == 7
    assert before <= first.int >> 80 <= second.int >> 80 <= after  # Unix milliseconds
    assert first < second < min(later)
    # the 74 random bits: ids of one millisecond still differ
    assert len({new_id() for _ in range(1000)}) == 1000


def test_bulk_rows_given_different_columns_each_get_their_own_defaults(
        runtime: StationRuntime) -> None:
    with runtime.context.reading() as session:
        member_id = session.scalars(select(Member.id).where(Member.name == "张三")).one()
    with runtime.context.unit_of_work() as session:
        session.execute(insert(MemberEvent), [
            {"member_id": member_id, "happened_at": datetime(2024, 1, 2, tzinfo=UTC),
             "kind": "printed", "detail": {"document": "会员证"}},
            {"member_id": member_id, "happened_at": datetime(2024, 1, 3, tzinfo=UTC),
             "kind": "printed", "summary": "打印登记表"},
        ])
    with runtime.context.reading() as session:
        events = session.scalars(select(MemberEvent).where(
            MemberEvent.member_id == member_id, MemberEvent.kind == "printed")
            .order_by(MemberEvent.happened_at)).all()
        records = {r.entity_id: r for r in session.scalars(select(ChangeRecord).where(
            ChangeRecord.entity_id.in_([e.id for e in events])))}
    assert [(e.summary, e.detail, e.officer, e.version) for e in events] == [
        ("", {"document": "会员证"}, "", 1), ("打印登记表", {}, "", 1)]
    assert events[0].id != events[1].id
    for event in events:
        data = records[event.id].data
        assert data["id"] == str(event.id)
        assert (data["summary"], data["detail"]) == (event.summary, event.detail)


def test_json_text_writes_what_orjson_cannot() -> None:
    deep: object = 1
    for _ in range(300):
        deep = [deep]
    assert json.loads(json_text({"n": 2**70, "deep": deep})) == {"n": 2**70, "deep": deep}


_ROW = st.fixed_dictionaries({"a": _LEAVES, "b": _LEAVES, "c": st.sampled_from(
    [datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
     datetime(2024, 1, 2, 11, 4, 5, tzinfo=timezone(timedelta(hours=8))),
     datetime(2024, 1, 2, 3, 4, 5), date(2024, 1, 2), None])})


@given(st.lists(_ROW, max_size=6))
def test_json_texts_are_json_text_row_by_row(rows: list[dict[str, object]]) -> None:
    """Equal instants in two zones, a naive and an aware time, a date: each its own text."""
    assert json_texts(rows) == [json_text(row) for row in rows]
    shuffled = [dict(reversed(row.items())) for row in rows[:1]] + rows[1:]
    assert json_texts(shuffled) == [json_text(row) for row in shuffled]
