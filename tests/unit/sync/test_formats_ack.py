"""Acks: round trip, the county's signature, and what a consistent ack must say."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime

import pytest

from unionstation.sync.ack import (
    MAX_ACK_BYTES,
    Ack,
    AckIssue,
    ack_file_name,
    read_ack,
    write_ack,
)
from unionstation.sync.container import MAGIC_ACK, pack_raw, unpack
from unionstation.sync.errors import BadSignature, DamagedFile, SyncError, TooLarge
from unionstation.sync.keys import generate_signing_key, key_id, raw_public_key

COUNTY = generate_signing_key()
COUNTY_ID = key_id(raw_public_key(COUNTY.public_key()))
ISSUE = AckIssue(change_seq=12, entity="member", entity_id=str(uuid.UUID(int=5)),
                 status="CONFLICT", code="stale_version", reason="县里已有更新的版本")
ACK = Ack(
    county_code="330106", station_code="330106001",
    batch_id=uuid.UUID("abcdef01-1234-5678-1234-567812345678"), batch_sha256="cd" * 32,
    status="applied", from_change_seq=10, to_change_seq=20, applied_through_change_seq=20,
    runs=((10, 11, "DUP"), (12, 12, "CONFLICT"), (13, 20, "OK")), issues=(ISSUE,),
    counts={"active_members": 3, "disbursed_this_year": "0.00"},
    signer_key_id=COUNTY_ID, issued_at=datetime(2025, 3, 2, 9, 0, 0, 250000, tzinfo=UTC),
)


def test_round_trip_and_name() -> None:
    data = write_ack(ACK, COUNTY)
    assert read_ack(data, COUNTY.public_key()) == ACK
    assert write_ack(ACK, COUNTY) == data  # Ed25519 is deterministic: a replay gets the same bytes
    assert ack_file_name(ACK) == "US1ACK_330106001_abcdef01.ack"


def test_parked_ack_round_trip() -> None:
    parked = dataclasses.replace(ACK, status="parked", runs=(), issues=(),
                                 applied_through_change_seq=5)
    assert read_ack(write_ack(parked, COUNTY), COUNTY.public_key()) == parked


def test_ack_signed_by_another_key() -> None:
    other = generate_signing_key()
    forged = dataclasses.replace(ACK, signer_key_id=key_id(raw_public_key(other.public_key())))
    with pytest.raises(BadSignature, match="签名不符"):
        read_ack(write_ack(forged, other), COUNTY.public_key())
    # The same, claiming the county's key id: the signature itself gives it away.
    header = unpack(write_ack(ACK, COUNTY), MAGIC_ACK).header_bytes
    with pytest.raises(BadSignature, match="签名不符:此回执文件不是由县总工会的密钥签发的"):
        read_ack(pack_raw(MAGIC_ACK, header, other), COUNTY.public_key())


def test_tampered_ack() -> None:
    data = write_ack(ACK, COUNTY).replace(b'"applied_through_change_seq":20',
                                          b'"applied_through_change_seq":99')
    with pytest.raises(BadSignature):
        read_ack(data, COUNTY.public_key())
    with pytest.raises(SyncError):
        read_ack(write_ack(ACK, COUNTY) + b"x", COUNTY.public_key())


def test_not_an_ack() -> None:
    with pytest.raises(DamagedFile, match="回执"):
        read_ack(b"US1 BATCH\n....", COUNTY.public_key())
    with pytest.raises(TooLarge):
        read_ack(b"US1 ACK\n" + bytes(MAX_ACK_BYTES + 1), COUNTY.public_key())


@pytest.mark.parametrize("change", [
    {"runs": ((10, 19, "OK"),)},  # does not cover change 20
    {"runs": ((10, 12, "OK"), (12, 20, "OK"))},  # overlaps
    {"runs": ((10, 20, "FINE"),)},
    {"status": "parked"},  # parked yet with runs
    {"status": "done"},
    {"issues": (dataclasses.replace(ISSUE, change_seq=30),)},
    {"issues": (dataclasses.replace(ISSUE, status="OK"),)},
    {"station_code": "../x"},
    {"signer_key_id": "0" * 16},
])
def test_inconsistent_acks_are_not_written(change: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        write_ack(dataclasses.replace(ACK, **change), COUNTY)  # type: ignore[arg-type]


def test_inconsistent_ack_from_the_county_is_refused() -> None:
    envelope = unpack(write_ack(ACK, COUNTY), MAGIC_ACK)
    header = envelope.header_bytes.replace(b'[13,20,"OK"]', b'[13,19,"OK"]')
    with pytest.raises(DamagedFile, match="逐条覆盖"):
        read_ack(pack_raw(MAGIC_ACK, header, COUNTY), COUNTY.public_key())


def test_an_ack_too_big_for_its_header(monkeypatch: pytest.MonkeyPatch) -> None:
    issues = tuple(dataclasses.replace(ISSUE, change_seq=10, reason="原因" * 200)
                   for _ in range(2000))
    big = dataclasses.replace(ACK, issues=issues)
    assert read_ack(write_ack(big, COUNTY), COUNTY.public_key()).issues == issues
    monkeypatch.setattr("unionstation.sync.ack.MAX_HEADER_BYTES", 1 << 20)
    with pytest.raises(TooLarge):
        write_ack(big, COUNTY)
