"""A large batch is read by a second process (county.reader): the changes it hands over are
the ones this process would have read, its refusals are the same, and when it cannot
start or stops half-way the import reads the rest itself."""

from __future__ import annotations

import gc
import logging
import os
import sys
import uuid
from collections.abc import Iterator
from dataclasses import astuple
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.unit.county.batches import TestStation, signed_body
from unionstation.county import reader
from unionstation.county.apply import PROJECTED
from unionstation.county.service import County
from unionstation.county.staging import Staged, synced_entities
from unionstation.sync.canonical import encode_text
from unionstation.sync.errors import DamagedFile

CHUNK = 4


@pytest.fixture(params=["sqlite"])
def county_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Reading needs no county database: SQLite only."""
    return f"sqlite:///{tmp_path / 'county.db'}"


@pytest.fixture(autouse=True)
def every_batch_is_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "READER_MIN_CHANGES", 0)
    monkeypatch.setattr(reader, "last_peak_rss_mb", None)


def chunks(county: County, data: bytes, changes: int) -> Iterator[list[Staged]]:
    return reader.read_chunks(data, county.keys.encryption, changes=changes, chunk=CHUNK,
                              entities=synced_entities(), parsed=PROJECTED)


def here(county: County, data: bytes) -> list[list[Staged]]:
    return list(reader.local_chunks(data, county.keys.encryption, CHUNK, synced_entities()))


def fields(staged: list[list[Staged]]) -> list[list[tuple[Any, ...]]]:
    """Every field of every change, its data and whole line read (as apply reads them)."""
    return [[(*astuple(change)[:-1], change.data, change.line) for change in chunk]
            for chunk in staged]


def a_batch(station: TestStation) -> tuple[bytes, int]:
    """The station's changes, one member's id number spoilt (so one is REJECTED)."""
    lines = station.lines()

    def spoil(lines: list[dict[str, Any]]) -> None:
        member = next(line for line in lines if line["entity"] == "member")
        member["data"]["id_number"] = member["data"]["id_number"][:-1] + "X0"[
            member["data"]["id_number"].endswith("X")]
    return station.batch(edit=spoil), len(lines)


def test_the_reader_hands_over_what_this_process_reads(
        county: County, station: TestStation) -> None:
    data, count = a_batch(station)
    expected = here(county, data)
    assert any(change.rejected for chunk in expected for change in chunk)
    assert len(expected) > 2
    got = list(chunks(county, data, count))
    assert fields(got) == fields(expected)
    projected = [change for chunk in got for change in chunk if change.entity in PROJECTED]
    assert projected and all(change.parsed is not None for change in projected)
    if sys.platform == "linux":
        assert reader.last_peak_rss_mb is not None and reader.last_peak_rss_mb > 10


def test_a_damaged_batch_is_refused_by_the_reader_in_the_same_words(
        county: County, station: TestStation) -> None:
    lines = station.lines()
    lines[-1]["change_seq"] += 5  # signed by the station, but not consecutive
    body = "".join(encode_text(line) + "\n" for line in lines).encode()
    data = signed_body(station, body, 1, len(lines))
    with pytest.raises(DamagedFile) as here_refused:
        here(county, data)
    with pytest.raises(DamagedFile) as reader_refused:
        list(chunks(county, data, len(lines)))
    assert str(reader_refused.value) == str(here_refused.value)
    assert f"第 {len(lines)} 行" in str(reader_refused.value)


def test_a_reader_that_cannot_start_leaves_the_reading_here(
        county: County, station: TestStation, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    data, count = a_batch(station)
    monkeypatch.setattr(reader, "_command", lambda: ["/no/such/python"])
    with caplog.at_level(logging.WARNING, logger=reader.__name__):
        assert fields(list(chunks(county, data, count))) == fields(here(county, data))
    assert reader.last_peak_rss_mb is None
    assert "no batch reader process (FileNotFoundError)" in caplog.text


DIES_AFTER_TWO_CHUNKS = """
import os, sys
from unionstation.county import reader

