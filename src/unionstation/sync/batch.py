"""Batch files (报送文件): a station's changes, signed by the station, readable by the county only.

The header (no personal data) is the HPKE `info`, so a changed header fails decryption as
well as the signature. `payload_sha256` is the hash of the gzip bytes before encryption:
the header cannot hold the ciphertext's hash, since the ciphertext depends on the header.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from unionstation.sync.canonical import canonical_json, encode_text, utc_iso
from unionstation.sync.container import (
    MAGIC_BATCH,
    SIGNATURE_BYTES,
    Envelope,
    HeaderFields,
    damaged,
    is_code,
    is_hex,
    pack_raw,
    unpack,
    verify,
)
from unionstation.sync.errors import BadSignature, SyncError, TooLarge, WrongKey
from unionstation.sync.keys import key_id, raw_public_key

FORMAT = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024
# Measured on 135 MB of change lines: levels 1-3 take 0.8 s, level 6 takes 1.7 s for a file
# only 10% smaller, and the 256 MiB payload limit binds long before the 64 MiB file limit.
COMPRESS_LEVEL = 3
ALGORITHMS = {
    "kem": "DHKEM(X25519, HKDF-SHA256)", "kdf": "HKDF-SHA256", "aead": "AES-256-GCM",
    "signature": "Ed25519", "compression": "gzip", "payload": "jsonl",
}
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_HPKE_OVERHEAD = 32 + 16  # X25519 encapsulated key + AES-GCM tag
_FIELDS = frozenset({
    "format", "kind", "algorithms", "station_code", "batch_id", "from_change_seq",
    "to_change_seq", "previous_batch_sha256", "recipient_key_id", "signer_key_id",
    "created_at", "changes", "payload_sha256",
})
_MiB = 1024 * 1024
_LINE_KEYS = frozenset({
    "change_id", "change_seq", "entity", "entity_id", "version", "base_version", "op",
    "officer", "created_at", "data",
})
_TEXT_KEYS = ("entity", "op", "officer", "created_at")
_OPS = frozenset({"upsert", "delete"})
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class BatchHeader:
    format: int
    station_code: str
    batch_id: UUID
    from_change_seq: int
    to_change_seq: int
    previous_batch_sha256: str | None
    recipient_key_id: str
    signer_key_id: str
    created_at: datetime
    changes: int
    payload_sha256: str

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format, "kind": "batch", "algorithms": ALGORITHMS,
            "station_code": self.station_code, "batch_id": str(self.batch_id),
            "from_change_seq": self.from_change_seq, "to_change_seq": self.to_change_seq,
            "previous_batch_sha256": self.previous_batch_sha256,
            "recipient_key_id": self.recipient_key_id, "signer_key_id": self.signer_key_id,
            "created_at": utc_iso(self.created_at), "changes": self.changes,
            "payload_sha256": self.payload_sha256,
        }


def batch_file_name(station_code: str, batch_id: UUID) -> str:
    if not is_code(station_code):
        raise ValueError(f"station code {station_code!r} cannot go into a file name")
    return f"US1_{station_code}_{batch_id.hex[:8]}.usb"


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_batch(changes: Sequence[dict[str, Any]], *, station_code: str, batch_id: UUID,
                previous_batch_sha256: str | None, signing_key: Ed25519PrivateKey,
                county_public_key: X25519PublicKey, created_at: datetime) -> bytes:
    """The batch file for `changes` (consecutive change_seq, JSON-ready change lines)."""
    if not changes:
        raise ValueError("a batch holds at least one change")
    return write_batch_body(
        _encode_lines(changes), from_change_seq=changes[0]["change_seq"],
        to_change_seq=changes[-1]["change_seq"], station_code=station_code,
        batch_id=batch_id, previous_batch_sha256=previous_batch_sha256,
        signing_key=signing_key, county_public_key=county_public_key, created_at=created_at)


def write_batch_body(body: bytes, *, from_change_seq: int, to_change_seq: int,
                     station_code: str, batch_id: UUID, previous_batch_sha256: str | None,
                     signing_key: Ed25519PrivateKey, county_public_key: X25519PublicKey,
                     created_at: datetime) -> bytes:
    """Like write_batch, for change lines the station already wrote as JSON Lines (one
    per change, from_change_seq to to_change_seq, each ending in a newline): the
    outbox's fast path. The county checks every line when it decrypts."""
    if to_change_seq < from_change_seq or not body.endswith(b"\n"):
        raise ValueError("a batch holds at least one whole change line")
    if len(body) > MAX_PAYLOAD_BYTES:
        raise TooLarge(f"本批变更展开后有 {len(body) // _MiB} MiB,超过报送文件 "
                       f"{MAX_PAYLOAD_BYTES // _MiB} MiB 的上限。请分批报送。")
    compressed = gzip.compress(body, compresslevel=COMPRESS_LEVEL, mtime=0)
    return _seal(compressed, station_code=station_code, batch_id=batch_id,
                 from_change_seq=from_change_seq, to_change_seq=to_change_seq,
                 previous_batch_sha256=previous_batch_sha256, signing_key=signing_key,
                 county_public_key=county_public_key, created_at=created_at)


