"""Key files, key ids and fingerprints.

A key id (16 hex) names a key inside files; a fingerprint (20 hex in groups of four) is what
two officers read to each other over the phone to be sure a key is the right one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from unionstation.sync.atomic import write_atomic
from unionstation.sync.errors import DamagedFile, SyncError

PrivateKey = Ed25519PrivateKey | X25519PrivateKey
K = TypeVar("K", Ed25519PrivateKey, X25519PrivateKey)


def raw_public_key(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def fingerprint(raw: bytes) -> str:
    digits = hashlib.sha256(raw).hexdigest()[:20].upper()
    return "-".join(digits[i:i + 4] for i in range(0, 20, 4))


def generate_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def generate_encryption_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def save_private_key(path: Path, key: PrivateKey) -> None:
    """PEM PKCS8, unencrypted (the data folder is the officer's), readable by the owner only."""
    path = Path(path)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, pem, mode=0o600)


def load_or_create(path: Path, generate: Callable[[], K], load: Callable[[Path], K]) -> K:
    """The key in `path`; when there is none, a new one from `generate`, saved there."""
    if path.exists():
        return load(path)
    key = generate()
    save_private_key(path, key)
    return key


def _load(path: Path) -> object:
    path = Path(path)
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        raise SyncError(f"找不到密钥文件 {path}。") from None
    except OSError as exc:
        raise SyncError(f"无法读取密钥文件 {path}:{exc.strerror or exc}。") from exc
    try:
        return serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise SyncError(f"密钥文件 {path} 已损坏,无法读取。请从备份中恢复。") from exc


def load_signing_key(path: Path) -> Ed25519PrivateKey:
    key = _load(path)
    if not isinstance(key, Ed25519PrivateKey):
        raise SyncError(f"密钥文件 {path} 不是签名密钥(Ed25519),可能放错了文件。")
    return key


def load_encryption_key(path: Path) -> X25519PrivateKey:
    key = _load(path)
    if not isinstance(key, X25519PrivateKey):
        raise SyncError(f"密钥文件 {path} 不是加密密钥(X25519),可能放错了文件。")
    return key


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: str) -> bytes:
    """Standard base64, strictly: anything else is DamagedFile (a SyncError)."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as exc:
        raise DamagedFile(f"数据已损坏:“{text[:20]}”不是有效的 base64 编码。") from exc
