"""Batch files (报送文件): a station's changes, signed by the station, readable by the county only.

The header (no personal data) is the HPKE `info`, so a changed header fails decryption as
well as the signature.

Format 2 (written since issue 18) is a stream: the gzip JSON Lines are sealed in 1 MiB
chunks (sync.stream), written to the file as they are made and read back the same way, so
neither the station nor the county holds a batch's changes in memory. Format 1 (read, for
stations in the field that have not upgraded) sealed the whole gzip body in one HPKE
message; its header's `payload_sha256` is the hash of the gzip bytes before encryption.
In both the station signs magic, header and the SHA-256 of the payload as written.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO
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
    SMALL_HEADER_BYTES,
    Envelope,
    HeaderFields,
    damaged,
    is_code,
    is_hex,
    pack_raw,
    unpack,
    verify,
    verify_digest,
)
from unionstation.sync.errors import BadSignature, SyncError, TooLarge, WrongKey
from unionstation.sync.keys import key_id, raw_public_key
from unionstation.sync.stream import (
    KEY_BLOCK,
    ChunkSealer,
    inflate,
    iter_lines,
    line_problem,
    open_chunks,
)

FORMAT = 2
LEGACY_FORMAT = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024
# Measured on 135 MB of change lines: levels 1-3 take 0.8 s, level 6 takes 1.7 s for a file
# only 10% smaller, and the 256 MiB payload limit binds long before the 64 MiB file limit.
COMPRESS_LEVEL = 3
ALGORITHMS_V1 = {
    "kem": "DHKEM(X25519, HKDF-SHA256)", "kdf": "HKDF-SHA256", "aead": "AES-256-GCM",
    "signature": "Ed25519", "compression": "gzip", "payload": "jsonl",
}
ALGORITHMS = {**ALGORITHMS_V1, "chunks": "STREAM AES-256-GCM, 1 MiB, HPKE content key"}
_ALGORITHMS = {LEGACY_FORMAT: ALGORITHMS_V1, FORMAT: ALGORITHMS}
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_HPKE_OVERHEAD = 32 + 16  # X25519 encapsulated key + AES-GCM tag
_FIELDS_V2 = frozenset({
    "format", "kind", "algorithms", "station_code", "batch_id", "from_change_seq",
    "to_change_seq", "previous_batch_sha256", "recipient_key_id", "signer_key_id",
    "created_at", "changes",
})
_FIELDS = {LEGACY_FORMAT: _FIELDS_V2 | {"payload_sha256"}, FORMAT: _FIELDS_V2}
_MiB = 1024 * 1024
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
    payload_sha256: str | None  # format 1 only

    def to_json(self) -> dict[str, Any]:
        fields = {
            "format": self.format, "kind": "batch", "algorithms": _ALGORITHMS[self.format],
            "station_code": self.station_code, "batch_id": str(self.batch_id),
            "from_change_seq": self.from_change_seq, "to_change_seq": self.to_change_seq,
            "previous_batch_sha256": self.previous_batch_sha256,
            "recipient_key_id": self.recipient_key_id, "signer_key_id": self.signer_key_id,
            "created_at": utc_iso(self.created_at), "changes": self.changes,
        }
        if self.format == LEGACY_FORMAT:
            fields["payload_sha256"] = self.payload_sha256
        return fields


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
    """Like write_batch, for change lines already written as JSON Lines (one per change,
    from_change_seq to to_change_seq, each ending in a newline). The county checks every
    line when it decrypts."""
    if to_change_seq < from_change_seq or not body.endswith(b"\n"):
        raise ValueError("a batch holds at least one whole change line")
    handle = io.BytesIO()
    writer = BatchWriter(handle, station_code=station_code, batch_id=batch_id,
                         from_change_seq=from_change_seq, to_change_seq=to_change_seq,
                         previous_batch_sha256=previous_batch_sha256, signing_key=signing_key,
                         county_public_key=county_public_key, created_at=created_at)
    writer.write_lines(body)
    writer.finish()
    return handle.getvalue()


def _make_header(version: int, payload_sha256: str | None, *, station_code: str,
                 batch_id: UUID, from_change_seq: int, to_change_seq: int,
                 previous_batch_sha256: str | None, signing_key: Ed25519PrivateKey,
                 county_public_key: X25519PublicKey, created_at: datetime) -> bytes:
    if not is_code(station_code):
        raise ValueError(f"station code {station_code!r} is not a code")
    if previous_batch_sha256 is not None and not is_hex(previous_batch_sha256, 64):
        raise ValueError("previous_batch_sha256 is not a lowercase hex SHA-256")
    header = BatchHeader(
        format=version, station_code=station_code, batch_id=batch_id,
        from_change_seq=from_change_seq, to_change_seq=to_change_seq,
        previous_batch_sha256=previous_batch_sha256,
        recipient_key_id=key_id(raw_public_key(county_public_key)),
        signer_key_id=key_id(raw_public_key(signing_key.public_key())),
        created_at=created_at, changes=to_change_seq - from_change_seq + 1,
        payload_sha256=payload_sha256,
    )
    return canonical_json(header.to_json())


def _too_large(size: int) -> TooLarge:
    return TooLarge(f"报送文件将有 {size // _MiB} MiB,超过 {MAX_FILE_BYTES // _MiB} MiB "
                    "的上限。请分批报送。")


class BatchWriter:
    """One format-2 batch written to `handle` as a stream: `write_lines` as often as
    needed (whole lines, in change_seq order), then `finish`, which signs. The handle must
    be seekable: the signature, made last, goes back before the payload."""

    def __init__(self, handle: BinaryIO, *, station_code: str, batch_id: UUID,
                 from_change_seq: int, to_change_seq: int,
                 previous_batch_sha256: str | None, signing_key: Ed25519PrivateKey,
                 county_public_key: X25519PublicKey, created_at: datetime) -> None:
        header = _make_header(
            FORMAT, None, station_code=station_code, batch_id=batch_id,
            from_change_seq=from_change_seq, to_change_seq=to_change_seq,
            previous_batch_sha256=previous_batch_sha256, signing_key=signing_key,
            county_public_key=county_public_key, created_at=created_at)
        self.changes = to_change_seq - from_change_seq + 1
        self._signed = MAGIC_BATCH + struct.pack(">I", len(header)) + header
        self._key = signing_key
        self._handle = handle
        handle.write(self._signed)
        self._signature_at = handle.tell()
        handle.write(bytes(SIGNATURE_BYTES))
        self.size = len(self._signed) + SIGNATURE_BYTES
        self.raw = self.lines = 0
        self._hash = hashlib.sha256()
        self._deflater = zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        self._sealer = ChunkSealer(county_public_key, header, self._out)

    def _out(self, frame: bytes) -> None:
        self.size += len(frame)
        if self.size > MAX_FILE_BYTES:
            raise _too_large(self.size)
        self._hash.update(frame)
        self._handle.write(frame)

    def write_lines(self, body: bytes) -> None:
        self.raw += len(body)
        if self.raw > MAX_PAYLOAD_BYTES:
            raise TooLarge(f"本批变更展开后超过报送文件 {MAX_PAYLOAD_BYTES // _MiB} MiB "
                           "的上限。请分批报送。")
        self.lines += body.count(b"\n")
        self._sealer.write(self._deflater.compress(body))

    def write_compressed(self, data: bytes) -> None:
        """gzip bytes as they are (tests build hostile payloads with it, through _seal)."""
        self.lines = self.changes
        self._sealer.write(data)

    def finish(self, *, compressed: bool = False) -> None:
        if not compressed:
            self._sealer.write(self._deflater.flush())
        if self.lines != self.changes:
            raise SyncError(f"无法生成报送文件:写入了 {self.lines} 行,"
                            f"应有 {self.changes} 条变更。请联系技术支持。")
        self._sealer.close()
        signature = self._key.sign(self._signed + self._hash.digest())
        end = self._handle.tell()
        self._handle.seek(self._signature_at)
        self._handle.write(signature)
        self._handle.seek(end)


def _seal(compressed: bytes, *, station_code: str, batch_id: UUID, from_change_seq: int,
          to_change_seq: int, previous_batch_sha256: str | None,
          signing_key: Ed25519PrivateKey, county_public_key: X25519PublicKey,
          created_at: datetime, version: int = FORMAT) -> bytes:
    """Encrypt and sign gzip bytes as they are (tests use it to build hostile payloads), in
    the current format or the legacy one-piece format 1."""
    arguments: dict[str, Any] = {
        "station_code": station_code, "batch_id": batch_id,
        "from_change_seq": from_change_seq, "to_change_seq": to_change_seq,
        "previous_batch_sha256": previous_batch_sha256, "signing_key": signing_key,
        "county_public_key": county_public_key, "created_at": created_at}
    if version == FORMAT:
        handle = io.BytesIO()
        writer = BatchWriter(handle, **arguments)
        writer.write_compressed(compressed)
        writer.finish(compressed=True)
        return handle.getvalue()
    header_bytes = _make_header(LEGACY_FORMAT, hashlib.sha256(compressed).hexdigest(),
                                **arguments)
    size = (len(MAGIC_BATCH) + 4 + len(header_bytes) + SIGNATURE_BYTES + len(compressed)
            + _HPKE_OVERHEAD)
    if size > MAX_FILE_BYTES:
        raise _too_large(size)
    sealed = _SUITE.encrypt(compressed, county_public_key, info=header_bytes)
    return pack_raw(MAGIC_BATCH, header_bytes, signing_key, sealed)


def _header_of(envelope: Envelope) -> BatchHeader:
    version = envelope.header.get("format")
    keys = _FIELDS.get(version, _FIELDS[LEGACY_FORMAT]) if type(version) is int else (
        _FIELDS[LEGACY_FORMAT])
    fields = HeaderFields(envelope, "batch", keys, versions=frozenset(_FIELDS))
    version = fields.integer("format")
    if fields.header["algorithms"] != _ALGORITHMS[version]:
        raise fields.damaged("算法说明与本程序不符")
    previous = fields.header["previous_batch_sha256"]
    header = BatchHeader(
        format=version, station_code=fields.code("station_code"),
        batch_id=fields.uuid("batch_id"),
        from_change_seq=fields.integer("from_change_seq"),
        to_change_seq=fields.integer("to_change_seq"),
        previous_batch_sha256=(None if previous is None
                               else fields.hexdigest("previous_batch_sha256", 64)),
        recipient_key_id=fields.hexdigest("recipient_key_id", 16),
        signer_key_id=fields.hexdigest("signer_key_id", 16),
        created_at=fields.time("created_at"), changes=fields.integer("changes"),
        payload_sha256=(fields.hexdigest("payload_sha256", 64)
                        if version == LEGACY_FORMAT else None),
    )
    if header.to_change_seq < header.from_change_seq:
        raise fields.damaged("变更序号范围颠倒")
    if header.changes != header.to_change_seq - header.from_change_seq + 1:
        raise fields.damaged("变更条数与序号范围不符")
    return header


def _too_big_file(size: int) -> TooLarge:
    return TooLarge(f"报送文件有 {size // _MiB} MiB,超过 {MAX_FILE_BYTES // _MiB} MiB "
                    "的上限,未作处理。")


def _open(data: bytes) -> tuple[Envelope, BatchHeader]:
    if len(data) > MAX_FILE_BYTES:
        raise _too_big_file(len(data))
    envelope = unpack(data, MAGIC_BATCH)
    header = _header_of(envelope)
    least = _HPKE_OVERHEAD if header.format == LEGACY_FORMAT else KEY_BLOCK + 4 + 16
    if len(envelope.payload) <= least:
        raise damaged(MAGIC_BATCH, "加密内容不完整(被截断)")
    return envelope, header


def peek_batch(data: bytes) -> BatchHeader:
    """The header, checked for size and form only: nothing is verified or decrypted."""
    return _open(data)[1]


def _check_signer(header: BatchHeader, station_key: Ed25519PublicKey) -> None:
    expected = key_id(raw_public_key(station_key))
    if header.signer_key_id != expected:
        raise BadSignature(f"签名不符:此报送文件由密钥 {header.signer_key_id} 签发,"
                           f"而不是站点 {header.station_code} 登记的密钥 {expected}。")


def verify_batch(data: bytes, station_key: Ed25519PublicKey) -> BatchHeader:
    envelope, header = _open(data)
    _check_signer(header, station_key)
    verify(envelope, station_key)
    return header


def verify_batch_file(path: Path, station_key: Ed25519PublicKey) -> tuple[BatchHeader, str]:
    """verify_batch for a file on disk, read in 1 MiB steps; the header and the file's
    SHA-256."""
    whole, payload = hashlib.sha256(), hashlib.sha256()
    with open(path, "rb") as handle:
        size = handle.seek(0, 2)
        if size > MAX_FILE_BYTES:
            raise _too_big_file(size)
        handle.seek(0)
        head = handle.read(len(MAGIC_BATCH) + 4 + SMALL_HEADER_BYTES + SIGNATURE_BYTES)
        envelope = unpack(head, MAGIC_BATCH)
        header = _header_of(envelope)
        start = len(envelope.signed) + SIGNATURE_BYTES
        whole.update(head)
        payload.update(head[start:])
        while piece := handle.read(_MiB):
            whole.update(piece)
            payload.update(piece)
    _check_signer(header, station_key)
    verify_digest(envelope, payload.digest(), station_key)
    return header, whole.hexdigest()


def iter_batch(data: bytes, county_key: X25519PrivateKey) -> Iterator[dict[str, Any]]:
    """The change lines one by one, each checked as it is read: call verify_batch first,
    this checks no signature. A fault found on the way raises DamagedFile (or TooLarge)
    from the iteration, after the lines before it were handed out."""
    envelope, header = _open(data)
    ours = key_id(raw_public_key(county_key.public_key()))
    if header.recipient_key_id != ours:
        raise WrongKey(f"此报送文件是加密给县总工会密钥 {header.recipient_key_id} 的,"
                       f"本机的密钥是 {ours},无法解开。请确认站点导入的是本县最新的登记文件。")
    chunks: Iterable[bytes]
    if header.format == LEGACY_FORMAT:
        try:
            compressed = _SUITE.decrypt(bytes(envelope.payload), county_key,
                                        info=envelope.header_bytes)
        except (InvalidTag, ValueError):
            raise damaged(MAGIC_BATCH, "加密内容无法解开(文件被改动或不完整)") from None
        if hashlib.sha256(compressed).hexdigest() != header.payload_sha256:
            raise damaged(MAGIC_BATCH, "内容的校验值与文件头不符")
        chunks = (compressed,)
    else:
        chunks = open_chunks(envelope.payload, county_key, envelope.header_bytes)
    return iter_lines(inflate(chunks, MAX_PAYLOAD_BYTES), header.from_change_seq,
                      header.changes, line_problem)


def decrypt_batch(data: bytes, county_key: X25519PrivateKey) -> list[dict[str, Any]]:
    """Every change line at once (small batches and tests; the county uses iter_batch)."""
    return list(iter_batch(data, county_key))


def _encode_lines(changes: Sequence[dict[str, Any]]) -> bytes:
    first = changes[0].get("change_seq") if isinstance(changes[0], dict) else None
    if type(first) is not int:
        raise SyncError("无法生成报送文件:第 1 条变更没有整数的 change_seq。")
    lines: list[str] = []
    for number, change in enumerate(changes):
        problem = line_problem(change, first + number)
        if problem:
            raise SyncError(f"无法生成报送文件:第 {number + 1} 条变更{problem}。"
                            "请在“报送”页选择“全部重新报送”,仍不行请联系技术支持。")
        lines.append(encode_text(change))
    lines.append("")
    return "\n".join(lines).encode("utf-8")
