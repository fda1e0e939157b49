"""Any flipped byte and any truncation of a batch is refused with a SyncError, never read."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.sync.test_formats_batch import COUNTY, STATION, make_batch, make_changes
from unionstation.sync.batch import decrypt_batch, verify_batch
from unionstation.sync.container import MAGIC_BATCH, unpack
from unionstation.sync.errors import SyncError

CHANGES = make_changes(7, 2)
DATA = make_batch(CHANGES)
_HEADER_END = len(unpack(DATA, MAGIC_BATCH).signed)
SIGNATURE = range(_HEADER_END, _HEADER_END + 64)


def intake(data: bytes) -> list[dict[str, Any]]:
    """What the county does: signature first, then decrypt."""
    verify_batch(data, STATION.public_key())
    return decrypt_batch(data, COUNTY)


def test_the_untouched_file_reads() -> None:
    assert intake(DATA) == CHANGES


@settings(max_examples=500, deadline=None)
@given(position=st.integers(0, len(DATA) - 1), flip=st.integers(1, 255))
def test_any_flipped_byte_is_refused(position: int, flip: int) -> None:
    damaged = bytearray(DATA)
    damaged[position] ^= flip
    data = bytes(damaged)
    with pytest.raises(SyncError):
        intake(data)
    with pytest.raises(SyncError):
        verify_batch(data, STATION.public_key())
    if position in SIGNATURE:
        # decrypt_batch alone does not check the signature, but cannot be fooled either.
        assert decrypt_batch(data, COUNTY) == CHANGES
    else:
        with pytest.raises(SyncError):
            decrypt_batch(data, COUNTY)


def test_every_truncation_is_refused() -> None:
    for length in range(len(DATA)):
        short = DATA[:length]
        with pytest.raises(SyncError):
            verify_batch(short, STATION.public_key())
        with pytest.raises(SyncError):
            decrypt_batch(short, COUNTY)


def test_appended_bytes_are_refused() -> None:
    for extra in (b"\0", b"x" * 100):
        with pytest.raises(SyncError):
            verify_batch(DATA + extra, STATION.public_key())
        with pytest.raises(SyncError):
            decrypt_batch(DATA + extra, COUNTY)


@pytest.mark.parametrize("flip", [0x01, 0x20, 0x80, 0xFF])
def test_every_position_flipped(flip: int) -> None:
    for position in range(len(DATA)):
        damaged = bytearray(DATA)
        damaged[position] ^= flip
        with pytest.raises(SyncError):
            intake(bytes(damaged))
