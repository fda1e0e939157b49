"""The signed container every sync file shares."""

from __future__ import annotations

import struct

import pytest

from unionstation.sync.container import (
    MAGIC_ACK,
    MAGIC_BATCH,
    MAGIC_ENROLMENT,
    MAX_HEADER_BYTES,
    SMALL_HEADER_BYTES,
    pack,
    unpack,
    verify,
)
from unionstation.sync.errors import BadSignature, DamagedFile
from unionstation.sync.keys import generate_signing_key

KEY = generate_signing_key()


def test_round_trip() -> None:
    data = pack(MAGIC_ACK, {"b": 1, "a": "县"}, KEY, b"payload")
    envelope = unpack(data, MAGIC_ACK)
    assert envelope.header == {"a": "县", "b": 1}
    assert envelope.payload == b"payload"
    assert envelope.header_bytes == '{"a":"县","b":1}'.encode()
    assert len(envelope.signature) == 64
    verify(envelope, KEY.public_key())


def test_wrong_kind_of_file_is_named() -> None:
    data = pack(MAGIC_ACK, {"a": 1}, KEY)
    with pytest.raises(DamagedFile, match="这是一份回执文件,不是报送文件"):
        unpack(data, MAGIC_BATCH)
    with pytest.raises(DamagedFile, match="这不是登记文件"):
        unpack(b"PK\x03\x04 a zip file", MAGIC_ENROLMENT)


def _raw(header: bytes, length: int | None = None) -> bytes:
    size = len(header) if length is None else length
    return MAGIC_ACK + struct.pack(">I", size) + header + b"\0" * 64


@pytest.mark.parametrize(("data", "message"), [
    (MAGIC_ACK[:4], "被截断"),
    (MAGIC_ACK + b"\0\0", "被截断"),
    (_raw(b"{}", length=0), "长度"),
    (_raw(b"{}", length=MAX_HEADER_BYTES + 1), "长度"),
    (_raw(b'{"a":1}')[:-1], "被截断"),
    (_raw(b"[1,2]"), "不是 JSON 对象"),
    (_raw(b"{not json"), "无法解析"),
    (_raw(b"\xff\xfe"), "无法解析"),
    (_raw(b"[" * 100_000), "无法解析"),
    (_raw(b'{"a": 1}'), "规范格式"),
    (_raw(b'{"b":1,"a":2}'), "规范格式"),
    (_raw(b'{"a":1,"a":2}'), "规范格式"),
    (_raw(b'{"a":NaN}'), "无法解析"),
])
def test_malformed_containers(data: bytes, message: str) -> None:
    with pytest.raises(DamagedFile, match=message) as caught:
        unpack(data, MAGIC_ACK)
    assert str(caught.value).startswith("回执文件") or "回执文件" in str(caught.value)


def test_signature_covers_header_and_payload() -> None:
    data = pack(MAGIC_BATCH, {"n": 1}, KEY, b"secret")
    tampered_header = data.replace(b'{"n":1}', b'{"n":2}')
    tampered_payload = data[:-1] + b"T"
    for bad in (tampered_header, tampered_payload):
        with pytest.raises(BadSignature, match="签名不符:此报送文件不是由该站点的密钥签发的"):
            verify(unpack(bad, MAGIC_BATCH), KEY.public_key())
    with pytest.raises(BadSignature):
        verify(unpack(data, MAGIC_BATCH), generate_signing_key().public_key())


def test_a_batch_header_may_not_be_big() -> None:
    """The county reads a batch's header before any signature: it stays small."""
    big = MAGIC_BATCH + struct.pack(">I", SMALL_HEADER_BYTES + 1) + b"{" * 64
    with pytest.raises(DamagedFile, match="长度"):
        unpack(big, MAGIC_BATCH)
    with pytest.raises(ValueError):
        pack(MAGIC_BATCH, {"a": "x" * SMALL_HEADER_BYTES}, KEY)
