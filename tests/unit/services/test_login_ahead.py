"""The key derived while the officer types counts only when OK uses it, lock-out first."""

from __future__ import annotations

import pytest

from tests.factories import TEST_ADMIN, TEST_KEY, TEST_PASSWORD
from unionstation.paths import StationHome
from unionstation.services.instance import derive_ahead
from unionstation.services.login import (
    MAX_ATTEMPTS,
    LockedOut,
    LoginRefused,
    lock_state,
    log_in,
)
from unionstation.ui.unlock_ahead import UnlockAhead


def test_a_key_derived_ahead_logs_in_and_a_wrong_one_counts_as_an_attempt(
    station_home: StationHome,
) -> None:
    assert derive_ahead(station_home, TEST_ADMIN, TEST_PASSWORD) == TEST_KEY
    assert derive_ahead(station_home, TEST_ADMIN, "wrong-password") is None
    assert derive_ahead(station_home, "nobody", TEST_PASSWORD) is None
    assert lock_state(station_home, TEST_ADMIN) is None  # deriving is no attempt

    for _ in range(MAX_ATTEMPTS - 1):
        with pytest.raises(LoginRefused):
            log_in(station_home, TEST_ADMIN, "wrong-password", ahead=lambda: None)
    with pytest.raises(LockedOut):
        log_in(station_home, TEST_ADMIN, "wrong-password", ahead=lambda: None)

    def never() -> bytes | None:
        raise AssertionError("a locked-out officer's derived key is not even looked at")

    with pytest.raises(LockedOut):
        log_in(station_home, TEST_ADMIN, TEST_PASSWORD, ahead=never)


def test_the_right_key_ahead_opens_the_station(station_home: StationHome) -> None:
    logged = log_in(station_home, TEST_ADMIN, TEST_PASSWORD, ahead=lambda: TEST_KEY)
    try:
        assert logged.officer.login == TEST_ADMIN and logged.key == TEST_KEY
    finally:
        logged.close()


def test_only_the_login_and_password_derived_are_taken(station_home: StationHome) -> None:
    ahead = UnlockAhead(station_home)
    try:
        ahead.derive(TEST_ADMIN, "test-pass")  # a pause mid-word
        ahead.derive(TEST_ADMIN, TEST_PASSWORD)
        assert ahead.take(TEST_ADMIN, "test-pass") is None  # not the newest: forgotten
        ahead.derive(TEST_ADMIN, TEST_PASSWORD)
        getter = ahead.take(TEST_ADMIN, TEST_PASSWORD)
        assert getter is not None and getter() == TEST_KEY
        assert ahead.take(TEST_ADMIN, TEST_PASSWORD) is None  # taken once
    finally:
        ahead.close()
