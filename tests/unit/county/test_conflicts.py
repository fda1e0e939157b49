"""Per-change statuses: stale base versions keep both, tombstones stay, bad changes REJECTED."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from tests.unit.county.batches import TestStation, last_seq, member_id, read
from unionstation.county import apply
from unionstation.county.models import (
    CountyChange,
    CountyConflict,
    CountyMember,
    CountyRecord,
)
from unionstation.county.service import County
from unionstation.county.staging import synced_entities
from unionstation.domain.idnumber import check_digit
from unionstation.services.members import MemberService


def member_line(station: TestStation, name: str) -> dict[str, Any]:
    return next(line for line in station.lines()
                if line["entity"] == "member" and line["data"]["name"] == name)


def follow_up(station: TestStation, line: dict[str, Any], seq: int, **changes: Any
              ) -> dict[str, Any]:
    """A later change of the same record, as a station would send it."""
    made = copy.deepcopy(line)
    made.update(change_id=str(uuid.uuid4()), change_seq=seq, **changes)
    return made


def stale_edit(county: County, station: TestStation
               ) -> tuple[int, dict[str, Any], list[dict[str, Any]]]:
    """The station's changes applied at the county, then its lines again with two edits of
    张三 from version 1: the first applies, the second is stale. Returns the last change
    seq before the edits, 张三's line and the lines."""
    county.import_batch(station.batch())
    seq = last_seq(station.runtime)
    zhang = member_line(station, "张三")
    edit = follow_up(station, zhang, seq + 1, version=2, base_version=1)
    edit["data"] = {**edit["data"], "name": "张三丰", "version": 2}
    stale = follow_up(station, zhang, seq + 2, version=2, base_version=1)
    stale["data"] = {**stale["data"], "name": "张叁", "version": 2}
    return seq, zhang, station.lines() + [edit, stale]


