"""The station's Ed25519 signing key: made once, kept in the data folder's `keys/`."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from unionstation.paths import StationHome
from unionstation.sync.keys import (
    fingerprint,
    generate_signing_key,
    load_signing_key,
    raw_public_key,
    save_private_key,
)

KEY_FILE = "station-signing.pem"


def signing_key(home: StationHome, *, create: bool = True) -> Ed25519PrivateKey | None:
    """The station's key, made on first use (or None when `create` is false and there is none)."""
    path = home.keys_dir / KEY_FILE
    if path.exists():
        return load_signing_key(path)
    if not create:
        return None
    key = generate_signing_key()
    save_private_key(path, key)
    return key


def station_fingerprint(home: StationHome) -> str | None:
    key = signing_key(home, create=False)
    return None if key is None else fingerprint(raw_public_key(key.public_key()))