class Dying:
    def __init__(self, out):
        self.out, self.frames = out, 0
    def write(self, data):
        self.out.write(data)
    def flush(self):
        self.out.flush()
        self.frames += 1
        if self.frames == 2:
            os._exit(3)

reader._serve(sys.stdin.buffer, Dying(sys.stdout.buffer))
"""


@pytest.mark.parametrize("script", [DIES_AFTER_TWO_CHUNKS, "import sys; sys.stdin.read()"],
                         ids=["dies after two chunks", "ends without a word"])
def test_a_reader_that_stops_half_way_leaves_the_rest_to_this_process(
        county: County, station: TestStation, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, script: str) -> None:
    data, count = a_batch(station)
    monkeypatch.setattr(reader, "_command", lambda: [sys.executable, "-c", script])
    with caplog.at_level(logging.WARNING, logger=reader.__name__):
        assert fields(list(chunks(county, data, count))) == fields(here(county, data))
    stopped = 2 if script == DIES_AFTER_TWO_CHUNKS else 0
    assert f"stopped after {stopped} chunks" in caplog.text


def test_a_reader_left_behind_is_stopped(
        county: County, station: TestStation, monkeypatch: pytest.MonkeyPatch) -> None:
    """An import that fails before it reads a chunk drops its reader: the process goes
    with it, not left waiting on its pipe for ever."""
    data, _count = a_batch(station)
    waits = "import sys, time; sys.stdin.buffer.read(); time.sleep(60)"
    monkeypatch.setattr(reader, "_command", lambda: [sys.executable, "-c", waits])
    started = reader._Reader(data, county.keys.encryption, CHUNK, synced_entities(),
                             PROJECTED)
    process = started._process
    assert process.poll() is None
    del started
    gc.collect()
    assert process.wait(timeout=10) != 0  # killed, not ended


def test_a_reader_that_closes_its_input_at_once_leaves_the_reading_here(
        county: County, station: TestStation, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch larger than the pipe holds: writing it to a reader that went away fails,
    and this process reads it instead."""
    now = datetime.now(UTC).isoformat()
    lines = []
    for seq in range(1, 3_001):
        union = str(uuid.uuid4())
        lines.append({"change_id": str(uuid.uuid4()), "change_seq": seq,
                      "entity": "grassroots_union", "entity_id": union, "version": 1,
                      "base_version": 0, "op": "upsert", "officer": "测试",
                      "created_at": now, "data": {"id": union, "name": f"第{seq}基层工会"}})
    data = station.batch(lines=lines)
    assert len(data) > 1 << 17  # more than a pipe's buffer
    monkeypatch.setattr(reader, "_command", lambda: [
        sys.executable, "-c", "import os, time; os.close(0); time.sleep(30)"])
    with pytest.raises(OSError):
        reader._Reader(data, county.keys.encryption, CHUNK, synced_entities(), PROJECTED)
    got = list(chunks(county, data, len(lines)))
    assert fields(got) == fields(here(county, data))
    assert sum(map(len, got)) == len(lines)


@pytest.mark.skipif(sys.platform != "linux", reason="pipe sizes are Linux's")
def test_the_readers_pipe_holds_a_whole_chunk(
        county: County, station: TestStation, monkeypatch: pytest.MonkeyPatch) -> None:
    """A chunk (about 1 MB) crosses in a few writes, not sixteen of 64 KiB."""
    import fcntl

    probe = os.pipe()
    try:
        fcntl.fcntl(probe[1], fcntl.F_SETPIPE_SZ, 1 << 20)
    except OSError:
        pytest.skip("this system keeps a pipe at its default size")
    finally:
        for end in probe:
            os.close(end)
    data, _count = a_batch(station)
    monkeypatch.setattr(reader, "_command", lambda: [
        sys.executable, "-c", "import sys; sys.stdin.buffer.read()"])
    with reader._Reader(data, county.keys.encryption, CHUNK, synced_entities(),
                        PROJECTED) as started:
        stdout = started._process.stdout
        assert stdout is not None
        assert fcntl.fcntl(stdout.fileno(), fcntl.F_GETPIPE_SZ) == 1 << 20
