"""The wraps of the station's data key, in one small file beside the database.

The database (and `files/`, and every backup) is encrypted under one random 256-bit data
key. It is never stored in clear: the keyring file holds it wrapped (AES-256-GCM) once per
officer under a key derived from that officer's password with Argon2id, once under the
recovery code printed at set-up, and, once the station is enrolled, once to the county's
public key (HPKE; written by `sync.key_escrow`, kept here as an opaque record). The
Argon2id parameters are stored with each wrap, so they can be raised later without
breaking the old wraps. The file is written atomically (temporary name, fsync, rename).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionstation.paths import StationHome
from unionstation.store.atomic import write_atomic

KEYRING_FILE = "unionstation.keys"
FORMAT = 1
DATA_KEY_BYTES = 32
# OWASP's minimum is m = 19 MiB, t = 2. 64 MiB and t = 3 take 0.16 s on the development
# machine, about 0.3-0.5 s on a cheap laptop: slow for a guesser, unnoticed by an officer.
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_ITERATIONS = 3
ARGON2_LANES = 1
MIN_MEMORY_KIB = 19 * 1024
MIN_ITERATIONS = 2
_SALT_BYTES = 16
_NONCE_BYTES = 12
RECOVERY_BYTES = 15  # 120 bits: 24 base32 letters, printed in six groups of four
_RECOVERY = "recovery"
_COUNTY = "county"


class WrongPassword(Exception):
    """The password (or the recovery code) does not open this station's key."""


class KeyRingError(RuntimeError):
    """The keyring file is missing, damaged or from a newer version."""


