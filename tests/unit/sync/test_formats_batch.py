"""Batch files: round trip, keys, limits, and what the writer refuses."""

from __future__ import annotations

import gzip
import uuid
import zlib
from datetime import UTC, datetime
from typing import Any

import pytest

from unionstation.sync import batch
from unionstation.sync.batch import (
    MAX_FILE_BYTES,
    batch_file_name,
    decrypt_batch,
    file_sha256,
    peek_batch,
    verify_batch,
    write_batch,
)
from unionstation.sync.canonical import encode_text
from unionstation.sync.container import MAGIC_BATCH, pack_raw, unpack
from unionstation.sync.errors import BadSignature, DamagedFile, SyncError, TooLarge, WrongKey
from unionstation.sync.keys import (
    generate_encryption_key,
    generate_signing_key,
    key_id,
    raw_public_key,
)

STATION = generate_signing_key()
COUNTY = generate_encryption_key()
CREATED = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
BATCH_ID = uuid.UUID("12345678-1234-5678-1234-567812345678")


def make_changes(first: int = 1, count: int = 3) -> list[dict[str, Any]]:
    return [
        {"change_id": str(uuid.UUID(int=seq)), "change_seq": seq, "entity": "member",
         "entity_id": str(uuid.UUID(int=1000 + seq)), "version": 2, "base_version": 1,
         "op": "upsert", "officer": "王干事", "created_at": "2025-03-01T08:00:00+00:00",
         "data": {"name": "张三", "id_number": "330106198505201011", "n": seq}}
        for seq in range(first, first + count)
    ]


def make_batch(changes: list[dict[str, Any]] | None = None, **overrides: Any) -> bytes:
    arguments: dict[str, Any] = {
        "station_code": "330106001", "batch_id": BATCH_ID, "previous_batch_sha256": None,
        "signing_key": STATION, "county_public_key": COUNTY.public_key(),
        "created_at": CREATED,
    }
    arguments.update(overrides)
    return write_batch(make_changes() if changes is None else changes, **arguments)


def seal(compressed: bytes, first: int = 1, last: int = 3) -> bytes:
    """A batch around gzip bytes of the test's choosing, signed and encrypted properly."""
    return batch._seal(compressed, station_code="330106001", batch_id=BATCH_ID,
                       from_change_seq=first, to_change_seq=last, previous_batch_sha256=None,
                       signing_key=STATION, county_public_key=COUNTY.public_key(),
                       created_at=CREATED)


def test_round_trip() -> None:
    changes = make_changes(41, 5)
    data = make_batch(changes, previous_batch_sha256="ab" * 32)
    header = verify_batch(data, STATION.public_key())
    assert decrypt_batch(data, COUNTY) == changes
    assert peek_batch(data) == header
    assert (header.from_change_seq, header.to_change_seq, header.changes) == (41, 45, 5)
    assert header.station_code == "330106001" and header.batch_id == BATCH_ID
    assert header.previous_batch_sha256 == "ab" * 32
    assert header.created_at == CREATED and header.format == batch.FORMAT == 2
    assert header.signer_key_id == key_id(raw_public_key(STATION.public_key()))
    assert header.recipient_key_id == key_id(raw_public_key(COUNTY.public_key()))


def test_body_fast_path_reads_back_the_same() -> None:
    changes = make_changes(5, 4)
    body = "".join(encode_text(c) + "\n" for c in changes).encode()
    data = batch.write_batch_body(
        body, from_change_seq=5, to_change_seq=8, station_code="330106001", batch_id=BATCH_ID,
        previous_batch_sha256=None, signing_key=STATION, county_public_key=COUNTY.public_key(),
        created_at=CREATED)
    assert verify_batch(data, STATION.public_key()).changes == 4
    assert decrypt_batch(data, COUNTY) == changes


def test_header_holds_no_personal_data() -> None:
    envelope = unpack(make_batch(), MAGIC_BATCH)
    assert envelope.header["kind"] == "batch"
    assert envelope.header["created_at"] == "2025-03-01T08:30:00Z"
    assert envelope.header["algorithms"]["kem"] == "DHKEM(X25519, HKDF-SHA256)"
    for secret in ("张三".encode(), b"330106198505201011", "王干事".encode()):
        assert secret not in make_batch()


