"""Reading the sync files the officer picks: receipts as large as an ack may legally be,
enrolment and key files capped small; never a silently cut-off file."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionstation.sync.ack import MAX_ACK_BYTES
from unionstation.sync.errors import TooLarge
from unionstation.ui.sync.texts import SMALL_FILE_BYTES, read_ack_file, read_capped, read_small


def test_a_receipt_larger_than_the_small_cap_is_read_whole(tmp_path: Path) -> None:
    assert MAX_ACK_BYTES > 2 * SMALL_FILE_BYTES
    receipt = tmp_path / "big.ack"
    data = bytes(range(256)) * (2 * SMALL_FILE_BYTES // 256 + 7)
    receipt.write_bytes(data)
    assert read_ack_file(receipt) == data


def test_an_enrolment_file_over_the_small_cap_is_refused_not_cut(tmp_path: Path) -> None:
    enrolment = tmp_path / "big.enrol"
    enrolment.write_bytes(b"x" * (SMALL_FILE_BYTES + 1))
    with pytest.raises(TooLarge, match="big.enrol"):
        read_small(enrolment)
    enrolment.write_bytes(b"x" * SMALL_FILE_BYTES)
    assert len(read_small(enrolment)) == SMALL_FILE_BYTES


def test_read_capped_reads_at_most_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "f.ack"
    path.write_bytes(b"12345")
    assert read_capped(path, 5) == b"12345"
    with pytest.raises(TooLarge):
        read_capped(path, 4)
