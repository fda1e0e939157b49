"""The station's data key sealed to its county, so the county can give the data back.

Once a station is enrolled, its data key is sealed (HPKE, the batches' suite) to the
county's X25519 public key and kept in the station's keyring file. When every officer has
left and the recovery code is lost, the station's keyring file goes to the county (it
holds nothing readable without the county's private key). `county recover-station` opens
the sealed key and writes a recovery file: a new recovery wrap under a one-time code the
county reads out over the phone, never written in the file. The station installs it with
`sync recover FILE`, then `officers recover --code CODE` sets a new password.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from unionstation.paths import StationHome
from unionstation.store.atomic import write_atomic
from unionstation.store.keyring import KeyRing, KeyRingError
from unionstation.sync.errors import SyncError
from unionstation.sync.keys import b64, key_id, raw_public_key, unb64

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
RECOVERY_KIND = "unionstation-station-recovery"
FORMAT = 1


def _info(station_code: str) -> bytes:
    return f"unionstation-key-escrow/{FORMAT}/{station_code}".encode()


def seal_to_county(data_key: bytes, county_public: bytes, station_code: str) -> dict[str, Any]:
    """The keyring's `county` record: the data key readable by that county only."""
    public = X25519PublicKey.from_public_bytes(county_public)
    return {"format": FORMAT, "suite": "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM",
            "station_code": station_code, "recipient_key_id": key_id(county_public),
            "sealed": b64(SUITE.encrypt(data_key, public, info=_info(station_code)))}


def escrow_to_county(home: StationHome, data_key: bytes, county_public: bytes,
                     station_code: str) -> None:
    """At enrolment: put the sealed key into the station's keyring file (when it has one)."""
    if not KeyRing.exists(home):
        return
    ring = KeyRing.load(home)
    ring.set_county_wrap(seal_to_county(data_key, county_public, station_code))
    ring.save()


def open_escrow(keyring_file: Path, county_key: X25519PrivateKey,
                registered: set[str]) -> tuple[str, bytes]:
    """(station code, data key) from a station's keyring file; SyncError naming why not.

    `registered` are the station codes this county knows: it recovers only its own."""
    try:
        record = KeyRing.load_file(keyring_file).county_wrap()
    except KeyRingError as exc:
        raise SyncError(str(exc)) from exc
    if record is None:
        raise SyncError(f"{keyring_file.name} 里没有交给县总工会的密钥:该站点登记(sync enrol)之前"
                        "建立的密钥文件,或不是站点的密钥文件。")
    code = str(record.get("station_code", ""))
    if code not in registered:
        raise SyncError(f"站点 {code or '?'} 不是本县总工会登记的站点,不能为它制作恢复文件。")
    if record.get("recipient_key_id") != key_id(raw_public_key(county_key.public_key())):
        raise SyncError(f"站点 {code} 的密钥是交给另一把县总工会密钥的,本县无法打开。")
    try:
        data_key = SUITE.decrypt(unb64(str(record.get("sealed", ""))), county_key,
                                 info=_info(code))
    except Exception as exc:
        raise SyncError(f"站点 {code} 的密钥记录已损坏,无法打开。") from exc
    return code, data_key


def write_recovery_file(path: Path, station_code: str, data_key: bytes) -> str:
    """A recovery file for the station; returns the one-time code (not in the file)."""
    ring = KeyRing(path)
    code = ring.new_recovery_code(data_key)
    body = {"format": FORMAT, "kind": RECOVERY_KIND, "station_code": station_code,
            "recovery": ring.to_json()["recovery"]}
    write_atomic(path, json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"),
                 mode=0o600)
    return code


def install_recovery_file(home: StationHome, path: Path) -> str:
    """Put the county's recovery wrap in place of the station's (lost) recovery code;
    returns the station code the file is for."""
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SyncError(f"无法读取恢复文件 {path}:{exc}") from exc
    if not isinstance(body, dict) or body.get("kind") != RECOVERY_KIND:
        raise SyncError(f"{path.name} 不是县总工会制作的站点恢复文件。")
    try:
        ring = KeyRing.load(home)
    except KeyRingError as exc:
        raise SyncError(str(exc)) from exc
    code = str(body.get("station_code", ""))
    escrow = ring.county_wrap()
    if escrow is not None and escrow.get("station_code") != code:
        raise SyncError(f"这份恢复文件是给站点 {code} 的,不是本站({escrow.get('station_code')})。")
    recovery = body.get("recovery")
    if not isinstance(recovery, dict):
        raise SyncError(f"恢复文件 {path.name} 已损坏。")
    ring.set_recovery_wrap(recovery)
    ring.save()
    return code
