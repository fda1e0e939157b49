"""Format 2 streams: many chunks, cut or reordered anywhere, refused; format 1 still reads."""

from __future__ import annotations

import gzip
import os
import struct
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from tests.unit.sync.test_formats_batch import (
    BATCH_ID,
    COUNTY,
    CREATED,
    STATION,
    make_batch,
    make_changes,
)
from unionstation.sync import batch, stream
from unionstation.sync.batch import (
    decrypt_batch,
    file_sha256,
    iter_batch,
    verify_batch,
    verify_batch_file,
)
from unionstation.sync.canonical import encode_text
from unionstation.sync.container import MAGIC_BATCH, unpack
from unionstation.sync.errors import BadSignature, DamagedFile, SyncError


def noisy_changes(count: int) -> list[dict[str, Any]]:
    """Change lines that barely compress, so a small chunk size gives many chunks."""
    changes = make_changes(1, count)
    for change in changes:
        change["data"]["noise"] = os.urandom(48).hex()
    return changes


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream, "CHUNK_BYTES", 512)


def frames(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every frame of a format-2 file, in file offsets."""
    offset = len(unpack(data, MAGIC_BATCH).signed) + 64 + stream.KEY_BLOCK
    found = []
    while offset < len(data):
        (length,) = struct.unpack_from(">I", data, offset)
        found.append((offset, offset + 4 + length))
        offset += 4 + length
    assert offset == len(data)
    return found


def read_until_refused(data: bytes) -> tuple[int, Exception | None]:
    """How many lines came out before the stream was refused, and the refusal."""
    count = 0
    try:
        for _change in iter_batch(data, COUNTY):
            count += 1
    except SyncError as exc:
        return count, exc
    return count, None


def test_many_chunks_round_trip(small_chunks: None) -> None:
    changes = noisy_changes(60)
    data = make_batch(changes)
    assert len(frames(data)) >= 8
    assert verify_batch(data, STATION.public_key()).format == 2
    assert decrypt_batch(data, COUNTY) == changes


def test_a_stream_cut_anywhere_is_refused_even_past_the_signature(small_chunks: None) -> None:
    """Every cut, mid-chunk or at a chunk boundary, fails the signature; and the stream
    itself, read without the signature, still refuses it (the last-chunk flag)."""
    data = make_batch(noisy_changes(60))
    bounds = frames(data)
    cuts = {end for _start, end in bounds[:-1]} | {start + 9 for start, _end in bounds}
    for cut in sorted(cuts):
        with pytest.raises(SyncError):
            verify_batch(data[:cut], STATION.public_key())
        _lines, refusal = read_until_refused(data[:cut])
        assert isinstance(refusal, DamagedFile), cut


def test_lines_stream_out_before_a_late_fault_is_found(small_chunks: None) -> None:
    """The reader hands lines out as it goes, which is why the county applies inside one
    transaction: a cut near the end is found only after most lines were read."""
    changes = noisy_changes(60)
    data = make_batch(changes)
    last_start, _end = frames(data)[-1]
    count, refusal = read_until_refused(data[:last_start])
    assert isinstance(refusal, DamagedFile) and "无法解开" in str(refusal)
    assert 0 < count < len(changes)


def test_reordered_dropped_or_repeated_chunks_are_refused(small_chunks: None) -> None:
    data = make_batch(noisy_changes(60))
    (a0, a1), (b0, b1), (c0, c1) = frames(data)[2:5]
    swapped = data[:a0] + data[b0:b1] + data[a0:a1] + data[b1:]
    dropped = data[:b0] + data[b1:]
    repeated = data[:c0] + data[b0:b1] + data[c0:]
    for variant in (swapped, dropped, repeated):
        with pytest.raises(BadSignature):
            verify_batch(variant, STATION.public_key())
        assert isinstance(read_until_refused(variant)[1], DamagedFile)


def test_legacy_format_1_still_reads_and_is_still_checked() -> None:
    changes = make_changes(5, 4)
    body = "".join(encode_text(change) + "\n" for change in changes).encode()
    compressed = gzip.compress(body, mtime=0)
    data = batch._seal(compressed, station_code="330106001", batch_id=BATCH_ID,
                       from_change_seq=5, to_change_seq=8, previous_batch_sha256=None,
                       signing_key=STATION, county_public_key=COUNTY.public_key(),
                       created_at=CREATED, version=1)
    header = verify_batch(data, STATION.public_key())
    assert header.format == 1
    assert header.payload_sha256 is not None
    assert decrypt_batch(data, COUNTY) == changes
    for position in range(0, len(data), 7):
        damaged = bytearray(data)
        damaged[position] ^= 0x40
        with pytest.raises(SyncError):
            verify_batch(bytes(damaged), STATION.public_key())
            decrypt_batch(bytes(damaged), COUNTY)


def test_a_file_is_verified_in_steps(tmp_path: Path, small_chunks: None) -> None:
    data = make_batch(noisy_changes(30))
    path = tmp_path / "batch.usb"
    path.write_bytes(data)
    header, sha = verify_batch_file(path, STATION.public_key())
    assert (header.changes, sha) == (30, file_sha256(data))
    path.write_bytes(data[:-1])
    with pytest.raises(BadSignature):
        verify_batch_file(path, STATION.public_key())


def _peak_reading(changes: int) -> int:
    data = make_batch(make_changes(1, changes))
    tracemalloc.start()
    try:
        for _change in iter_batch(data, COUNTY):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()



def test_reading_memory_does_not_grow_with_the_batch() -> None:
    """Loosely: reading 40,000 changes peaks no higher than reading 10,000 (plus slack),
    and far below what the 40,000 parsed changes would take held at once."""
    small, large = _peak_reading(10_000), _peak_reading(40_000)
    assert large < small * 1.5 + (2 << 20)
    assert large < 12 << 20
