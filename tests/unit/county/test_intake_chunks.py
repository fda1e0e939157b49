"""A batch is applied in chunks inside one transaction: what a later chunk finds wrong
undoes what the earlier chunks applied, and records changed across chunks end right."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.unit.county.batches import TestStation, county_state, read, signed_body
from unionstation.county import intake, reader
from unionstation.county.models import CountyRecord
from unionstation.county.service import County
from unionstation.services.members import MemberService
from unionstation.sync.canonical import encode_text


@pytest.fixture(autouse=True, params=["here", "reader"])
def tiny_chunks(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Chunks of 3 changes, read in this process or by a reader process (county.reader),
    which every batch here is too small for unless its threshold is lowered."""
    monkeypatch.setattr(intake, "APPLY_CHUNK", 3)
    if request.param == "reader":
        monkeypatch.setattr(reader, "READER_MIN_CHANGES", 0)


def edit_every_member_twice(station: TestStation) -> None:
    service = MemberService(station.runtime.context)
    for round_ in range(2):
        for line in station.lines():
            if line["entity"] == "member" and line["op"] == "upsert":
                member = uuid.UUID(line["entity_id"])
                draft = service.draft_of(member)
                phone = f"1380000{round_}{line['change_seq']:03d}"
                service.update(member, replace(draft, phone=phone))


def test_records_changed_in_several_chunks_end_in_their_newest_version(
        county: County, station: TestStation) -> None:
    edit_every_member_twice(station)
    lines = station.lines()
    assert len(lines) > 4 * intake.APPLY_CHUNK
    ack = read(county, county.import_batch(station.batch()).ack)
    assert ack.runs == ((1, len(lines), "OK"),)
    newest = {uuid.UUID(line["entity_id"]): line["version"] for line in lines}
    with county.store.read_session_factory() as session:
        stored = {entity_id: version for entity_id, version in session.execute(
            select(CountyRecord.entity_id, CountyRecord.version))}
    assert stored == newest
    assert max(newest.values()) >= 3  # some record really changed across chunks


def test_a_fault_in_the_last_chunk_undoes_the_chunks_before_it(
        county: County, station: TestStation) -> None:
    lines = station.lines()
    assert len(lines) > 2 * intake.APPLY_CHUNK
    lines[-1]["change_seq"] += 5  # signed by the station, but not consecutive
    body = "".join(encode_text(line) + "\n" for line in lines).encode()
    before = county_state(county)
    outcome = county.import_batch(signed_body(station, body, 1, len(lines)))
    assert (outcome.status, outcome.code) == ("refused", "damaged")
    assert f"第 {len(lines)} 行" in outcome.reason
    assert county_state(county) == before
    assert county.import_batch(station.batch()).status == "applied"


def test_a_cut_stream_with_a_good_signature_applies_nothing(
        county: County, station: TestStation) -> None:
    """The station signed a body that stops mid-line: the chunks before are undone."""
    lines = station.lines()
    body = "".join(encode_text(line) + "\n" for line in lines).encode()
    before = county_state(county)
    outcome = county.import_batch(signed_body(station, body[:-40], 1, len(lines)))
    assert (outcome.status, outcome.code) == ("refused", "damaged")
    assert county_state(county) == before


@pytest.mark.parametrize(("value", "reason"), [("NaN", "无法表示的数值"),
                                                ('"\\ud800"', "无效的字符")])
def test_a_value_no_canonical_line_can_hold_refuses_the_batch_in_its_last_chunk(
        county: County, station: TestStation, value: str, reason: str) -> None:
    lines = station.lines()
    texts = [encode_text(line) for line in lines]
    texts[-1] = texts[-1].replace('"data":{', f'"data":{{"odd":{value},', 1)
    body = "".join(text + "\n" for text in texts).encode()
    before = county_state(county)
    outcome = county.import_batch(signed_body(station, body, 1, len(lines)))
    assert (outcome.status, outcome.code) == ("refused", "damaged")
    assert reason in outcome.reason and f"第 {len(lines)} 条" in outcome.reason
    assert county_state(county) == before


def test_floats_in_the_data_are_kept_and_a_resend_is_a_duplicate(
        county: County, station: TestStation) -> None:
    """A float goes through json, not orjson: the hash of its line is the one the county
    stored before, so sending the batch again is DUP, not a conflicting duplicate."""
    lines = station.lines()
    texts = [encode_text(line) for line in lines]
    texts[0] = texts[0].replace('"data":{', '"data":{"ratio":1e+16,"share":0.25,', 1)
    body = "".join(text + "\n" for text in texts).encode()
    assert county.import_batch(signed_body(station, body, 1, len(lines))).status == "applied"
    again = county.import_batch(signed_body(station, body, 1, len(lines)))
    assert again.status == "duplicate"
    with county.store.read_session_factory() as session:
        data = session.execute(select(CountyRecord.data).where(
            CountyRecord.entity_id == uuid.UUID(lines[0]["entity_id"]))).scalar_one()
    assert (data["ratio"], data["share"]) == (1e16, 0.25)
