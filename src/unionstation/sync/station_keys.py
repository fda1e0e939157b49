"""The station's Ed25519 signing key: made once, kept in the data folder's `keys/`."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from unionstation.paths import StationHome
from unionstation.sync.keys import generate_signing_key, load_or_create, load_signing_key

KEY_FILE = "station-signing.pem"


def signing_key(home: StationHome, *, create: bool = True) -> Ed25519PrivateKey | None:
    """The station's key, made on first use (or None when `create` is false and there is none)."""
    path = home.keys_dir / KEY_FILE
    if not create and not path.exists():
        return None
    return load_or_create(path, generate_signing_key, load_signing_key)

