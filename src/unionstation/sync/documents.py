"""The pairing documents: the county's enrolment file (登记文件) for a station, and the
station's public-key file (站点公钥文件) for the county.

Both carry the public keys they speak of, so each checks only that it is self-consistent
and unaltered; trust comes from the officers reading the fingerprint to each other by phone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from unionstation.sync.canonical import utc_iso
from unionstation.sync.container import (
    MAGIC_ENROLMENT,
    MAGIC_STATION_KEY,
    SMALL_HEADER_BYTES,
    Envelope,
    HeaderFields,
    is_code,
    kind_name,
    pack,
    unpack,
    verify,
)
from unionstation.sync.errors import BadSignature, SyncError, TooLarge
from unionstation.sync.keys import b64, fingerprint, key_id, raw_public_key, unb64

_ENROLMENT_FIELDS = frozenset({
    "format", "kind", "county_code", "county_name", "station_code", "station_name",
    "encryption_public_key", "encryption_key_id", "signing_public_key", "signing_key_id",
    "issued_at",
})
_STATION_KEY_FIELDS = frozenset({
    "format", "kind", "station_code", "station_name", "public_key", "key_id", "created_at",
})
_MAX_DOCUMENT_BYTES = 2 * SMALL_HEADER_BYTES


@dataclass(frozen=True)
class Enrolment:
    county_code: str
    county_name: str
    station_code: str
    station_name: str
    encryption_public_key: bytes  # X25519, raw 32 bytes
    signing_public_key: bytes  # Ed25519, raw 32 bytes
    issued_at: datetime

    @property
    def encryption_key_id(self) -> str:
        return key_id(self.encryption_public_key)

    @property
    def signing_key_id(self) -> str:
        return key_id(self.signing_public_key)

    @property
    def signing_fingerprint(self) -> str:
        return fingerprint(self.signing_public_key)


@dataclass(frozen=True)
class StationKeyFile:
    station_code: str
    station_name: str
    public_key: bytes  # Ed25519, raw 32 bytes
    created_at: datetime

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


ENROLMENT_SUFFIX = ".enrol"  # one extension everywhere: CLI, county window, station's dialog


def enrolment_file_name(station_code: str) -> str:
    _check_code(station_code)
    return f"US1ENROL_{station_code}{ENROLMENT_SUFFIX}"


def station_key_file_name(station_code: str) -> str:
    _check_code(station_code)
    return f"US1KEY_{station_code}.key"


def _check_code(code: str) -> None:
    if not is_code(code):
        raise ValueError(f"code {code!r} cannot go into a file name")


def _signer(signing_key: Ed25519PrivateKey, public_key: bytes, what: str) -> None:
    if raw_public_key(signing_key.public_key()) != public_key:
        raise ValueError(f"the signing key is not the {what} the document carries")


def write_enrolment(enrolment: Enrolment, county_signing_key: Ed25519PrivateKey) -> bytes:
    _signer(county_signing_key, enrolment.signing_public_key, "county signing key")
    _check_code(enrolment.county_code)
    _check_code(enrolment.station_code)
    return pack(MAGIC_ENROLMENT, {
        "format": 1, "kind": "enrolment",
        "county_code": enrolment.county_code, "county_name": enrolment.county_name,
        "station_code": enrolment.station_code, "station_name": enrolment.station_name,
        "encryption_public_key": b64(enrolment.encryption_public_key),
        "encryption_key_id": enrolment.encryption_key_id,
        "signing_public_key": b64(enrolment.signing_public_key),
        "signing_key_id": enrolment.signing_key_id,
        "issued_at": utc_iso(enrolment.issued_at),
    }, county_signing_key)


def write_station_key(doc: StationKeyFile, station_signing_key: Ed25519PrivateKey) -> bytes:
    _signer(station_signing_key, doc.public_key, "station key")
    _check_code(doc.station_code)
    return pack(MAGIC_STATION_KEY, {
        "format": 1, "kind": "station_key", "station_code": doc.station_code,
        "station_name": doc.station_name, "public_key": b64(doc.public_key),
        "key_id": doc.key_id, "created_at": utc_iso(doc.created_at),
    }, station_signing_key)


def _open(data: bytes, magic: bytes, kind: str,
          keys: frozenset[str]) -> tuple[Envelope, HeaderFields]:
    if len(data) > _MAX_DOCUMENT_BYTES:
        raise TooLarge(f"文件大得不正常,不是{kind_name(magic)},未作处理。")
    envelope = unpack(data, magic)
    fields = HeaderFields(envelope, kind, keys)
    if envelope.payload:
        raise fields.damaged("文件末尾有多余数据")
    return envelope, fields


def _key(fields: HeaderFields, name: str, id_name: str) -> bytes:
    """A raw 32-byte public key whose id matches the id beside it, or BadSignature."""
    try:
        raw = unb64(fields.text(name))
    except SyncError:
        raise fields.damaged(f"字段 {name} 不是有效的公钥") from None
    if len(raw) != 32:
        raise fields.damaged(f"字段 {name} 不是有效的公钥")
    if key_id(raw) != fields.header[id_name]:
        raise BadSignature(f"{kind_name(fields.magic)}中的公钥与其编号 {id_name} 不符,"
                           "文件可能被伪造或改动过,请勿使用,并与对方电话核实。")
    return raw


def _verify(envelope: Envelope, raw: bytes) -> None:
    try:
        public_key = Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise BadSignature(f"{kind_name(envelope.magic)}中的签名公钥无效。") from None
    verify(envelope, public_key)


def read_enrolment(data: bytes) -> Enrolment:
    """The enrolment, checked against the signing key it carries; the officer then confirms
    `signing_fingerprint` with the county by phone."""
    envelope, fields = _open(data, MAGIC_ENROLMENT, "enrolment", _ENROLMENT_FIELDS)
    signing = _key(fields, "signing_public_key", "signing_key_id")
    _verify(envelope, signing)
    return Enrolment(
        county_code=fields.code("county_code"), county_name=fields.text("county_name"),
        station_code=fields.code("station_code"), station_name=fields.text("station_name"),
        encryption_public_key=_key(fields, "encryption_public_key", "encryption_key_id"),
        signing_public_key=signing, issued_at=fields.time("issued_at"),
    )


def read_station_key(data: bytes) -> StationKeyFile:
    """The station's key file, checked against its own signature (it is self-signed)."""
    envelope, fields = _open(data, MAGIC_STATION_KEY, "station_key", _STATION_KEY_FIELDS)
    public_key = _key(fields, "public_key", "key_id")
    _verify(envelope, public_key)
    return StationKeyFile(
        station_code=fields.code("station_code"), station_name=fields.text("station_name"),
        public_key=public_key, created_at=fields.time("created_at"),
    )

