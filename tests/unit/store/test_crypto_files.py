"""Keys derived from the data key; sealed files bound to their names; backups re-keyed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import TEST_KEY, connect_db
from unionstation.paths import StationHome
from unionstation.store.backup import backup_key, backup_now, check_backup_file
from unionstation.store.crypto_files import (
    BACKUPS,
    FILES,
    SealedFileError,
    derive_key,
    read_sealed,
    seal,
    unseal,
    write_sealed,
)


def test_each_use_has_its_own_key() -> None:
    keys = {TEST_KEY, derive_key(TEST_KEY, FILES), derive_key(TEST_KEY, BACKUPS)}
    assert len(keys) == 3 and all(len(k) == 32 for k in keys)
    assert derive_key(TEST_KEY, FILES) == derive_key(TEST_KEY, FILES)
    assert derive_key(bytes(32), FILES) != derive_key(TEST_KEY, FILES)


def test_a_sealed_file_opens_only_under_its_name_and_key(tmp_path: Path) -> None:
    path = tmp_path / "a.usf"
    write_sealed(path, TEST_KEY, b"photo bytes")
    assert b"photo bytes" not in path.read_bytes()
    assert read_sealed(path, TEST_KEY) == b"photo bytes"
    renamed = tmp_path / "b.usf"
    renamed.write_bytes(path.read_bytes())
    with pytest.raises(SealedFileError):
        read_sealed(renamed, TEST_KEY)
    with pytest.raises(SealedFileError):
        read_sealed(path, bytes(32))
    blob = bytearray(seal(TEST_KEY, "c", b"x" * 40))
    blob[-1] ^= 1
    with pytest.raises(SealedFileError):
        unseal(TEST_KEY, "c", bytes(blob))
    with pytest.raises(SealedFileError, match="不是"):
        unseal(TEST_KEY, "c", b"\xff\xd8\xff\xe0 a plain jpeg")


def test_a_backup_is_under_the_backup_key_not_the_data_key(station_home: StationHome,
                                                           tmp_path: Path) -> None:
    from sqlcipher3 import dbapi2

    target = backup_now(station_home, "manual", tmp_path, key=TEST_KEY)
    check_backup_file(target, TEST_KEY)
    members = connect_db(target, backup_key(TEST_KEY)).execute(
        "SELECT count(*) FROM member").fetchone()[0]
    assert members == 3
    with pytest.raises(dbapi2.DatabaseError):
        connect_db(target, TEST_KEY).execute("SELECT count(*) FROM member").fetchone()
