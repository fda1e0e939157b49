"""The station's signed request for its re-base file over HTTP (`POST /v1/rebase/{code}`).

It names the station, the key that signs it (one the county registered) and a one-time
X25519 key made for this download, to which the county seals the file's payload key: the
answer opens only in the process that asked, and needs no code read out by phone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from unionstation.sync.canonical import utc_iso
from unionstation.sync.container import (
    MAGIC_REBASE_REQUEST,
    SMALL_HEADER_BYTES,
    HeaderFields,
    pack,
    unpack,
    verify,
)
from unionstation.sync.errors import BadSignature, TooLarge
from unionstation.sync.keys import b64, key_id, raw_public_key, unb64

MAX_REQUEST_BYTES = 2 * SMALL_HEADER_BYTES
_FIELDS = frozenset({"format", "kind", "station_code", "key_id", "download_key",
                     "requested_at"})


@dataclass(frozen=True)
class RebaseRequest:
    station_code: str
    key_id: str
    download_key: bytes  # X25519, raw 32 bytes
    requested_at: datetime


def write_rebase_request(station_code: str, signing_key: Ed25519PrivateKey,
                         download_key: X25519PrivateKey, now: datetime) -> bytes:
    return pack(MAGIC_REBASE_REQUEST, {
        "format": 1, "kind": "rebase_request", "station_code": station_code,
        "key_id": key_id(raw_public_key(signing_key.public_key())),
        "download_key": b64(raw_public_key(download_key.public_key())),
        "requested_at": utc_iso(now)}, signing_key)


def read_rebase_request(data: bytes,
                        station_key: Callable[[str, str], bytes | None]) -> RebaseRequest:
    """The request, once signed by a key `station_key(station_code, key_id)` returns (the
    county's registered, unrevoked key; None refuses)."""
    if len(data) > MAX_REQUEST_BYTES:
        raise TooLarge("重建请求大得不正常,未作处理。")
    envelope = unpack(data, MAGIC_REBASE_REQUEST)
    fields = HeaderFields(envelope, "rebase_request", _FIELDS)
    if envelope.payload:
        raise fields.damaged("文件末尾有多余数据")
    request = RebaseRequest(
        station_code=fields.code("station_code"), key_id=fields.hexdigest("key_id", 16),
        download_key=unb64(fields.text("download_key")),
        requested_at=fields.time("requested_at"))
    if len(request.download_key) != 32:
        raise fields.damaged("下载密钥无效")
    public = station_key(request.station_code, request.key_id)
    if public is None:
        raise BadSignature(f"站点 {request.station_code} 没有登记编号为 {request.key_id} "
                           "的有效密钥,不能下载重建文件。")
    verify(envelope, Ed25519PublicKey.from_public_bytes(public))
    return request
