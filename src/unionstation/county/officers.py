"""County officers: logging in, and the admin's management of the others.

Accounts and roles are rows of the county store (`county_officer`, on SQLite and on
PostgreSQL); each officer's password wraps the county's data key in `county.keys`
(county_keyring.py), which for an SQLite store is what opens it. Wrong passwords are
counted beside the store as at a station (services.login): five in a row lock that login
out for 30 s, doubling; failures and lock-outs reach the county's trail at the next login.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from unionstation.county.access import COUNTY_ROLES
from unionstation.county.county_keyring import (
    CountyLoginRefused,
    county_keyring_path,
    unlock_county,
)
from unionstation.county.errors import CountyError
from unionstation.county.home import CountyHome
from unionstation.county.models import CountyOfficer
from unionstation.county.service import County, open_county
from unionstation.domain.permissions import Action, Role
from unionstation.paths import StationHome
from unionstation.services.errors import InvalidField
from unionstation.services.login import LockedOut, _Attempts
from unionstation.services.officers import check_login, check_password
from unionstation.store.keyring import KeyRing

__all__ = ["CountyOfficerInfo", "CountyOfficers", "add_first_county_admin", "county_log_in"]


@dataclass(frozen=True)
class CountyOfficerInfo:
    login: str
    name: str
    role: Role
    disabled: bool


def _info(row: CountyOfficer) -> CountyOfficerInfo:
    return CountyOfficerInfo(row.login, row.name or row.login, Role(row.role), not row.active)


def _county_role(role: Role | str) -> Role:
    try:
        chosen = Role(role)
    except ValueError:
        chosen = None
    if chosen not in COUNTY_ROLES:
        names = ", ".join(r.value for r in COUNTY_ROLES)
        raise InvalidField("县总工会工作人员", "角色", f"“{role}”不是县总工会的角色,应为 "
                           f"{names} 之一。")
    return chosen


def add_first_county_admin(county: County, login: str, name: str = "") -> None:
    """The county's first administrator's row (their wrap is made by `county init`)."""
    with county.store.session_factory() as session, session.begin():
        if session.get(CountyOfficer, login) is None:
            session.add(CountyOfficer(login=login, name=name or login, role=Role.ADMIN.value,
                                      active=True))
    county.officer = login
    county.audit("officer.add", "officer", login, "role=admin")


def _attempts(home: CountyHome) -> _Attempts:
    return _Attempts(StationHome(home.root))


def county_log_in(home: CountyHome, login: str, password: str,
                  db_url: str | None = None) -> County:
    """Check the password (counting wrong ones), open the county as that officer with
    their role; audited. CountyLoginRefused or LockedOut when refused."""
    attempts = _attempts(home)
    now = datetime.now(UTC)
    until = attempts.locked_until(login)
    if until is not None and until > now:
        attempts.note(login, "login.refused_locked", now)
        raise LockedOut(login, until, now)
    try:
        key = unlock_county(home, login, password)
    except CountyLoginRefused:
        locked = attempts.fail(login, now)
        if locked is not None:
            raise LockedOut(login, locked, now) from None
        raise
    attempts.clear(login)
    attempts.save()
    county = open_county(home, db_url, key)
    try:
        officer = _officer_on_login(county, home, login)
        county.officer, county.role, county.data_key = login, officer.role, key
        for event in attempts.events:
            county.audit(event["action"], "officer", event["login"],
                         f"at={event['at']} {event.get('detail', '')}".strip())
        attempts.events = []
        attempts.save()
        county.audit("login.ok", "officer", login)
    except BaseException:
        county.close()
        raise
    return county


def _officer_on_login(county: County, home: CountyHome, login: str) -> CountyOfficerInfo:
    with county.store.session_factory() as session, session.begin():
        if not session.scalar(select(func.count()).select_from(CountyOfficer)):
            # A county made before roles: every officer in its keyring was an admin.
            for each in KeyRing.load_file(county_keyring_path(home)).logins():
                session.add(CountyOfficer(login=each, name=each, role=Role.ADMIN.value,
                                          active=True))
            session.flush()
        row = session.get(CountyOfficer, login)
        if row is None or not row.active:
            raise CountyLoginRefused(f"“{login}”已停用或不是县总工会工作人员,不能登录。")
        return _info(row)


class CountyOfficers:
    """Officers of an open county: listed by admin and auditor, changed by admin only."""

    def __init__(self, county: County, home: CountyHome) -> None:
        self._county = county
        self._home = home

    def list(self) -> list[CountyOfficerInfo]:
        if not self._county.may(Action.AUDIT_READ):
            self._county.require(Action.OFFICER_MANAGE, "officers")
        with self._county.store.read_session_factory() as session:
            rows = session.scalars(select(CountyOfficer).order_by(CountyOfficer.created_at,
                                                                  CountyOfficer.login))
            return [_info(row) for row in rows]

    def add(self, login: str, name: str, role: Role | str, password: str) -> CountyOfficerInfo:
        self._county.require(Action.OFFICER_MANAGE, login)
        clean, chosen = check_login(login), _county_role(role)
        check_password(password)
        ring = self._ring()
        with self._county.store.session_factory() as session, session.begin():
            if session.get(CountyOfficer, clean) is not None:
                raise CountyError(f"县总工会工作人员“{clean}”已经存在(停用的也不能重名)。")
            row = CountyOfficer(login=clean, name=name.strip() or clean, role=chosen.value,
                                active=True)
            session.add(row)
            session.flush()
            info = _info(row)
            ring.set_password(clean, password, self._key())
            ring.save()
        self._county.audit("officer.add", "officer", clean, f"role={chosen.value}")
        return info

    def disable(self, login: str) -> CountyOfficerInfo:
        """The officer can no longer log in (their wrap goes); their name stays."""
        self._county.require(Action.OFFICER_MANAGE, login)
        if login == self._county.officer:
            raise CountyError("不能停用自己;请由另一位管理员操作。")
        ring = self._ring()
        with self._county.store.session_factory() as session, session.begin():
            row = session.get(CountyOfficer, login)
            if row is None:
                raise CountyError(f"没有登录名为“{login}”的县总工会工作人员。")
            if row.role == Role.ADMIN.value and not session.scalar(
                    select(func.count()).select_from(CountyOfficer).where(
                        CountyOfficer.role == Role.ADMIN.value, CountyOfficer.active.is_(True),
                        CountyOfficer.login != login)):
                raise CountyError(f"“{login}”是最后一位管理员,不能停用。")
            row.active = False
            info = _info(row)
            ring.remove(login)
            ring.save()
        self._county.audit("officer.disable", "officer", login)
        return info

    def reset_password(self, login: str, password: str) -> None:
        """An admin sets another's password (or their own): a new wrap, the old one gone."""
        if login != self._county.officer:
            self._county.require(Action.OFFICER_MANAGE, login)
        check_password(password)
        ring = self._ring()
        with self._county.store.read_session_factory() as session:
            row = session.get(CountyOfficer, login)
            if row is None or not row.active:
                raise CountyError(f"“{login}”不是在职的县总工会工作人员。")
        ring.remove(login)
        ring.set_password(login, password, self._key())
        ring.save()
        attempts = _attempts(self._home)
        attempts.clear(login)
        attempts.save()
        self._county.audit("officer.password", "officer", login)

    def _ring(self) -> KeyRing:
        return KeyRing.load_file(county_keyring_path(self._home))

    def _key(self) -> bytes:
        if self._county.data_key is None:
            raise CountyError("请先以县总工会管理员身份登录(--user 和密码)。")
        return self._county.data_key