def keyring_path(home: StationHome) -> Path:
    return home.root / KEYRING_FILE


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyRingError("密钥文件已损坏(字段不是文本)。")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as exc:
        raise KeyRingError("密钥文件已损坏(base64 无效)。") from exc


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's parameters, kept with each wrap."""

    salt: bytes
    memory_kib: int = ARGON2_MEMORY_KIB
    iterations: int = ARGON2_ITERATIONS
    lanes: int = ARGON2_LANES

    def derive(self, secret: str) -> bytes:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        kdf = Argon2id(salt=self.salt, length=32, iterations=self.iterations,
                       lanes=self.lanes, memory_cost=self.memory_kib)
        return kdf.derive(secret.encode("utf-8"))

    def to_json(self) -> dict[str, Any]:
        return {"name": "argon2id", "salt": _b64(self.salt), "memory_kib": self.memory_kib,
                "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise KeyRingError("密钥文件已损坏(未知的密钥派生方法)。")
        try:
            params = cls(_unb64(data["salt"]), int(data["memory_kib"]),
                         int(data["iterations"]), int(data["lanes"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyRingError("密钥文件已损坏(派生参数不全)。") from exc
        if params.memory_kib < MIN_MEMORY_KIB or params.iterations < MIN_ITERATIONS:
            raise KeyRingError("密钥文件中的派生参数低于安全下限,拒绝使用。")
        return params


def _aad(name: str) -> bytes:
    """Each wrap is bound to its slot: a wrap moved to another officer does not open."""
    return f"unionstation-keyring/{FORMAT}/{name}".encode()


def _wrap(name: str, secret: str, data_key: bytes) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = KdfParams(os.urandom(_SALT_BYTES))
    nonce = os.urandom(_NONCE_BYTES)
    sealed = AESGCM(params.derive(secret)).encrypt(nonce, data_key, _aad(name))
    return {"kdf": params.to_json(), "nonce": _b64(nonce), "wrapped": _b64(sealed)}


def _unwrap(name: str, secret: str, record: Any) -> bytes:
    if not isinstance(record, dict):
        raise KeyRingError("密钥文件已损坏(记录格式不对)。")
    # cryptography is imported on use: the login dialog reads only the logins.
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = KdfParams.from_json(record.get("kdf"))
    try:
        key = AESGCM(params.derive(secret)).decrypt(
            _unb64(record.get("nonce")), _unb64(record.get("wrapped")), _aad(name))
    except InvalidTag:
        raise WrongPassword(name) from None
    if len(key) != DATA_KEY_BYTES:
        raise KeyRingError("密钥文件已损坏(数据密钥长度不对)。")
    return key


def normalise_recovery_code(code: str) -> str:
    """Letters only, upper case; the look-alike digits 0 and 1 read as O and I."""
    kept = "".join(ch for ch in code.upper() if ch.isalnum())
    return kept.replace("0", "O").replace("1", "I")


def format_recovery_code(letters: str) -> str:
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


class KeyRing:
    """The wraps file of one station (see the module docstring)."""

    def __init__(self, path: Path, officers: dict[str, Any] | None = None,
                 extra: dict[str, Any] | None = None) -> None:
        self._path = path
        self._officers: dict[str, Any] = dict(officers or {})
        self._extra: dict[str, Any] = dict(extra or {})

    @staticmethod
    def exists(home: StationHome) -> bool:
        return keyring_path(home).is_file()

    @classmethod
    def load(cls, home: StationHome) -> KeyRing:
        return cls.load_file(keyring_path(home))

    @classmethod
    def load_file(cls, path: Path) -> KeyRing:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyRingError(f"找不到密钥文件 {path}。") from None
        except (OSError, ValueError) as exc:
            raise KeyRingError(f"无法读取密钥文件 {path}:{exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("officers"), dict):
            raise KeyRingError(f"密钥文件 {path} 已损坏。")
        if data.get("format") != FORMAT:
            raise KeyRingError(f"密钥文件 {path} 来自更新版本的 UnionStation。")
        extra = {k: v for k, v in data.items() if k in (_RECOVERY, _COUNTY)}
        return cls(path, data["officers"], extra)

    @classmethod
    def create(cls, home: StationHome) -> tuple[KeyRing, bytes]:
        """An empty keyring and a new random data key (nothing saved until save())."""
        return cls(keyring_path(home)), os.urandom(DATA_KEY_BYTES)

    @classmethod
    def create_file(cls, path: Path) -> tuple[KeyRing, bytes]:
        """As create(), for a keyring at `path` (the county's, beside its store)."""
        return cls(path), os.urandom(DATA_KEY_BYTES)

    @property
    def path(self) -> Path:
        return self._path

    def logins(self) -> list[str]:
        return sorted(self._officers)

    def unlock(self, login: str, password: str) -> bytes:
        record = self._officers.get(login)
        if record is None:
            raise WrongPassword(login)
        return _unwrap(f"officer:{login}", password, record)

    def set_password(self, login: str, password: str, data_key: bytes) -> None:
        self._officers[login] = _wrap(f"officer:{login}", password, data_key)

    def remove(self, login: str) -> None:
        self._officers.pop(login, None)

    def has_recovery(self) -> bool:
        return _RECOVERY in self._extra

    def new_recovery_code(self, data_key: bytes) -> str:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
        import secrets

        letters = "".join(secrets.choice(alphabet) for _ in range(RECOVERY_BYTES * 8 // 5))
        self._extra[_RECOVERY] = _wrap(_RECOVERY, letters, data_key)
        return format_recovery_code(letters)

    def unlock_recovery(self, code: str) -> bytes:
        record = self._extra.get(_RECOVERY)
        if record is None:
            raise WrongPassword(_RECOVERY)
        return _unwrap(_RECOVERY, normalise_recovery_code(code), record)

    def set_recovery_wrap(self, record: dict[str, Any]) -> None:
        """A recovery wrap made elsewhere (the county's recovery file) replaces ours."""
        KdfParams.from_json(record.get("kdf"))  # refuses a damaged or weakened one
        self._extra[_RECOVERY] = dict(record)

    def county_wrap(self) -> dict[str, Any] | None:
        """The data key sealed to the county's public key (see sync.key_escrow)."""
        record = self._extra.get(_COUNTY)
        return dict(record) if isinstance(record, dict) else None

    def set_county_wrap(self, record: dict[str, Any]) -> None:
        self._extra[_COUNTY] = dict(record)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "officers": self._officers, **self._extra}

    def save(self) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1, sort_keys=True)
        self._path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self._path, text.encode("utf-8"), mode=0o600)
