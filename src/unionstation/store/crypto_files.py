"""Keys derived from the station's data key, and the encrypted files under `files/`.

One data key opens the database; HKDF-SHA256 derives from it a separate key for each other
use (the photos and attachments in `files/`, the backups), so no two uses share a key.
A file is `USF1` + a 12-byte nonce + AES-256-GCM of its bytes, bound to its own name so
two files cannot be swapped unnoticed. The open station registers its files key for its
`files/` folder, so the services that read a photo need only that folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from unionstation.store.atomic import write_atomic

MAGIC = b"USF1"
SEALED_SUFFIX = ".usf"  # a sealed file's name: `<sha256 of the plain bytes>.usf`
_NONCE = 12
FILES = "files"
BACKUPS = "backups"

_registered: dict[Path, bytes] = {}


class SealedFileError(RuntimeError):
    """A file under `files/` is damaged, plain, or sealed with another station's key."""


def derive_key(data_key: bytes, purpose: str) -> bytes:
    """The 256-bit key for `purpose` (FILES, BACKUPS), derived from the data key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=f"unionstation/{purpose}/v1".encode()).derive(data_key)


def seal(data_key: bytes, name: str, data: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return MAGIC + nonce + AESGCM(derive_key(data_key, FILES)).encrypt(
        nonce, data, name.encode("utf-8"))


def unseal(data_key: bytes, name: str, blob: bytes) -> bytes:
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + _NONCE + 16:
        raise SealedFileError(f"文件 {name} 不是本程序加密保存的文件。")
    nonce = blob[len(MAGIC):len(MAGIC) + _NONCE]
    try:
        return AESGCM(derive_key(data_key, FILES)).decrypt(
            nonce, blob[len(MAGIC) + _NONCE:], name.encode("utf-8"))
    except InvalidTag:
        raise SealedFileError(f"文件 {name} 已损坏,或不属于本站。") from None


def is_sealed(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def write_sealed(path: Path, data_key: bytes, data: bytes) -> None:
    write_atomic(path, seal(data_key, path.name, data))


def read_sealed(path: Path, data_key: bytes) -> bytes:
    return unseal(data_key, path.name, path.read_bytes())


def register_files_key(files_dir: Path, data_key: bytes) -> None:
    """Called when a station opens: its `files/` folder is sealed with this data key."""
    _registered[files_dir.resolve()] = data_key


def files_key(files_dir: Path) -> bytes:
    key = _registered.get(files_dir.resolve())
    if key is None:
        raise SealedFileError("站点尚未登录打开,不能读取或保存照片。")
    return key
