"""Intake: apply once, replay gets the same ack, gaps park, duplicates are compared."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from tests.factories import make_id_number
from tests.unit.county.batches import TestStation, county_state, last_seq, member_id, read
from unionstation.county.intake import Intake
from unionstation.county.models import (
    CountyAlert,
    CountyBatch,
    CountyChange,
    CountyMember,
    CountyRecord,
    CountyStation,
)
from unionstation.county.service import County
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.unions import UnionService
from unionstation.sync.batch import batch_file_name


def enroll(station: TestStation, name: str, seq: int) -> uuid.UUID:
    union = UnionService(station.runtime.context).list()[0]
    summary = MemberService(station.runtime.context).enroll(MemberDraft(
        name=name, id_number=make_id_number("330106", date(1988, 8, 8), seq),
        grassroots_union_id=union.id, joined_on=date(2024, 5, 1)))
    return summary.id


def three_batches(station: TestStation) -> tuple[bytes, bytes, bytes]:
    """The station's changes so far, then two members enrolled one by one, as three
    batches in that order."""
    first_through = last_seq(station.runtime)
    enroll(station, "赵六", 301)
    second_through = last_seq(station.runtime)
    enroll(station, "钱七", 303)
    first = station.batch(through=first_through)
    second = station.batch(after=first_through, through=second_through)
    third = station.batch(after=second_through)
    return first, second, third


def test_first_batch_is_applied_and_acknowledged(county: County,
                                                 station: TestStation) -> None:
    lines = station.lines()
    outcome = county.import_batch(station.batch(), source="stick")

    assert (outcome.status, outcome.code, outcome.station_code) == ("applied", "", "S01")
    assert outcome.batch_id == station.batch_ids[-1]
    assert outcome.released == []
    ack = read(county, outcome.ack)
    assert ack.status == "applied"
    assert ack.county_code == county.code and ack.station_code == "S01"
    assert ack.applied_through_change_seq == len(lines)
    assert ack.runs == ((1, len(lines), "OK"),)
    assert ack.issues == ()
    assert ack.counts == {"active_members": 3, "disbursed_this_year": "0.00"}
    assert ack.signer_key_id == county.keys.signing_key_id
    assert outcome.ack_name == f"US1ACK_S01_{outcome.batch_id.hex[:8]}.ack"

    with county.store.read_session_factory() as session:
        station_row = session.get(CountyStation, "S01")
        assert station_row is not None
        assert station_row.applied_through == len(lines)
        assert station_row.last_batch_at is not None
        changes = session.scalars(select(CountyChange).order_by(CountyChange.change_seq)).all()
        assert [c.change_seq for c in changes] == list(range(1, len(lines) + 1))
        assert {c.status for c in changes} == {"OK"}
        records = session.scalars(select(CountyRecord)).all()
        assert len(records) == len({(line["entity"], line["entity_id"]) for line in lines})
        batch = session.get(CountyBatch, changes[0].batch_sha256)
        assert batch is not None and batch.status == "applied" and batch.ack == outcome.ack
        assert batch.data is None and batch.source == "stick"
    assert county.stations()[0].members == 3


def test_replay_of_the_same_file_returns_the_same_ack_bytes(county: County,
                                                            station: TestStation) -> None:
    data = station.batch()
    first = county.import_batch(data)
    before = county_state(county)

    again = county.import_batch(data)

    assert again.status == "duplicate"
    assert again.ack == first.ack
    assert again.ack_name == first.ack_name
    assert county_state(county) == before


def test_a_re_export_of_applied_changes_is_a_duplicate_with_its_own_ack(
        county: County, station: TestStation) -> None:
    first = county.import_batch(station.batch())
    before = county_state(county)
    data = station.batch()  # the same changes in a new file (the station sent them again)

    outcome = county.import_batch(data)

    assert outcome.status == "duplicate"
    ack = read(county, outcome.ack)
    assert ack.runs == ((1, last_seq(station.runtime), "DUP"),)
    assert ack.status == "applied" and ack.batch_id == station.batch_ids[-1]
    assert outcome.ack != first.ack
    assert county.import_batch(data).ack == outcome.ack  # and a replay of it: the same
    after = county_state(county)
    assert after.pop("county_batch") == before.pop("county_batch") + 1
    assert [row[:2] for row in after.pop("stations")] == [
        row[:2] for row in before.pop("stations")]
    assert after == before


def test_every_batch_carries_what_is_unacknowledged_and_the_old_part_is_dup(
        county: County, station: TestStation) -> None:
    county.import_batch(station.batch())
    applied = last_seq(station.runtime)
    member_id = enroll(station, "赵六", 301)

    outcome = county.import_batch(station.batch())  # from change 1 again

    ack = read(county, outcome.ack)
    assert outcome.status == "applied"
    total = last_seq(station.runtime)
    assert ack.runs == ((1, applied, "DUP"), (applied + 1, total, "OK"))
    assert ack.applied_through_change_seq == total
    assert ack.counts["active_members"] == 4
    with county.store.read_session_factory() as session:
        member = session.get(CountyMember, ("S01", member_id))
        assert member is not None and member.name == "赵六" and member.status == "active"


def test_an_edit_raises_the_county_record_version(county: County,
                                                  station: TestStation) -> None:
    county.import_batch(station.batch())
    applied = last_seq(station.runtime)
    service = MemberService(station.runtime.context)
    zhang_id = member_id(station, "张三")
    service.update(zhang_id, replace(service.draft_of(zhang_id), name="张三丰"))

    outcome = county.import_batch(station.batch(after=applied))

    assert outcome.status == "applied"
    with county.store.read_session_factory() as session:
        record = session.get(CountyRecord, ("S01", "member", zhang_id))
        assert record is not None and record.version == 2 and record.data["name"] == "张三丰"
        projected = session.get(CountyMember, ("S01", zhang_id))
        assert projected is not None and projected.name == "张三丰"


def test_a_batch_past_a_gap_is_parked_then_released(county: County,
                                                    station: TestStation) -> None:
    first, second, third = three_batches(station)

    parked = county.import_batch(third)
    assert parked.status == "parked"
    ack = read(county, parked.ack)
    assert (ack.status, ack.applied_through_change_seq, ack.runs) == ("parked", 0, ())
    assert county.import_batch(third).ack == parked.ack  # a replay while parked
    assert county.import_batch(second).status == "parked"
    assert county.stations()[0].parked == 2
    assert county.stations()[0].applied_through == 0

    outcome = county.import_batch(first)

    assert outcome.status == "applied"
    assert [each.status for each in outcome.released] == ["applied", "applied"]
    assert [each.batch_id for each in outcome.released] == station.batch_ids[1:3]
    released_acks = [read(county, each.ack) for each in outcome.released]
    assert released_acks[-1].applied_through_change_seq == last_seq(station.runtime)
    assert released_acks[-1].counts["active_members"] == 5
    view = county.stations()[0]
    assert (view.parked, view.applied_through) == (0, last_seq(station.runtime))
    # a replay of a released batch gets the ack it was released with
    replay = county.import_batch(third)
    assert (replay.status, replay.ack) == ("duplicate", outcome.released[-1].ack)
    with county.store.read_session_factory() as session:
        assert all(batch.data is None for batch in session.scalars(select(CountyBatch)))


def test_a_released_batch_carries_the_source_it_was_parked_from(
        county: County, station: TestStation) -> None:
    first, second, third = three_batches(station)
    assert county.import_batch(second, source="stick/second.usb").status == "parked"
    assert county.import_batch(third).status == "parked"  # no source given

    outcome = county.import_batch(first, source="stick/first.usb")

    assert outcome.source == "stick/first.usb"
    assert [(each.status, each.source) for each in outcome.released] == [
        ("applied", "stick/second.usb"),
        ("applied", batch_file_name("S01", station.batch_ids[2]))]


def test_a_parked_batch_overtaken_by_a_full_re_export_is_released_as_duplicate(
        county: County, station: TestStation) -> None:
    first_through = last_seq(station.runtime)
    enroll(station, "赵六", 301)
    tail = station.batch(after=first_through)
    assert county.import_batch(tail).status == "parked"

    outcome = county.import_batch(station.batch())  # everything, from change 1

    assert outcome.status == "applied"
    assert [each.status for each in outcome.released] == ["duplicate"]
    assert read(county, outcome.released[0].ack).runs == (
        (first_through + 1, last_seq(station.runtime), "DUP"),)
    assert county.stations()[0].parked == 0


def test_the_same_change_seq_with_other_content_refuses_the_batch(
        county: County, station: TestStation) -> None:
    county.import_batch(station.batch())
    before = county_state(county)

    def forge(lines: list[dict[str, Any]]) -> None:
        data = lines[-1]["data"]
        assert isinstance(data, dict)
        data["remarks"] = "改过"

    outcome = county.import_batch(station.batch(edit=forge), source="forged.usb")

    assert (outcome.status, outcome.code) == ("refused", "conflicting_duplicate")
    assert outcome.ack is None and "内容不同" in outcome.reason
    assert county_state(county) == before
    alerts = county.alerts()
    assert [(a.kind, a.station_code) for a in alerts] == [("conflicting_duplicate", "S01")]
    assert "forged.usb" in alerts[0].detail
    with county.store.read_session_factory() as session:
        assert session.scalar(select(CountyAlert.detail)) == alerts[0].detail


def test_records_keep_the_data_and_times_as_sent(county: County, station: TestStation) -> None:
    lines = station.lines()
    county.import_batch(station.batch(lines=lines))

    newest = {line["entity_id"]: line for line in lines}
    with county.store.read_session_factory() as session:
        records = {str(r.entity_id): r for r in session.scalars(select(CountyRecord))}
        changes = session.scalars(select(CountyChange)).all()
        station_row = session.get(CountyStation, "S01")
    assert {key: record.data for key, record in records.items()} == {
        key: line["data"] for key, line in newest.items()}
    assert {str(change.change_id) for change in changes} == {line["change_id"] for line in lines}
    assert station_row is not None and station_row.last_batch_at is not None
    assert {change.applied_at for change in changes} == {station_row.last_batch_at}
    assert {record.updated_at for record in records.values()} == {station_row.last_batch_at}


def test_the_same_batch_imported_twice_at_once_is_applied_once(county: County,
                                                              station: TestStation) -> None:
    data = station.batch()
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(county.import_batch, [data, data]))

    assert sorted(outcome.status for outcome in outcomes) == ["applied", "duplicate"]
    assert outcomes[0].ack == outcomes[1].ack
    assert county.stations()[0].applied_through == last_seq(station.runtime)


def test_a_parked_file_sent_again_after_its_gap_closed_is_applied(
        county: County, station: TestStation, monkeypatch: pytest.MonkeyPatch) -> None:
    first_through = 3
    tail = station.batch(after=first_through)
    assert county.import_batch(tail).status == "parked"
    # as if the process ended between applying the first batch and releasing the tail
    monkeypatch.setattr(Intake, "_release", lambda self, code: [])
    assert county.import_batch(station.batch(through=first_through)).released == []
    assert county.stations()[0].parked == 1

    outcome = county.import_batch(tail)

    assert outcome.status == "applied"
    assert county.stations()[0].parked == 0
    assert county.stations()[0].applied_through == last_seq(station.runtime)
    assert county.import_batch(tail).ack == outcome.ack
