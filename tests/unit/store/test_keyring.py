"""The keyring: one wrap per officer, one under the recovery code, written atomically."""

from __future__ import annotations

import json

import pytest

from unionstation.paths import StationHome
from unionstation.store.keyring import (
    ARGON2_ITERATIONS,
    ARGON2_MEMORY_KIB,
    KeyRing,
    KeyRingError,
    WrongPassword,
    keyring_path,
)


def test_each_officer_unlocks_the_same_key_and_a_wrong_password_does_not(
        home: StationHome) -> None:
    ring, key = KeyRing.create(home)
    assert len(key) == 32
    assert not KeyRing.exists(home)
    ring.set_password("admin", "s3cret pass", key)
    ring.set_password("clerk", "另一个口令", key)
    ring.save()
    assert KeyRing.exists(home)
    loaded = KeyRing.load(home)
    assert loaded.logins() == ["admin", "clerk"]
    assert loaded.unlock("admin", "s3cret pass") == key
    assert loaded.unlock("clerk", "另一个口令") == key
    with pytest.raises(WrongPassword):
        loaded.unlock("admin", "s3cret pas")
    with pytest.raises(WrongPassword):
        loaded.unlock("nobody", "s3cret pass")


def test_the_file_holds_no_key_in_clear_and_keeps_the_parameters(home: StationHome) -> None:
    ring, key = KeyRing.create(home)
    ring.set_password("admin", "pw-123456", key)
    ring.save()
    raw = keyring_path(home).read_bytes()
    assert key not in raw and key.hex().encode() not in raw
    kdf = json.loads(raw)["officers"]["admin"]["kdf"]
    assert kdf["memory_kib"] == ARGON2_MEMORY_KIB >= 19 * 1024
    assert kdf["iterations"] == ARGON2_ITERATIONS >= 2


def test_a_wrap_moved_to_another_login_does_not_open(home: StationHome) -> None:
    ring, key = KeyRing.create(home)
    ring.set_password("admin", "pw", key)
    ring.save()
    data = json.loads(keyring_path(home).read_text())
    data["officers"]["mallory"] = data["officers"]["admin"]
    keyring_path(home).write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        KeyRing.load(home).unlock("mallory", "pw")


def test_password_replaced_and_removed(home: StationHome) -> None:
    ring, key = KeyRing.create(home)
    ring.set_password("admin", "old", key)
    ring.set_password("admin", "new", key)
    assert ring.unlock("admin", "new") == key
    with pytest.raises(WrongPassword):
        ring.unlock("admin", "old")
    ring.remove("admin")
    assert ring.logins() == []


def test_recovery_code_opens_loosely_typed_and_a_new_one_replaces_it(
        home: StationHome) -> None:
    ring, key = KeyRing.create(home)
    code = ring.new_recovery_code(key)
    assert len(code.replace("-", "")) == 24
    ring.save()
    loaded = KeyRing.load(home)
    assert loaded.unlock_recovery(code.lower().replace("-", " ")) == key
    newer = loaded.new_recovery_code(key)
    with pytest.raises(WrongPassword):
        loaded.unlock_recovery(code)
    assert loaded.unlock_recovery(newer) == key


def test_weakened_parameters_and_damage_are_refused(home: StationHome) -> None:
    ring, key = KeyRing.create(home)
    ring.set_password("admin", "pw", key)
    ring.save()
    data = json.loads(keyring_path(home).read_text())
    data["officers"]["admin"]["kdf"]["memory_kib"] = 1024
    keyring_path(home).write_text(json.dumps(data))
    with pytest.raises(KeyRingError):
        KeyRing.load(home).unlock("admin", "pw")
    keyring_path(home).write_text("{not json")
    with pytest.raises(KeyRingError):
        KeyRing.load(home)
