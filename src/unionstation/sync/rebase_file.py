"""The re-base file (重建文件): the county's copy of every record of one station and the
sequence the county has applied, signed by the county as acks are.

    container (magic "US1 REBASE") | header | county signature | nonce | AES-256-GCM payload

The header holds no personal data: the codes, the county's applied sequence, counts, the
county's enrolment file for the station (so an empty folder learns the county's keys from
it, and a station already enrolled checks it is its own county's), and how the one-time
payload key is wrapped:
- `code`: under a one-time code the county officer reads out by phone (Argon2id, as the
  recovery code's wrap), never written in the file: a stick found in the street opens nothing.
- `hpke`: sealed to a one-time X25519 key the station sent with its signed HTTP request, so
  a download needs no code.
The payload is gzip JSON: every county record of the station (entity, id, version, deleted,
change number, data) and the id of every change the county holds from it, which tells the
station which of its own changes the county already has. The whole header is the payload's
AEAD associated data, so a changed header fails decryption as well as the signature.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from cryptography.exceptions import InvalidTag
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
    HeaderFields,
    is_code,
    pack_raw,
    unpack,
    verify,
)
from unionstation.sync.documents import Enrolment, read_enrolment
from unionstation.sync.errors import BadSignature, DamagedFile, SyncError, TooLarge, WrongKey
from unionstation.sync.keys import b64, key_id, raw_public_key, unb64

FORMAT = 1
MAX_FILE_BYTES = 1 << 30
MAX_JSON_BYTES = 4 << 30
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_NONCE = 12
_FIELDS = frozenset({
    "format", "kind", "county_code", "station_code", "station_name", "rebase_id",
    "applied_through", "records", "members", "created_at", "signer_key_id", "enrolment",
    "wrap",
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
    records: list[RebaseRecord]
    change_ids: frozenset[str]  # 32 hex digits each


@dataclass(frozen=True)
class SealedRebase:
    """A re-base file whose signature has verified, not yet decrypted."""

    header: RebaseHeader
    wrap: dict[str, Any]
    header_bytes: bytes
    payload: bytes


def _info(station_code: str, rebase_id: UUID) -> bytes:
    return f"unionstation-rebase/{FORMAT}/{station_code}/{rebase_id}".encode()


def write_rebase(header: RebaseHeader, records: list[RebaseRecord], change_ids: list[str],
                 enrolment_file: bytes, signing_key: Ed25519PrivateKey, *,
                 recipient: bytes | None = None) -> tuple[bytes, str | None]:
    """The signed file and the one-time code that opens it (None when sealed to
    `recipient`, an X25519 public key)."""
    content_key = AESGCM.generate_key(bit_length=256)
    code: str | None = None
    if recipient is None:
        ring = KeyRing(Path("-"))
        code = ring.new_recovery_code(content_key)
        wrap = {"kind": "code", **ring.to_json()["recovery"]}
    else:
        public = X25519PublicKey.from_public_bytes(recipient)
        sealed = SUITE.encrypt(content_key, public,
                               info=_info(header.station_code, header.rebase_id))
        wrap = {"kind": "hpke", "recipient_key_id": key_id(recipient), "sealed": b64(sealed)}
    fields = {
        "format": FORMAT, "kind": "rebase", "county_code": header.county_code,
        "station_code": header.station_code, "station_name": header.station_name,
        "rebase_id": str(header.rebase_id), "applied_through": header.applied_through,
        "records": len(records), "members": header.members,
        "created_at": utc_iso(header.created_at),
        "signer_key_id": key_id(raw_public_key(signing_key.public_key())),
        "enrolment": b64(enrolment_file), "wrap": wrap,
    }
    header_bytes = canonical_json(fields)
    body = {"records": [[r.entity, r.entity_id, r.version, r.deleted, r.change_seq, r.data]
                        for r in records], "change_ids": change_ids}
    plain = gzip.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":"),
                                     default=str).encode("utf-8"), compresslevel=6)
    nonce = os.urandom(_NONCE)
    payload = nonce + AESGCM(content_key).encrypt(nonce, plain, header_bytes)
    return pack_raw(MAGIC_REBASE, header_bytes, signing_key, payload), code


def open_rebase(data: bytes, county_signing_key: Ed25519PublicKey | None) -> SealedRebase:
    """Check the file's signature: against the county key this station enrolled with, or
    (an empty folder, `None`) against the enrolment file it carries, whose fingerprint the
    officer confirms with the county by phone. Nothing is decrypted yet."""
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge("文件大得不正常,不是县总工会的重建文件,未作处理。")
    envelope = unpack(data, MAGIC_REBASE)
    fields = HeaderFields(envelope, "rebase", _FIELDS)
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
                        bytes(envelope.payload))


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


def decrypt_rebase(sealed: SealedRebase, *, code: str | None = None,
                   recipient: X25519PrivateKey | None = None) -> RebaseContent:
    """Every record, each checked for form; DamagedFile naming the first that is not."""
    key = _content_key(sealed, code, recipient)
    payload = sealed.payload
    try:
        plain = AESGCM(key).decrypt(payload[:_NONCE], payload[_NONCE:], sealed.header_bytes)
    except (InvalidTag, ValueError):
        raise DamagedFile("重建文件已损坏或被改动过(内容校验不符),未作任何改动。") from None
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        text = inflate.decompress(plain, MAX_JSON_BYTES)
    except zlib.error:
        raise DamagedFile("重建文件的内容无法解压,未作任何改动。") from None
    if inflate.unconsumed_tail:
        raise TooLarge("重建文件解压后过大,未作处理。")
    try:
        body = json.loads(text)
    except ValueError:
        raise DamagedFile("重建文件的内容无法解析,未作任何改动。") from None
    if not isinstance(body, dict) or not isinstance(body.get("records"), list) \
            or not isinstance(body.get("change_ids"), list):
        raise DamagedFile("重建文件的内容格式不对,未作任何改动。")
    records = [_record(index, item) for index, item in enumerate(body["records"])]
    if len(records) != sealed.header.records:
        raise DamagedFile("重建文件的记录数与文件头不符,未作任何改动。")
    ids = body["change_ids"]
    if not all(isinstance(i, str) and len(i) == 32 for i in ids):
        raise DamagedFile("重建文件的变更编号格式不对,未作任何改动。")
    return RebaseContent(sealed.header, records, frozenset(ids))


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
