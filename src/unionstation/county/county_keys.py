"""The county's two keys: X25519 to decrypt batches, Ed25519 to sign enrolments and acks.

Both live as PEM files in the county's `keys/` folder (mode 0600). They are made once, at
`county init`; every station's enrolment file carries their public halves, so replacing
them means enrolling every station again.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from unionstation.county.home import CountyHome
from unionstation.sync.keys import (
    fingerprint,
    generate_encryption_key,
    generate_signing_key,
    key_id,
    load_encryption_key,
    load_or_create,
    load_signing_key,
    raw_public_key,
)


@dataclass(frozen=True)
class CountyKeys:
    encryption: X25519PrivateKey
    signing: Ed25519PrivateKey

    @property
    def encryption_public(self) -> bytes:
        return raw_public_key(self.encryption.public_key())

    @property
    def signing_public(self) -> bytes:
        return raw_public_key(self.signing.public_key())

    @property
    def encryption_key_id(self) -> str:
        return key_id(self.encryption_public)

    @property
    def signing_key_id(self) -> str:
        return key_id(self.signing_public)

    @property
    def signing_fingerprint(self) -> str:
        return fingerprint(self.signing_public)


def load_county_keys(home: CountyHome) -> CountyKeys:
    """Both keys; SyncError with a clear message when one is missing or unreadable."""
    return CountyKeys(encryption=load_encryption_key(home.encryption_key_path),
                      signing=load_signing_key(home.signing_key_path))


def generate_county_keys(home: CountyHome) -> CountyKeys:
    """Make both keys, never replacing one that exists (stations are paired with it)."""
    return CountyKeys(
        encryption=load_or_create(home.encryption_key_path, generate_encryption_key,
                                  load_encryption_key),
        signing=load_or_create(home.signing_key_path, generate_signing_key, load_signing_key))
