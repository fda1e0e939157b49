"""Logging in: the right password opens the station with the officer's role; five wrong
ones in a row lock that officer out for 30 s, doubling; all of it in the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.factories import TEST_ADMIN, TEST_PASSWORD
from unionstation.domain.permissions import Role
from unionstation.paths import StationHome
from unionstation.services.audit import AuditService
from unionstation.services.errors import UserError
from unionstation.services.login import (
    LockedOut,
    LoginRefused,
    is_demo_station,
    lock_state,
    log_in,
    officer_logins,
    recover,
    set_up_demo,
    set_up_station,
    unlock_again,
)
from unionstation.services.officers import OfficerService


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_login_opens_the_station_as_the_officer(station_home: StationHome) -> None:
    assert officer_logins(station_home) == [TEST_ADMIN]
    logged = log_in(station_home, TEST_ADMIN, TEST_PASSWORD)
    try:
        assert logged.officer.role == Role.ADMIN
        assert logged.runtime.context.officer == TEST_ADMIN
        entries = AuditService(logged.runtime.context).entries(action="login.ok")
        assert entries.total == 1 and entries.entries[0].officer == TEST_ADMIN
    finally:
        logged.close()


def test_wrong_password_and_unknown_officer_are_refused(station_home: StationHome) -> None:
    with pytest.raises(LoginRefused, match="登录名或密码不对"):
        log_in(station_home, TEST_ADMIN, "not-the-password")
    with pytest.raises(LoginRefused, match="登录名或密码不对"):
        log_in(station_home, "nobody", TEST_PASSWORD)


def test_five_wrong_lock_out_for_30_s_doubling(station_home: StationHome) -> None:
    clock = Clock()
    for _ in range(4):
        with pytest.raises(LoginRefused) as refused:
            log_in(station_home, TEST_ADMIN, "wrong", clock=clock)
        assert not isinstance(refused.value, LockedOut)
    with pytest.raises(LockedOut) as locked:
        log_in(station_home, TEST_ADMIN, "wrong", clock=clock)
    assert locked.value.seconds == 30
    # Locked: even the right password is refused until the time is up.
    clock.now += timedelta(seconds=10)
    with pytest.raises(LockedOut) as still:
        log_in(station_home, TEST_ADMIN, TEST_PASSWORD, clock=clock)
    assert still.value.seconds == 20
    assert lock_state(station_home, TEST_ADMIN, clock) is not None
    clock.now += timedelta(seconds=21)
    with pytest.raises(LockedOut) as again:  # the sixth wrong one in a row: 60 s
        log_in(station_home, TEST_ADMIN, "wrong", clock=clock)
    assert again.value.seconds == 60
    clock.now += timedelta(seconds=61)
    logged = log_in(station_home, TEST_ADMIN, TEST_PASSWORD, clock=clock)
    try:
        service = AuditService(logged.runtime.context)
        assert service.entries(action="login.failed").total == 6
        locks = service.entries(action="login.locked")
        assert locks.total == 2
        assert "seconds=30" in locks.entries[-1].detail
        assert service.entries(action="login.refused_locked").total == 1
    finally:
        logged.close()
    assert lock_state(station_home, TEST_ADMIN, clock) is None


def test_the_idle_lock_takes_the_same_or_another_officer(station_home: StationHome) -> None:
    logged = log_in(station_home, TEST_ADMIN, TEST_PASSWORD)
    try:
        OfficerService(logged.runtime.context, station_home, logged.key).add(
            "aud", "审计", Role.AUDITOR, "auditor-pass-1")
        with pytest.raises(LoginRefused):
            unlock_again(logged, TEST_ADMIN, "wrong")
        officer = unlock_again(logged, "aud", "auditor-pass-1")
        assert officer.role == Role.AUDITOR
        assert logged.runtime.context.role == Role.AUDITOR
        assert logged.runtime.context.officer == "aud"
    finally:
        logged.close()


def test_set_up_refuses_a_short_password_but_not_the_demo(tmp_path: object) -> None:
    from pathlib import Path

    root = Path(str(tmp_path))
    with pytest.raises(UserError, match="密码"):
        set_up_station(StationHome(root / "a"), "wang", "short")
    demo = set_up_demo(StationHome(root / "demo"))
    demo.close()
    assert is_demo_station(StationHome(root / "demo"))
    log_in(StationHome(root / "demo"), "demo", "demo").close()
    logged, code = set_up_station(StationHome(root / "b"), "wang", "long-enough-1")
    logged.close()
    assert not is_demo_station(StationHome(root / "b"))
    assert len(code.replace("-", "")) == 24


def test_recovery_code_sets_a_new_password(tmp_path: object) -> None:
    from pathlib import Path

    home = StationHome(Path(str(tmp_path)) / "r")
    logged, code = set_up_station(home, "wang", "first-pass-1")
    logged.close()
    with pytest.raises(LoginRefused, match="恢复码"):
        recover(home, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "second-pass-1")
    recovered = recover(home, code.lower(), "second-pass-1")
    try:
        assert recovered.officer.login == "wang"
        entries = AuditService(recovered.runtime.context).entries(action="officer.recover")
        assert entries.total == 1
    finally:
        recovered.close()
    with pytest.raises(LoginRefused):
        log_in(home, "wang", "first-pass-1")
    log_in(home, "wang", "second-pass-1").close()