@pytest.mark.parametrize("scan", [False, True], ids=["looked-up", "keys-scanned"])
def test_a_stale_base_version_is_a_conflict_and_both_versions_are_kept(
        county: County, station: TestStation, scan: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether the county looks each record of a later batch up or scans the station's
    keys first (a batch large beside the station's history), the same answers."""
    monkeypatch.setattr(apply, "_KEY_SCAN", 10**9 if scan else 0)
    maps: list[object] = []
    made = apply._written_map
    monkeypatch.setattr(apply, "_written_map", lambda *a: maps.append(made(*a)) or maps[-1])
    seq, zhang, lines = stale_edit(county, station)

    outcome = county.import_batch(station.batch(lines=lines))
    assert (maps[-1] is not None) == scan

    ack = read(county, outcome.ack)
    assert outcome.status == "applied"
    assert ack.runs == ((1, seq, "DUP"), (seq + 1, seq + 1, "OK"),
                        (seq + 2, seq + 2, "CONFLICT"))
    assert [(i.change_seq, i.status, i.code, i.entity, i.entity_id) for i in ack.issues] == [
        (seq + 2, "CONFLICT", "stale_base_version", "member", zhang["entity_id"])]
    assert ack.applied_through_change_seq == seq + 2
    member_id = uuid.UUID(zhang["entity_id"])
    with county.store.read_session_factory() as session:
        record = session.get(CountyRecord, ("S01", "member", member_id))
        assert record is not None and (record.version, record.data["name"]) == (2, "张三丰")
        conflict = session.scalars(select(CountyConflict)).one()
        assert (conflict.current_version, conflict.base_version) == (2, 1)
        assert conflict.incoming["data"]["name"] == "张叁"
        assert conflict.change_seq == seq + 2 and conflict.resolved_at is None
        change = session.get(CountyChange, ("S01", seq + 2))
        assert change is not None and change.status == "CONFLICT"
        projected = session.get(CountyMember, ("S01", member_id))
        assert projected is not None and projected.name == "张三丰"
    assert [(c.kind, c.stations, c.names) for c in county.cases()] == [
        ("version_conflict", ["S01"], ["张三丰"])]


def test_a_deletion_is_a_tombstone_no_replay_brings_back(county: County,
                                                        station: TestStation) -> None:
    first = station.batch()
    county.import_batch(first)
    service = MemberService(station.runtime.context)
    li_id = member_id(station, "李四")
    applied = last_seq(station.runtime)
    service.delete(li_id, "重复录入")
    county.import_batch(station.batch(after=applied))
    assert county.stations()[0].members == 2

    assert county.import_batch(first).status == "duplicate"  # the old file again
    county.import_batch(station.batch())  # and every change again, in a new file

    with county.store.read_session_factory() as session:
        record = session.get(CountyRecord, ("S01", "member", li_id))
        assert record is not None and record.deleted and record.version == 2
        projected = session.get(CountyMember, ("S01", li_id))
        assert projected is not None and projected.deleted
    assert county.stations()[0].members == 2
    total, rows = county.members()
    assert total == 2 and "李四" not in [row.name for row in rows]


def test_a_stale_upsert_after_a_deletion_does_not_revive_the_record(
        county: County, station: TestStation) -> None:
    service = MemberService(station.runtime.context)
    li_id = member_id(station, "李四")
    service.delete(li_id, "重复录入")
    county.import_batch(station.batch())
    seq = last_seq(station.runtime)
    revive = follow_up(station, member_line(station, "李四"), seq + 1, version=2,
                       base_version=1, op="upsert")
    revive["data"] = {**revive["data"], "deleted_at": None}

    outcome = county.import_batch(station.batch(lines=[revive]))

    ack = read(county, outcome.ack)
    assert [i.status for i in ack.issues] == ["CONFLICT"]
    with county.store.read_session_factory() as session:
        record = session.get(CountyRecord, ("S01", "member", li_id))
        assert record is not None and record.deleted
    assert county.stations()[0].members == 2


def test_changes_the_county_cannot_take_are_rejected_and_the_rest_applied(
        county: County, station: TestStation) -> None:
    def spoil(lines: list[dict[str, Any]]) -> None:
        members = [line for line in lines if line["entity"] == "member"]
        number = members[0]["data"]["id_number"]
        wrong = "0" if check_digit(number[:17]) != "0" else "1"
        members[0]["data"]["id_number"] = number[:17] + wrong
        members[1]["data"]["id"] = str(uuid.uuid4())
        lines[0]["entity"] = "no_such_entity"

    outcome = county.import_batch(station.batch(edit=spoil))

    ack = read(county, outcome.ack)
    codes = {(issue.status, issue.code) for issue in ack.issues}
    assert codes == {("REJECTED", "bad_id_number"), ("REJECTED", "id_mismatch"),
                     ("REJECTED", "unknown_entity")}
    assert all(issue.reason for issue in ack.issues)
    assert ack.applied_through_change_seq == last_seq(station.runtime)
    assert ack.counts["active_members"] == 1
    covered = [seq for first, last, _status in ack.runs for seq in range(first, last + 1)]
    assert covered == list(range(1, last_seq(station.runtime) + 1))
    with county.store.read_session_factory() as session:
        rejected = session.scalars(select(CountyChange).where(
            CountyChange.status == "REJECTED")).all()
        assert len(rejected) == 3
        assert session.scalar(select(CountyRecord).where(
            CountyRecord.entity == "no_such_entity")) is None


def test_synced_entities_come_from_the_models_that_declare_themselves() -> None:
    entities = synced_entities()
    assert {"member", "member_status_change", "member_event", "member_transfer",
            "grassroots_union", "station", "enrollment_drive"} <= entities
    assert not {"change_log", "officer", "audit_log", "setting"} & entities


def _spoil_deterministically(lines: list[dict[str, Any]]) -> None:
    """Two changes the county rejects, the same way each time the batch is written."""
    members = [line for line in lines if line["entity"] == "member"]
    number = members[0]["data"]["id_number"]
    wrong = "0" if check_digit(number[:17]) != "0" else "1"
    members[0]["data"]["id_number"] = number[:17] + wrong
    lines[0]["entity"] = "no_such_entity"


def test_a_rejected_change_sent_again_gets_the_same_rejection(
        county: County, station: TestStation) -> None:
    first = county.import_batch(station.batch(edit=_spoil_deterministically))
    first_ack = read(county, first.ack)
    assert {(i.status, i.code) for i in first_ack.issues} == {
        ("REJECTED", "bad_id_number"), ("REJECTED", "unknown_entity")}

    # The station resends everything: the same changes, in a new batch file.
    again = county.import_batch(station.batch(edit=_spoil_deterministically))

    assert again.status == "duplicate"  # nothing new was applied
    ack = read(county, again.ack)
    assert ack.batch_id != first_ack.batch_id
    assert ack.issues == first_ack.issues  # seq, entity, id, status, code and reason
    # REJECTED where it was, DUP elsewhere, every change covered
    covered = [seq for first, last, _status in ack.runs for seq in range(first, last + 1)]
    assert covered == list(range(1, last_seq(station.runtime) + 1))
    rejected = {issue.change_seq for issue in ack.issues}
    assert [(first, last, status) for first, last, status in ack.runs
            if status != "DUP"] == [(seq, seq, "REJECTED") for seq in sorted(rejected)]
    with county.store.read_session_factory() as session:
        assert len(session.scalars(select(CountyChange).where(
            CountyChange.status == "REJECTED")).all()) == 2


def test_a_conflict_sent_again_is_reported_again_not_stored_twice(
        county: County, station: TestStation) -> None:
    seq, zhang, lines = stale_edit(county, station)
    first = read(county, county.import_batch(station.batch(lines=lines)).ack)
    later = follow_up(station, zhang, seq + 3, version=3, base_version=2)
    later["data"] = {**later["data"], "name": "张三", "version": 3}

    outcome = county.import_batch(station.batch(lines=[*lines, later]))

    assert outcome.status == "applied"  # the new change made it more than a duplicate
    ack = read(county, outcome.ack)
    assert ack.runs == ((1, seq + 1, "DUP"), (seq + 2, seq + 2, "CONFLICT"),
                        (seq + 3, seq + 3, "OK"))
    assert ack.issues == first.issues
    assert [(i.change_seq, i.status, i.code) for i in ack.issues] == [
        (seq + 2, "CONFLICT", "stale_base_version")]
    with county.store.read_session_factory() as session:
        assert len(session.scalars(select(CountyConflict)).all()) == 1
        record = session.get(CountyRecord, ("S01", "member", uuid.UUID(zhang["entity_id"])))
        assert record is not None and (record.version, record.data["name"]) == (3, "张三")