def test_names_and_hashes() -> None:
    assert batch_file_name("330106001", BATCH_ID) == "US1_330106001_12345678.usb"
    with pytest.raises(ValueError):
        batch_file_name("../etc", BATCH_ID)
    assert file_sha256(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_wrong_county_key() -> None:
    with pytest.raises(WrongKey, match="本机的密钥是"):
        decrypt_batch(make_batch(), generate_encryption_key())


def test_wrong_station_key() -> None:
    with pytest.raises(BadSignature, match="签名不符"):
        verify_batch(make_batch(), generate_signing_key().public_key())


def test_a_changed_header_fails_decryption_even_when_re_signed() -> None:
    """HPKE binds the header: whoever holds a station key still cannot move a payload."""
    envelope = unpack(make_batch(), MAGIC_BATCH)
    header = envelope.header_bytes.replace(b'"station_code":"330106001"',
                                           b'"station_code":"330106002"')
    forged = pack_raw(MAGIC_BATCH, header, STATION, envelope.payload)
    assert verify_batch(forged, STATION.public_key()).station_code == "330106002"
    with pytest.raises(DamagedFile, match="加密内容无法解开"):
        decrypt_batch(forged, COUNTY)


def test_writer_refuses_non_consecutive_or_malformed_changes() -> None:
    changes = make_changes(1, 3)
    changes[2]["change_seq"] = 4
    with pytest.raises(SyncError, match="不连续"):
        make_batch(changes)
    broken = make_changes(1, 1)
    del broken[0]["officer"]
    with pytest.raises(SyncError, match="缺少字段 officer"):
        make_batch(broken)
    with pytest.raises(ValueError):
        make_batch([])
    with pytest.raises(ValueError):
        make_batch(created_at=datetime(2025, 3, 1))  # naive: whose local time?
    with pytest.raises(ValueError):
        make_batch(station_code="33/01")
    with pytest.raises(ValueError):
        make_batch(previous_batch_sha256="AB" * 32)


def test_decrypt_refuses_non_consecutive_lines() -> None:
    lines = make_changes(1, 3)
    lines[1]["change_seq"] = 7
    body = "".join(encode_text(line) + "\n" for line in lines).encode()
    with pytest.raises(DamagedFile, match="第 2 行变更的变更序号不连续"):
        decrypt_batch(seal(gzip.compress(body, mtime=0)), COUNTY)


@pytest.mark.parametrize(("body", "message"), [
    (b'{"a":1}\n' * 3, "第 1 行变更缺少字段"),
    (b"not json\n" * 3, "第 1 行无法解析"),
    (b"\n".join(encode_text(c).encode() for c in make_changes()), "最后一行"),
    (b"".join(encode_text(c).encode() + b"\n" for c in make_changes(1, 2)), "2 行"),
    (b"\xff\xfe\n", "UTF-8"),
])
def test_decrypt_refuses_bad_contents(body: bytes, message: str) -> None:
    with pytest.raises(DamagedFile, match=message):
        decrypt_batch(seal(gzip.compress(body, mtime=0)), COUNTY)


def test_decrypt_refuses_broken_gzip() -> None:
    body = "".join(encode_text(c) + "\n" for c in make_changes()).encode()
    whole = gzip.compress(body, mtime=0)
    for compressed, message in ((whole[:-9], "不完整"), (whole + b"\0junk", "多余数据"),
                                (b"\x1f\x8b" + b"\x00" * 30, "已损坏"), (b"", "不完整")):
        with pytest.raises(DamagedFile, match=message):
            decrypt_batch(seal(compressed), COUNTY)


def test_oversize_file_is_refused_before_any_crypto(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoCrypto:
        def __getattr__(self, name: str) -> Any:
            raise AssertionError("crypto touched an oversize file")

    monkeypatch.setattr(batch, "_SUITE", NoCrypto())
    monkeypatch.setattr(batch, "verify", NoCrypto().__getattr__)
    data = MAGIC_BATCH + b"\0" * MAX_FILE_BYTES
    for read in (peek_batch, lambda d: verify_batch(d, STATION.public_key()),
                 lambda d: decrypt_batch(d, COUNTY)):
        with pytest.raises(TooLarge, match="64 MiB"):
            read(data)


def test_writer_refuses_a_file_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "MAX_FILE_BYTES", 900)
    with pytest.raises(TooLarge, match="分批"):
        make_batch(make_changes(1, 50))
    monkeypatch.setattr(batch, "MAX_PAYLOAD_BYTES", 1000)
    with pytest.raises(TooLarge, match="分批"):
        make_batch(make_changes(1, 50))


def test_gzip_bomb_with_a_small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "MAX_PAYLOAD_BYTES", 64 * 1024)
    with pytest.raises(TooLarge, match="解压后超过"):
        decrypt_batch(seal(gzip.compress(b"0" * 200_000, mtime=0)), COUNTY)


def test_real_gzip_bomb_over_256_mib() -> None:
    """257 MiB of zeros compress to about 260 KB; built in chunks, refused while streaming."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(1 << 20)
    pieces = [deflater.compress(chunk) for _ in range(257)]
    compressed = b"".join(pieces) + deflater.flush()
    assert len(compressed) < 1 << 20
    with pytest.raises(TooLarge, match="256 MiB"):
        decrypt_batch(seal(compressed), COUNTY)
