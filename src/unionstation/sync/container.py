"""The one container for every signed sync file.

    magic line | 4-byte big-endian header length | canonical-JSON header | Ed25519 signature
    | payload

The signature covers magic, length, header and the SHA-256 of the payload, so nothing in
the file can change unnoticed. The header must be canonical JSON byte for byte: one value has
one encoding, and a duplicated key cannot mean two things to two readers.
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from unionstation.sync.canonical import canonical_json, parse_utc_iso
from unionstation.sync.errors import BadSignature, DamagedFile

MAGIC_BATCH = b"US1 BATCH\n"
MAGIC_ACK = b"US1 ACK\n"
MAGIC_ENROLMENT = b"US1 ENROLMENT\n"
MAGIC_STATION_KEY = b"US1 STATION KEY\n"
MAGIC_REBASE = b"US1 REBASE\n"
MAGIC_REBASE_REQUEST = b"US1 REBASE REQUEST\n"

# Big enough for the ack of a 300,000-change batch whose every change was rejected
# (about 200 bytes an issue). Every other kind of file has a small header: a batch's
# is under 1 KiB, and the county parses it before any signature is checked.
MAX_HEADER_BYTES = 64 << 20
SMALL_HEADER_BYTES = 64 << 10
SIGNATURE_BYTES = 64
_PREFIX = struct.Struct(">I")

# What the officer calls each kind of file, and who signs it.
KIND_NAMES = {
    MAGIC_BATCH: "报送文件",
    MAGIC_ACK: "回执文件",
    MAGIC_ENROLMENT: "登记文件",
    MAGIC_STATION_KEY: "站点公钥文件",
    MAGIC_REBASE: "重建文件",
    MAGIC_REBASE_REQUEST: "重建请求",
}
_SIGNERS = {
    MAGIC_BATCH: "该站点",
    MAGIC_ACK: "县总工会",
    MAGIC_ENROLMENT: "县总工会",
    MAGIC_STATION_KEY: "该站点",
    MAGIC_REBASE: "县总工会",
    MAGIC_REBASE_REQUEST: "该站点",
}


def kind_name(magic: bytes) -> str:
    return KIND_NAMES.get(magic, "报送相关文件")


def damaged(magic: bytes, what: str) -> DamagedFile:
    return DamagedFile(f"{kind_name(magic)}已损坏:{what}。请让对方重新生成并发送。")


@dataclass(frozen=True)
class Envelope:
    magic: bytes
    header: dict[str, Any]
    signed: bytes
    signature: bytes
    payload: bytes | memoryview  # a view into the file's bytes: a batch is not copied

    @property
    def header_bytes(self) -> bytes:
        """The header exactly as in the file (a batch uses it as HPKE `info`)."""
        return self.signed[len(self.magic) + _PREFIX.size:]


def header_limit(magic: bytes) -> int:
    """The largest header a file of this kind may have."""
    return MAX_HEADER_BYTES if magic == MAGIC_ACK else SMALL_HEADER_BYTES


def pack_raw(magic: bytes, header: bytes, signing_key: Ed25519PrivateKey,
             payload: bytes = b"") -> bytes:
    """pack() for a header already encoded (a batch needs the bytes before it can sign)."""
    if len(header) > header_limit(magic):
        raise ValueError(f"header of {len(header)} bytes exceeds {header_limit(magic)}")
    signed = magic + _PREFIX.pack(len(header)) + header
    signature = signing_key.sign(signed + hashlib.sha256(payload).digest())
    return b"".join((signed, signature, payload))


def pack(magic: bytes, header: dict[str, Any], signing_key: Ed25519PrivateKey,
         payload: bytes = b"") -> bytes:
    return pack_raw(magic, canonical_json(header), signing_key, payload)


def _wrong_magic(data: bytes, magic: bytes) -> DamagedFile:
    expected = kind_name(magic)
    for other, name in KIND_NAMES.items():
        if other != magic and data.startswith(other):
            return DamagedFile(f"这是一份{name},不是{expected}。请检查选择的文件。")
    return DamagedFile(f"这不是{expected}(文件开头的标记不对),或文件已损坏。")


def unpack(data: bytes, magic: bytes) -> Envelope:
    """Split a file into its parts; DamagedFile (naming the kind expected) if it is not one."""
    if not data.startswith(magic):
        if len(data) < len(magic) and magic.startswith(data):
            raise damaged(magic, "文件不完整(被截断)")
        raise _wrong_magic(data, magic)
    start = len(magic) + _PREFIX.size
    if len(data) < start:
        raise damaged(magic, "文件不完整(被截断)")
    (length,) = _PREFIX.unpack_from(data, len(magic))
    if length == 0 or length > header_limit(magic):
        raise damaged(magic, f"文件头长度 {length} 不合理")
    end = start + length
    if len(data) < end + SIGNATURE_BYTES:
        raise damaged(magic, "文件不完整(被截断)")
    raw = data[start:end]
    try:
        header = json.loads(raw.decode("utf-8"))
        canonical = isinstance(header, dict) and canonical_json(header) == raw
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise damaged(magic, "文件头无法解析") from None
    if not isinstance(header, dict):
        raise damaged(magic, "文件头不是 JSON 对象")
    if not canonical:
        raise damaged(magic, "文件头不是规范格式(可能被改动过)")
    return Envelope(magic, header, data[:end], data[end:end + SIGNATURE_BYTES],
                    memoryview(data)[end + SIGNATURE_BYTES:])


def verify(envelope: Envelope, public_key: Ed25519PublicKey) -> None:
    verify_digest(envelope, hashlib.sha256(envelope.payload).digest(), public_key)


def verify_digest(envelope: Envelope, payload_sha256: bytes,
                  public_key: Ed25519PublicKey) -> None:
    """verify() for a payload hashed elsewhere (a file read in steps)."""
    message = envelope.signed + payload_sha256
    try:
        public_key.verify(envelope.signature, message)
    except InvalidSignature:
        raise BadSignature(
            f"签名不符:此{kind_name(envelope.magic)}不是由{_SIGNERS.get(envelope.magic, '对方')}"
            "的密钥签发的,或在途中被改动、截断过。") from None


_HEX = frozenset("0123456789abcdef")
CODE_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-")


def is_code(text: str) -> bool:
    """A station or county code: safe inside a file name (no path, no spaces), 1-32 chars."""
    return 0 < len(text) <= 32 and text[0] != "-" and set(text) <= CODE_CHARS


def is_hex(text: str, length: int) -> bool:
    return len(text) == length and set(text) <= _HEX


class HeaderFields:
    """Typed access to a header's fields; every problem is DamagedFile naming the field."""

    def __init__(self, envelope: Envelope, kind: str, keys: frozenset[str],
                 versions: frozenset[int] = frozenset({1})) -> None:
        self.magic = envelope.magic
        self.header = envelope.header
        missing = sorted(keys - self.header.keys())
        extra = sorted(self.header.keys() - keys)
        if missing:
            raise self.damaged(f"缺少字段 {', '.join(missing)}")
        if extra:
            raise self.damaged(f"含有未知字段 {', '.join(extra)}")
        version = self.header["format"]
        if type(version) is not int:
            raise self._bad("format", "整数")
        if version not in versions:
            raise DamagedFile(f"{kind_name(self.magic)}的格式版本 {version} 本程序不认识,"
                              "请升级 UnionStation 后再试。")
        if self.header["kind"] != kind:
            raise self._bad("kind", f"“{kind}”")

    def damaged(self, what: str) -> DamagedFile:
        return damaged(self.magic, what)

    def _bad(self, name: str, expected: str) -> DamagedFile:
        return self.damaged(f"字段 {name} 应为{expected}")

    def text(self, name: str) -> str:
        value = self.header[name]
        if not isinstance(value, str):
            raise self._bad(name, "文字")
        return value

    def code(self, name: str) -> str:
        value = self.header[name]
        if not isinstance(value, str) or not is_code(value):
            raise self._bad(name, "代码(字母、数字、- 或 _,最多 32 位)")
        return value

    def integer(self, name: str) -> int:
        value = self.header[name]
        if type(value) is not int or value < 0:
            raise self._bad(name, "非负整数")
        return value

    def hexdigest(self, name: str, length: int) -> str:
        value = self.header[name]
        if not isinstance(value, str) or not is_hex(value, length):
            raise self._bad(name, f"{length} 位小写十六进制")
        return value

    def obj(self, name: str) -> dict[str, Any]:
        value = self.header[name]
        if not isinstance(value, dict):
            raise self._bad(name, "JSON 对象")
        return value

    def array(self, name: str) -> list[Any]:
        value = self.header[name]
        if not isinstance(value, list):
            raise self._bad(name, "JSON 数组")
        return value

    def uuid(self, name: str) -> UUID:
        value = self.header[name]
        try:
            parsed = UUID(value) if isinstance(value, str) else None
        except ValueError:
            parsed = None
        if parsed is None or str(parsed) != value:
            raise self._bad(name, "UUID")
        return parsed

    def time(self, name: str) -> datetime:
        value = self.header[name]
        try:
            if isinstance(value, str):
                return parse_utc_iso(value)
        except ValueError:
            pass
        raise self._bad(name, "UTC 时间(ISO 8601,以 Z 结尾)")
