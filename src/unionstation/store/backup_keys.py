"""The station's sync keys (`keys/`: its signing key, its high-water mark) beside every
backup, sealed under the backup key: a backup restored on a new machine can sync again.

`<backup>.synckeys` holds every file of `keys/`, AES-256-GCM under the key derived for
backups from the data key, never in clear. Restoring puts them back only where the folder
has no signing key of its own (a new machine): a station's own keys are never replaced by
older ones. The high-water mark it brings is the backup's, which cannot know what was sent
after it, so it is marked `restored`: export pauses until the county's re-base file
(sync.rebase) has set the sequence again.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from unionstation.paths import StationHome
from unionstation.store.atomic import write_atomic
from unionstation.store.crypto_files import BACKUPS, derive_key

SUFFIX = ".synckeys"
SIGNING_KEY_FILE = "station-signing.pem"  # sync.station_keys.KEY_FILE
HIGH_WATER_FILE = "sync-high-water.json"  # sync.high_water.FILE_NAME
_AAD = b"unionstation-backup-sync-keys/1"
_NONCE = 12


def bundle_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SUFFIX)


def seal_sync_keys(home: StationHome, backup: Path, data_key: bytes) -> Path | None:
    """Write the sealed copy of `keys/` beside `backup` (none when there are no keys)."""
    folder = home.keys_dir
    files = {path.name: base64.b64encode(path.read_bytes()).decode("ascii")
             for path in sorted(folder.iterdir()) if path.is_file()} if folder.is_dir() else {}
    target = bundle_path(backup)
    if not files:
        target.unlink(missing_ok=True)
        return None
    nonce = os.urandom(_NONCE)
    plain = json.dumps({"format": 1, "files": files}).encode("utf-8")
    sealed = nonce + AESGCM(derive_key(data_key, BACKUPS)).encrypt(nonce, plain, _AAD)
    write_atomic(target, sealed, mode=0o600)
    return target


def restore_sync_keys(home: StationHome, backup: Path, data_key: bytes) -> bool:
    """Put the keys sealed beside `backup` into a folder that has none; whether it did.
    A bundle that does not open (damaged, another station's) is left alone."""
    bundle = bundle_path(backup)
    if (home.keys_dir / SIGNING_KEY_FILE).exists() or not bundle.is_file():
        return False
    raw = bundle.read_bytes()
    try:
        plain = AESGCM(derive_key(data_key, BACKUPS)).decrypt(raw[:_NONCE], raw[_NONCE:], _AAD)
        files = json.loads(plain)["files"]
        contents = {str(name): base64.b64decode(text, validate=True)
                    for name, text in files.items()}
    except (InvalidTag, ValueError, KeyError, TypeError, binascii.Error):
        return False
    home.keys_dir.mkdir(parents=True, exist_ok=True)
    for name, data in contents.items():
        if Path(name).name != name or name.startswith("."):
            continue
        if name == HIGH_WATER_FILE:
            data = _marked_restored(data)
        write_atomic(home.keys_dir / name, data, mode=0o600)
    if HIGH_WATER_FILE not in contents:
        write_atomic(home.keys_dir / HIGH_WATER_FILE, _marked_restored(b"{}"), mode=0o600)
    return True


def _marked_restored(data: bytes) -> bytes:
    try:
        mark = json.loads(data)
    except ValueError:
        mark = {}
    if not isinstance(mark, dict):
        mark = {}
    mark["restored"] = True
    return json.dumps(mark).encode()
