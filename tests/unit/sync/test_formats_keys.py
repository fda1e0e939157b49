"""Key files, key ids, fingerprints, base64 and the error classes."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

import pytest

from unionstation.sync.errors import (
    BadSignature,
    DamagedFile,
    NotEnrolled,
    SyncError,
    TooLarge,
    WrongKey,
)
from unionstation.sync.keys import (
    b64,
    fingerprint,
    generate_encryption_key,
    generate_signing_key,
    key_id,
    load_encryption_key,
    load_signing_key,
    raw_public_key,
    save_private_key,
    unb64,
)


def test_error_codes_and_messages() -> None:
    codes = {cls: cls("说明").code for cls in (DamagedFile, TooLarge, BadSignature, WrongKey,
                                              NotEnrolled)}
    assert list(codes.values()) == ["damaged", "too_large", "bad_signature", "wrong_key",
                                    "not_enrolled"]
    error = WrongKey("密钥不对")
    assert isinstance(error, SyncError) and str(error) == "密钥不对"


def test_key_id_and_fingerprint_of_a_known_value() -> None:
    raw = bytes(range(32))
    digest = hashlib.sha256(raw).hexdigest()
    assert key_id(raw) == digest[:16]
    parts = fingerprint(raw).split("-")
    assert [len(p) for p in parts] == [4] * 5
    assert "".join(parts) == digest[:20].upper()


def test_raw_public_keys_are_32_bytes() -> None:
    assert len(raw_public_key(generate_signing_key().public_key())) == 32
    assert len(raw_public_key(generate_encryption_key().public_key())) == 32


def test_private_keys_round_trip_owner_only(tmp_path: Path) -> None:
    signing, encryption = generate_signing_key(), generate_encryption_key()
    save_private_key(tmp_path / "keys" / "s.pem", signing)
    save_private_key(tmp_path / "keys" / "e.pem", encryption)
    loaded_s = load_signing_key(tmp_path / "keys" / "s.pem")
    loaded_e = load_encryption_key(tmp_path / "keys" / "e.pem")
    assert raw_public_key(loaded_s.public_key()) == raw_public_key(signing.public_key())
    assert raw_public_key(loaded_e.public_key()) == raw_public_key(encryption.public_key())
    assert (tmp_path / "keys" / "s.pem").read_bytes().startswith(b"-----BEGIN PRIVATE KEY")
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(tmp_path / "keys" / "s.pem").st_mode) == 0o600
    assert not list((tmp_path / "keys").glob("*.part"))


def test_missing_corrupt_or_wrong_kind_of_key_file(tmp_path: Path) -> None:
    with pytest.raises(SyncError, match="找不到密钥文件"):
        load_signing_key(tmp_path / "none.pem")
    (tmp_path / "bad.pem").write_bytes(b"-----BEGIN PRIVATE KEY-----\nnonsense\n")
    with pytest.raises(SyncError, match="已损坏"):
        load_signing_key(tmp_path / "bad.pem")
    save_private_key(tmp_path / "e.pem", generate_encryption_key())
    with pytest.raises(SyncError, match="不是签名密钥"):
        load_signing_key(tmp_path / "e.pem")
    save_private_key(tmp_path / "s.pem", generate_signing_key())
    with pytest.raises(SyncError, match="不是加密密钥"):
        load_encryption_key(tmp_path / "s.pem")


def test_base64_is_strict() -> None:
    assert unb64(b64(b"\x00\xffabc")) == b"\x00\xffabc"
    for text in ("not base64!", "QQ", "键值"):
        with pytest.raises(DamagedFile):
            unb64(text)