def _seal(compressed: bytes, *, station_code: str, batch_id: UUID, from_change_seq: int,
          to_change_seq: int, previous_batch_sha256: str | None,
          signing_key: Ed25519PrivateKey, county_public_key: X25519PublicKey,
          created_at: datetime) -> bytes:
    """Encrypt and sign gzip bytes as they are (tests use it to build hostile payloads)."""
    if not is_code(station_code):
        raise ValueError(f"station code {station_code!r} is not a code")
    if previous_batch_sha256 is not None and not is_hex(previous_batch_sha256, 64):
        raise ValueError("previous_batch_sha256 is not a lowercase hex SHA-256")
    header = BatchHeader(
        format=FORMAT, station_code=station_code, batch_id=batch_id,
        from_change_seq=from_change_seq, to_change_seq=to_change_seq,
        previous_batch_sha256=previous_batch_sha256,
        recipient_key_id=key_id(raw_public_key(county_public_key)),
        signer_key_id=key_id(raw_public_key(signing_key.public_key())),
        created_at=created_at, changes=to_change_seq - from_change_seq + 1,
        payload_sha256=hashlib.sha256(compressed).hexdigest(),
    )
    header_bytes = canonical_json(header.to_json())
    size = (len(MAGIC_BATCH) + 4 + len(header_bytes) + SIGNATURE_BYTES + len(compressed)
            + _HPKE_OVERHEAD)
    if size > MAX_FILE_BYTES:
        raise TooLarge(f"报送文件将有 {size // _MiB} MiB,超过 {MAX_FILE_BYTES // _MiB} MiB "
                       "的上限。请分批报送。")
    sealed = _SUITE.encrypt(compressed, county_public_key, info=header_bytes)
    return pack_raw(MAGIC_BATCH, header_bytes, signing_key, sealed)


def _open(data: bytes) -> tuple[Envelope, BatchHeader]:
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge(f"报送文件有 {len(data) // _MiB} MiB,超过 {MAX_FILE_BYTES // _MiB} MiB "
                       "的上限,未作处理。")
    envelope = unpack(data, MAGIC_BATCH)
    fields = HeaderFields(envelope, "batch", _FIELDS)
    if fields.header["algorithms"] != ALGORITHMS:
        raise fields.damaged("算法说明与本程序不符")
    previous = fields.header["previous_batch_sha256"]
    header = BatchHeader(
        format=FORMAT, station_code=fields.code("station_code"),
        batch_id=fields.uuid("batch_id"),
        from_change_seq=fields.integer("from_change_seq"),
        to_change_seq=fields.integer("to_change_seq"),
        previous_batch_sha256=(None if previous is None
                               else fields.hexdigest("previous_batch_sha256", 64)),
        recipient_key_id=fields.hexdigest("recipient_key_id", 16),
        signer_key_id=fields.hexdigest("signer_key_id", 16),
        created_at=fields.time("created_at"), changes=fields.integer("changes"),
        payload_sha256=fields.hexdigest("payload_sha256", 64),
    )
    if header.to_change_seq < header.from_change_seq:
        raise fields.damaged("变更序号范围颠倒")
    if header.changes != header.to_change_seq - header.from_change_seq + 1:
        raise fields.damaged("变更条数与序号范围不符")
    if len(envelope.payload) <= _HPKE_OVERHEAD:
        raise fields.damaged("加密内容不完整(被截断)")
    return envelope, header


def peek_batch(data: bytes) -> BatchHeader:
    """The header, checked for size and form only: nothing is verified or decrypted."""
    return _open(data)[1]


def verify_batch(data: bytes, station_key: Ed25519PublicKey) -> BatchHeader:
    envelope, header = _open(data)
    expected = key_id(raw_public_key(station_key))
    if header.signer_key_id != expected:
        raise BadSignature(f"签名不符:此报送文件由密钥 {header.signer_key_id} 签发,"
                           f"而不是站点 {header.station_code} 登记的密钥 {expected}。")
    verify(envelope, station_key)
    return header


