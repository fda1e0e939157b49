"""County officers and roles: the one permission table walked for the county's three
roles, each refusal audited, logins with lock-out, and the county's hash chain."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from unionstation.county.county_keyring import (
    CountyLoginRefused,
    county_keyring_path,
    new_county_keyring,
)
from unionstation.county.errors import CountyError
from unionstation.county.home import CountyHome
from unionstation.county.models import CountyAuditEntry, CountyOfficer
from unionstation.county.officers import (
    CountyOfficers,
    add_first_county_admin,
    county_log_in,
)
from unionstation.county.service import County, init_county
from unionstation.domain.permissions import Action, Role, may
from unionstation.services.errors import PermissionDenied
from unionstation.services.login import ATTEMPTS_FILE, LockedOut

ADMIN, PASSWORD = "cadmin", "County-pass-2026"
OTHERS = {"gan": Role.OFFICER, "jing": Role.AUDITOR}


@pytest.fixture
def keyed(county_home: CountyHome, county_db_url: str) -> CountyHome:
    """An encrypted county (SQLite) or one on PostgreSQL, with an admin, an officer and
    an auditor."""
    county_home.root.mkdir(parents=True)
    ring, key, _code = new_county_keyring(county_home, ADMIN, PASSWORD)
    ring.save()
    county = init_county(county_home, "测试县总工会", "C3301", db_url=county_db_url, key=key)
    try:
        county.data_key = key
        add_first_county_admin(county, ADMIN)
        county.officer = ADMIN
        for login, role in OTHERS.items():
            CountyOfficers(county, county_home).add(login, login, role, PASSWORD)
    finally:
        county.close()
    return county_home


def _calls(home: CountyHome) -> dict[Action, Callable[[County], Any]]:
    return {
        Action.COUNTY_READ: lambda c: c.members(),
        Action.COUNTY_IMPORT: lambda c: c.import_batch(b"not a batch"),
        Action.COUNTY_MANAGE: lambda c: c.enrol_station("330106001", "测试街道总工会"),
        Action.AUDIT_READ: lambda c: c.audit_entries(),
        Action.OFFICER_MANAGE: lambda c: CountyOfficers(c, home).add(
            "x" + c.officer, "新人", Role.AUDITOR, PASSWORD),
    }


@pytest.mark.parametrize("role", [Role.ADMIN, Role.OFFICER, Role.AUDITOR])
def test_each_county_role_is_allowed_or_refused_as_the_table_says(
        keyed: CountyHome, role: Role) -> None:
    login = ADMIN if role == Role.ADMIN else next(k for k, v in OTHERS.items() if v == role)
    county = county_log_in(keyed, login, PASSWORD)
    try:
        assert county.role == role and county.officer == login
        refused = 0
        for action, call in _calls(keyed).items():
            if may(role, action):
                call(county)
            else:
                with pytest.raises(PermissionDenied, match=f"{role} may not {action}"):
                    call(county)
                refused += 1
        with county.store.read_session_factory() as session:
            denied = session.query(CountyAuditEntry).filter_by(
                action="permission.denied", officer=login).count()
        assert denied == refused
        assert refused == (0 if role == Role.ADMIN else 3)
    finally:
        county.close()


def test_wrong_passwords_lock_the_county_officer_out(keyed: CountyHome) -> None:
    for _ in range(4):
        with pytest.raises(CountyLoginRefused):
            county_log_in(keyed, "gan", "wrong-password")
    with pytest.raises(LockedOut):
        county_log_in(keyed, "gan", "wrong-password")
    with pytest.raises(LockedOut):
        county_log_in(keyed, "gan", PASSWORD)  # even the right one, while locked
    attempts = keyed.root / ATTEMPTS_FILE
    state = json.loads(attempts.read_text())
    state["officers"]["gan"]["locked_until"] = (
        datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    attempts.write_text(json.dumps(state))
    county = county_log_in(keyed, "gan", PASSWORD)
    county.close()
    admin = county_log_in(keyed, ADMIN, PASSWORD)
    try:
        actions = [e.action for e in admin.audit_entries().entries]
        assert actions.count("login.failed") == 5 and "login.locked" in actions
        assert admin.verify_audit().ok
    finally:
        admin.close()


def test_disabled_officers_cannot_log_in_and_the_last_admin_stays(keyed: CountyHome) -> None:
    admin = county_log_in(keyed, ADMIN, PASSWORD)
    try:
        officers = CountyOfficers(admin, keyed)
        assert officers.disable("gan").disabled
        with pytest.raises(CountyError, match="自己"):
            officers.disable(ADMIN)
        assert [(o.login, o.role, o.disabled) for o in officers.list()] == [
            (ADMIN, Role.ADMIN, False), ("gan", Role.OFFICER, True),
            ("jing", Role.AUDITOR, False)]
    finally:
        admin.close()
    with pytest.raises(CountyLoginRefused):
        county_log_in(keyed, "gan", PASSWORD)
    with pytest.raises(Exception, match="角色"):
        county = county_log_in(keyed, ADMIN, PASSWORD)
        try:
            CountyOfficers(county, keyed).add("li", "李", Role.CLERK, PASSWORD)
        finally:
            county.close()


def test_an_edited_county_audit_entry_is_named(keyed: CountyHome) -> None:
    county = county_log_in(keyed, ADMIN, PASSWORD)
    try:
        assert county.verify_audit().ok
        with county.store.session_factory() as session, session.begin():
            session.execute(update(CountyAuditEntry).where(CountyAuditEntry.id == 2)
                            .values(officer="someone-else"))
        result = county.verify_audit()
        assert not result.ok and result.first_bad == 2
    finally:
        county.close()


def test_a_county_made_before_roles_makes_its_officers_admins(keyed: CountyHome) -> None:
    county = county_log_in(keyed, ADMIN, PASSWORD)
    with county.store.session_factory() as session, session.begin():
        session.query(CountyOfficer).delete()
    county.close()
    again = county_log_in(keyed, "jing", PASSWORD)  # in the keyring: an admin as before
    try:
        assert again.role == Role.ADMIN
        assert county_keyring_path(keyed).is_file()
    finally:
        again.close()
