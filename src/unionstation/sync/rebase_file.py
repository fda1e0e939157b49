"""The re-base file (重建文件): the county's copy of every record of one station and the
sequence the county has applied, signed by the county as acks are.

    container (magic "US1 REBASE") | header | county signature | frame | frame | ...

The header holds no personal data: the codes, the county's applied sequence, counts, the
county's enrolment file for the station (so an empty folder learns the county's keys from
it, and a station already enrolled checks it is its own county's), and how the one-time
payload key is wrapped:
- `code`: under a one-time code the county officer reads out by phone (Argon2id, as the
  recovery code's wrap), never written in the file: a stick found in the street opens nothing.
- `hpke`: sealed to a one-time X25519 key the station sent with its signed HTTP request, so
  a download needs no code.
The payload is gzip JSON Lines, sealed in chunks under the one-time key as sync/stream.py
seals a batch (counter nonces and a last-chunk flag: no chunk can be dropped, moved or cut
off): first the id of every change the county holds from the station (`changes` of them),
which tells the station which of its own changes the county already has, then every county
record of the station (entity, id, version, deleted, change number, data; `records` of
them). The county writes it page by page and the station reads it line by line, so neither
holds the station in memory. The signature covers the header and the SHA-256 of the whole
payload and is checked before anything is decrypted, so a changed file changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO
from uuid import UUID

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from unionstation.store.keyring import KeyRing, KeyRingError, WrongPassword
from unionstation.sync.canonical import canonical_json, utc_iso
from unionstation.sync.container import (
    MAGIC_REBASE,
    SIGNATURE_BYTES,
    HeaderFields,
    header_limit,
    is_code,
    unpack,
    verify,
)
from unionstation.sync.documents import Enrolment, read_enrolment
from unionstation.sync.errors import BadSignature, DamagedFile, SyncError, TooLarge, WrongKey
from unionstation.sync.keys import b64, key_id, raw_public_key, unb64
from unionstation.sync.stream import ChunkSealer, inflate, iter_lines, open_frames

FORMAT = 2
MAX_FILE_BYTES = 1 << 30
MAX_JSON_BYTES = 4 << 30
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_PENDING_BYTES = 256 << 10  # lines gathered before they go to the compressor
_FIELDS = frozenset({
    "format", "kind", "county_code", "station_code", "station_name", "rebase_id",
    "applied_through", "records", "members", "created_at", "signer_key_id", "enrolment",
    "wrap", "changes",
})


def rebase_file_name(station_code: str, rebase_id: UUID) -> str:
    if not is_code(station_code):
        raise ValueError(f"station code {station_code!r} cannot go into a file name")
    return f"US1REBASE_{station_code}_{rebase_id.hex[:8]}.rebase"


@dataclass(frozen=True)
class RebaseRecord:
    entity: str
    entity_id: str  # UUID text, lower-case with dashes
    version: int
    deleted: bool
    change_seq: int
    data: dict[str, Any]


@dataclass(frozen=True)
class RebaseHeader:
    county_code: str
    station_code: str
    station_name: str
    rebase_id: UUID
    applied_through: int
    records: int
    members: int
    created_at: datetime
    enrolment: Enrolment
    wrap_kind: str  # code | hpke


@dataclass(frozen=True)
class RebaseContent:
    header: RebaseHeader
    records: Iterator[RebaseRecord]  # read from the file as iterated: once only
    change_ids: frozenset[str]  # 32 hex digits each


@dataclass(frozen=True)
class SealedRebase:
    """A re-base file whose signature has verified, not yet decrypted."""

    header: RebaseHeader
    wrap: dict[str, Any]
    header_bytes: bytes
    payload: bytes | memoryview
    changes: int  # change ids before the records


def _info(station_code: str, rebase_id: UUID) -> bytes:
    return f"unionstation-rebase/{FORMAT}/{station_code}/{rebase_id}".encode()


def _wrap(header: RebaseHeader, content_key: bytes,
          recipient: bytes | None) -> tuple[dict[str, Any], str | None]:
    if recipient is None:
        ring = KeyRing(Path("-"))
        code = ring.new_recovery_code(content_key)
        return {"kind": "code", **ring.to_json()["recovery"]}, code
    public = X25519PublicKey.from_public_bytes(recipient)
    sealed = SUITE.encrypt(content_key, public,
                           info=_info(header.station_code, header.rebase_id))
    return {"kind": "hpke", "recipient_key_id": key_id(recipient), "sealed": b64(sealed)}, None


class RebaseWriter:
    """The signed file written to a seekable `handle` as a stream: `add_change_id` for
    every change id, then `add_record` for every record (as many as the header says), then
    `finish`, which signs and returns the one-time code (None when sealed to `recipient`,
    an X25519 public key). The signature, made last, goes back before the payload."""

    def __init__(self, handle: BinaryIO, header: RebaseHeader, changes: int,
                 enrolment_file: bytes, signing_key: Ed25519PrivateKey, *,
                 recipient: bytes | None = None) -> None:
        content_key = AESGCM.generate_key(bit_length=256)
        wrap, self.code = _wrap(header, content_key, recipient)
        fields = {
            "format": FORMAT, "kind": "rebase", "county_code": header.county_code,
            "station_code": header.station_code, "station_name": header.station_name,
            "rebase_id": str(header.rebase_id), "applied_through": header.applied_through,
            "records": header.records, "changes": changes, "members": header.members,
            "created_at": utc_iso(header.created_at),
            "signer_key_id": key_id(raw_public_key(signing_key.public_key())),
            "enrolment": b64(enrolment_file), "wrap": wrap,
        }
        header_bytes = canonical_json(fields)
        if len(header_bytes) > header_limit(MAGIC_REBASE):
            raise ValueError("re-base header too large")
        self._signed = MAGIC_REBASE + struct.pack(">I", len(header_bytes)) + header_bytes
        self._key = signing_key
        self._handle = handle
        handle.write(self._signed)
        self._signature_at = handle.tell()
        handle.write(bytes(SIGNATURE_BYTES))
        self._hash = hashlib.sha256()
        self._expected = (changes, header.records)
        self._written = [0, 0]
        self._deflater = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        self._pending = bytearray()
        self._sealer = ChunkSealer(None, b"", self._out, content_key=content_key)

    def _out(self, frame: bytes) -> None:
        self._hash.update(frame)
        self._handle.write(frame)

    def _line(self, item: Any) -> None:
        self._pending += json.dumps(item, ensure_ascii=False, separators=(",", ":"),
                                    default=str).encode("utf-8") + b"\n"
        if len(self._pending) >= _PENDING_BYTES:
            self._compress()

    def _compress(self) -> None:
        self._sealer.write(self._deflater.compress(bytes(self._pending)))
        self._pending.clear()

    def add_change_id(self, change_id: str) -> None:
        if self._written[1]:
            raise ValueError("change ids go before the records")
        self._written[0] += 1
        self._line(change_id)

    def add_record(self, r: RebaseRecord) -> None:
        self._written[1] += 1
        self._line([r.entity, r.entity_id, r.version, r.deleted, r.change_seq, r.data])

    def finish(self) -> str | None:
        if tuple(self._written) != self._expected:
            raise SyncError(f"无法生成重建文件:写入了 {self._written} 行,"
                            f"应有 {list(self._expected)}。请联系技术支持。")
        self._compress()
        self._sealer.write(self._deflater.flush())
        self._sealer.close()
        signature = self._key.sign(self._signed + self._hash.digest())
        end = self._handle.tell()
        self._handle.seek(self._signature_at)
        self._handle.write(signature)
        self._handle.seek(end)
        return self.code


def write_rebase(header: RebaseHeader, records: list[RebaseRecord], change_ids: list[str],
                 enrolment_file: bytes, signing_key: Ed25519PrivateKey, *,
                 recipient: bytes | None = None) -> tuple[bytes, str | None]:
    """The whole file in memory (tests): see RebaseWriter."""
    handle = io.BytesIO()
    writer = RebaseWriter(handle, header, len(change_ids), enrolment_file, signing_key,
                          recipient=recipient)
    for change_id in change_ids:
        writer.add_change_id(change_id)
    for record in records:
        writer.add_record(record)
    code = writer.finish()
    return handle.getvalue(), code


def open_rebase(data: bytes, county_signing_key: Ed25519PublicKey | None) -> SealedRebase:
    """Check the file's signature: against the county key this station enrolled with, or
    (an empty folder, `None`) against the enrolment file it carries, whose fingerprint the
    officer confirms with the county by phone. Nothing is decrypted yet."""
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge("文件大得不正常,不是县总工会的重建文件,未作处理。")
    envelope = unpack(data, MAGIC_REBASE)
    fields = HeaderFields(envelope, "rebase", _FIELDS, frozenset({FORMAT}))
    try:
        enrolment = read_enrolment(unb64(fields.text("enrolment")))
    except SyncError as exc:
        raise fields.damaged(f"其中的登记信息无效({exc})") from None
    signer = Ed25519PublicKey.from_public_bytes(enrolment.signing_public_key)
    if county_signing_key is not None and (
            raw_public_key(county_signing_key) != enrolment.signing_public_key):
        raise BadSignature("签名不符:这份重建文件不是本站登记的县总工会签发的,未作任何改动。")
    if fields.hexdigest("signer_key_id", 16) != enrolment.signing_key_id:
        raise BadSignature("签名不符:重建文件写明的签发密钥与其中的县总工会密钥不一致。")
    verify(envelope, signer)
    header = RebaseHeader(
        county_code=fields.code("county_code"), station_code=fields.code("station_code"),
        station_name=fields.text("station_name"), rebase_id=fields.uuid("rebase_id"),
        applied_through=fields.integer("applied_through"), records=fields.integer("records"),
        members=fields.integer("members"), created_at=fields.time("created_at"),
        enrolment=enrolment, wrap_kind=str(fields.obj("wrap").get("kind", "")))
    if (enrolment.station_code != header.station_code
            or enrolment.county_code != header.county_code):
        raise fields.damaged("其中的登记信息与文件头的站点或县代码不一致")
    if header.wrap_kind not in ("code", "hpke"):
        raise fields.damaged("密钥封装方式不认识")
    return SealedRebase(header, fields.obj("wrap"), envelope.header_bytes,
                        envelope.payload, fields.integer("changes"))


def _content_key(sealed: SealedRebase, code: str | None,
                 recipient: X25519PrivateKey | None) -> bytes:
    wrap = sealed.wrap
    if sealed.header.wrap_kind == "hpke":
        if recipient is None:
            raise WrongKey("这份重建文件是为一次网络下载加密的,只能在下载时导入。")
        try:
            return SUITE.decrypt(unb64(str(wrap.get("sealed", ""))), recipient,
                                 info=_info(sealed.header.station_code,
                                            sealed.header.rebase_id))
        except Exception as exc:
            raise WrongKey("重建文件不是为本次下载加密的,无法打开。") from exc
    if not code:
        raise WrongKey("需要县总工会电话告知的一次性重建码。")
    record = {k: v for k, v in wrap.items() if k != "kind"}
    try:
        return KeyRing(Path("-"), extra={"recovery": record}).unlock_recovery(code)
    except WrongPassword:
        raise WrongKey("重建码不对:请核对县总工会电话告知的重建码(与这份文件一同生成的那一个)。"
                       ) from None
    except KeyRingError as exc:
        raise DamagedFile(f"重建文件已损坏:{exc}") from exc


def unlock_rebase(sealed: SealedRebase, *, code: str | None = None,
                  recipient: X25519PrivateKey | None = None) -> bytes:
    """The payload key (to read the file more than once without unwrapping it again)."""
    return _content_key(sealed, code, recipient)


def decrypt_rebase(sealed: SealedRebase, *, code: str | None = None,
                   recipient: X25519PrivateKey | None = None,
                   key: bytes | None = None) -> RebaseContent:
    """The change ids, read at once, and the records, read one by one as they are
    iterated, each checked for form: DamagedFile naming the first that is not, raised from
    wherever the reader got to (the station applies inside one transaction)."""
    if key is None:
        key = _content_key(sealed, code, recipient)
    changes, count = sealed.changes, sealed.header.records
    lines = iter_lines(
        inflate(open_frames(sealed.payload, key, magic=MAGIC_REBASE), MAX_JSON_BYTES,
                magic=MAGIC_REBASE),
        0, changes + count, partial(_problem, changes), magic=MAGIC_REBASE)
    ids = frozenset(next(lines) for _ in range(changes))
    records = (_record(index, item) for index, item in enumerate(lines))
    return RebaseContent(sealed.header, records, ids)


def _problem(changes: int, item: Any, number: int) -> str | None:
    if number < changes:
        ok = isinstance(item, str) and len(item) == 32
        return None if ok else "的变更编号格式不对"
    return None


def _record(index: int, item: Any) -> RebaseRecord:
    where = f"重建文件第 {index + 1} 条记录"
    if not (isinstance(item, list) and len(item) == 6):
        raise DamagedFile(f"{where}格式不对,未作任何改动。")
    entity, entity_id, version, deleted, seq, data = item
    ok = (isinstance(entity, str) and isinstance(entity_id, str) and type(version) is int
          and version >= 1 and type(deleted) is bool and type(seq) is int
          and isinstance(data, dict) and data.get("id") == entity_id)
    if ok:
        try:
            ok = str(UUID(entity_id)) == entity_id
        except ValueError:
            ok = False
    if not ok:
        raise DamagedFile(f"{where}({entity!s:.40})格式不对,未作任何改动。")
    return RebaseRecord(entity, entity_id, version, deleted, seq, data)