def decrypt_batch(data: bytes, county_key: X25519PrivateKey) -> list[dict[str, Any]]:
    """The change lines; call verify_batch first, this checks no signature."""
    envelope, header = _open(data)
    ours = key_id(raw_public_key(county_key.public_key()))
    if header.recipient_key_id != ours:
        raise WrongKey(f"此报送文件是加密给县总工会密钥 {header.recipient_key_id} 的,"
                       f"本机的密钥是 {ours},无法解开。请确认站点导入的是本县最新的登记文件。")
    try:
        compressed = _SUITE.decrypt(envelope.payload, county_key, info=envelope.header_bytes)
    except (InvalidTag, ValueError):
        raise damaged(MAGIC_BATCH, "加密内容无法解开(文件被改动或不完整)") from None
    if hashlib.sha256(compressed).hexdigest() != header.payload_sha256:
        raise damaged(MAGIC_BATCH, "内容的校验值与文件头不符")
    body = _gunzip(compressed, MAX_PAYLOAD_BYTES)
    return _decode_lines(body, header.from_change_seq, header.changes)


def _line_problem(change: Any, seq: int) -> str | None:
    """What is wrong with one change line that should carry change_seq `seq`, if anything."""
    if not isinstance(change, dict):
        return "不是 JSON 对象"
    if change.keys() != _LINE_KEYS:
        missing = sorted(_LINE_KEYS - change.keys())
        return f"缺少字段 {', '.join(missing)}" if missing else "含有多余字段"
    found = change["change_seq"]
    if type(found) is not int:
        return "的 change_seq 不是整数"
    if found != seq:
        return f"的变更序号不连续:应为 {seq},实为 {found}"
    for name in ("change_id", "entity_id"):
        value = change[name]
        if not isinstance(value, str) or not _UUID.fullmatch(value):
            return f"的 {name} 不是 UUID"
    for name in _TEXT_KEYS:
        if not isinstance(change[name], str):
            return f"的 {name} 不是文字"
    if type(change["version"]) is not int or type(change["base_version"]) is not int:
        return "的版本号不是整数"
    if change["op"] not in _OPS:
        return f"的操作 {change['op'][:20]!r} 不是 upsert 或 delete"
    if not isinstance(change["data"], dict):
        return "的 data 不是 JSON 对象"
    return None


def _encode_lines(changes: Sequence[dict[str, Any]]) -> bytes:
    first = changes[0].get("change_seq") if isinstance(changes[0], dict) else None
    if type(first) is not int:
        raise SyncError("无法生成报送文件:第 1 条变更没有整数的 change_seq。")
    lines: list[str] = []
    for number, change in enumerate(changes):
        problem = _line_problem(change, first + number)
        if problem:
            raise SyncError(f"无法生成报送文件:第 {number + 1} 条变更{problem}。"
                            "请在“报送”页选择“全部重新报送”,仍不行请联系技术支持。")
        lines.append(encode_text(change))
    lines.append("")
    return "\n".join(lines).encode("utf-8")


def _decode_lines(body: bytes, first: int, count: int) -> list[dict[str, Any]]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged(MAGIC_BATCH, "内容不是 UTF-8 文字") from None
    if not text.endswith("\n"):
        raise damaged(MAGIC_BATCH, "内容不完整(最后一行没有结束)")
    rows = text.split("\n")
    del text  # the lines are copies; a 100 MB batch need not be held twice more
    rows.pop()
    if len(rows) != count:
        raise damaged(MAGIC_BATCH, f"内容有 {len(rows)} 行,文件头写的是 {count} 条变更")
    changes: list[dict[str, Any]] = []
    for number, row in enumerate(rows):
        try:
            change = json.loads(row)
        except (ValueError, RecursionError):
            raise damaged(MAGIC_BATCH, f"第 {number + 1} 行无法解析") from None
        problem = _line_problem(change, first + number)
        if problem:
            raise damaged(MAGIC_BATCH, f"第 {number + 1} 行变更{problem}")
        changes.append(change)
    return changes


def _gunzip(compressed: bytes, limit: int) -> bytes:
    """Decompress in bounded steps, so a gzip bomb is refused before it fills memory.

    Input goes in 1 MiB slices as well: a long unconsumed tail is copied on every step.
    """
    step = min(limit + 1, 8 * _MiB)
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    source = memoryview(compressed)
    offset = total = 0
    pieces: list[bytes] = []
    try:
        while not inflater.eof:
            pending: bytes | memoryview = inflater.unconsumed_tail
            if not pending and offset < len(source):
                pending = source[offset:offset + _MiB]
                offset += len(pending)
            piece = inflater.decompress(pending, step)
            if not piece and not pending:
                raise damaged(MAGIC_BATCH, "压缩内容不完整")
            total += len(piece)
            if total > limit:
                raise TooLarge(f"报送文件解压后超过 {limit // _MiB} MiB 的上限"
                               "(可能是恶意构造的文件),未作处理。")
            pieces.append(piece)
    except zlib.error:
        raise damaged(MAGIC_BATCH, "压缩内容已损坏") from None
    if inflater.unused_data or offset < len(source):
        raise damaged(MAGIC_BATCH, "压缩内容之后有多余数据")
    return b"".join(pieces)
