"""Officers: added with a role and a password, disabled (never deleted), passwords reset."""

from __future__ import annotations

import pytest

from tests.factories import TEST_ADMIN, TEST_KEY, TEST_PASSWORD
from unionstation.domain.permissions import Role
from unionstation.paths import StationHome
from unionstation.services.errors import AlreadyExists, InvalidField, PermissionDenied, UserError
from unionstation.services.login import LoginRefused, log_in
from unionstation.services.officers import OfficerService
from unionstation.services.runtime import StationRuntime
from unionstation.store.keyring import KeyRing


def _service(runtime: StationRuntime, home: StationHome) -> OfficerService:
    return OfficerService(runtime.context, home, TEST_KEY)


def test_the_station_creator_is_its_admin(runtime: StationRuntime,
                                          station_home: StationHome) -> None:
    officers = _service(runtime, station_home).list()
    assert [(o.login, o.role, o.disabled) for o in officers] == [(TEST_ADMIN, Role.ADMIN, False)]


def test_add_list_disable(runtime: StationRuntime, station_home: StationHome) -> None:
    service = _service(runtime, station_home)
    added = service.add("li", "李录入", "clerk", "clerk-pass-1")
    assert (added.login, added.name, added.role) == ("li", "李录入", Role.CLERK)
    assert "li" in KeyRing.load(station_home).logins()
    with pytest.raises(AlreadyExists):
        service.add("li", "另一个", "clerk", "clerk-pass-2")
    with pytest.raises(InvalidField, match="密码"):
        service.add("zhao", "赵", "clerk", "short")
    with pytest.raises(InvalidField, match="角色"):
        service.add("zhao", "赵", "boss", "long-enough-1")
    logged = log_in(station_home, "li", "clerk-pass-1")
    try:
        assert logged.officer.role == Role.CLERK
        assert logged.runtime.context.role == Role.CLERK
    finally:
        logged.close()
    disabled = service.disable("li")
    assert disabled.disabled
    assert "li" not in KeyRing.load(station_home).logins()
    assert [o.login for o in service.list()] == [TEST_ADMIN, "li"]  # kept, disabled
    with pytest.raises(LoginRefused):
        log_in(station_home, "li", "clerk-pass-1")


def test_the_last_admin_stays(runtime: StationRuntime, station_home: StationHome) -> None:
    service = _service(runtime, station_home)
    service.add("zhou", "周", "officer", "officer-pass-1")
    with pytest.raises(UserError, match="最后一位管理员"):
        service.set_role(TEST_ADMIN, Role.OFFICER)
    with pytest.raises(UserError, match="自己"):
        service.disable(TEST_ADMIN)
    service.set_role("zhou", Role.ADMIN)
    assert service.set_role(TEST_ADMIN, Role.OFFICER).role == Role.OFFICER


def test_admin_resets_a_clerks_password(runtime: StationRuntime,
                                        station_home: StationHome) -> None:
    service = _service(runtime, station_home)
    service.add("li", "李录入", "clerk", "clerk-pass-1")
    service.reset_password("li", "clerk-pass-2")
    with pytest.raises(LoginRefused):
        log_in(station_home, "li", "clerk-pass-1")
    logged = log_in(station_home, "li", "clerk-pass-2")
    logged.close()


def test_own_password_needs_the_old_one(runtime: StationRuntime,
                                        station_home: StationHome) -> None:
    service = _service(runtime, station_home)
    with pytest.raises(UserError, match="原密码"):
        service.change_own_password("wrong-password", "brand-new-pass")
    service.change_own_password(TEST_PASSWORD, "brand-new-pass")
    log_in(station_home, TEST_ADMIN, "brand-new-pass").close()
    with pytest.raises(LoginRefused):
        log_in(station_home, TEST_ADMIN, TEST_PASSWORD)


def test_only_admin_manages_officers(runtime: StationRuntime,
                                     station_home: StationHome) -> None:
    runtime.context.role = Role.OFFICER
    service = _service(runtime, station_home)
    for call in (lambda: service.add("x1", "x", "clerk", "some-pass-1"),
                 lambda: service.disable(TEST_ADMIN),
                 lambda: service.reset_password(TEST_ADMIN, "some-pass-1"),
                 service.list):
        with pytest.raises(PermissionDenied):
            call()
    assert KeyRing.load(station_home).logins() == [TEST_ADMIN]
