"""Logging in: the officer's password unwraps the data key, which opens the station.

Wrong passwords are counted before the database can be opened (it needs the right one),
in a small file beside it that holds login names, counts and times only. Five wrong in
a row lock that officer out for 30 s, doubling with each further wrong one; a right one
clears the count. The failures and lock-outs go into the audit trail at the next login
of anyone, since only an open station can write it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from unionstation.domain.permissions import Role
from unionstation.paths import StationHome
from unionstation.services import audit
from unionstation.services.errors import UserError
from unionstation.services.instance import derive_ahead
from unionstation.services.officers import (
    OfficerInfo,
    add_first_admin,
    check_login,
    check_password,
)
from unionstation.services.recovery import DamagedStation, UnlockedDamagedStation
from unionstation.services.runtime import StationRuntime, finish_conversion, open_station
from unionstation.store.atomic import write_atomic
from unionstation.store.keyring import KeyRing, WrongPassword
from unionstation.store.models import Officer

__all__ = [
    "ATTEMPTS_FILE", "FIRST_LOCK", "MAX_ATTEMPTS", "LockedOut", "LoggedIn", "LoginRefused",
    "derive_ahead", "has_officers", "is_demo_station", "lock_state", "log_in", "officer_logins",
    "open_unlocked", "recover", "reopen", "set_up_demo", "set_up_station", "unlock",
    "unlock_again",
]

MAX_ATTEMPTS = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(days=1)
ATTEMPTS_FILE = "login_attempts.json"
DEMO_LOGIN = "demo"
DEMO_PASSWORD = "demo"

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


class LoginRefused(UserError):
    """Wrong name or password, a disabled officer: one message that names no secret."""


class LockedOut(LoginRefused):
    def __init__(self, login: str, until: datetime, now: datetime) -> None:
        seconds = max(1, int((until - now).total_seconds() + 0.999))
        super().__init__(f"“{login}”连续输错密码,已锁定,请 {seconds} 秒后再试。")
        self.login = login
        self.until = until
        self.seconds = seconds


@dataclass
class LoggedIn:
    """An open station, its data key (for new wraps) and who is logged in."""

    runtime: StationRuntime
    key: bytes
    officer: OfficerInfo

    def close(self) -> None:
        self.runtime.close()


def has_officers(home: StationHome) -> bool:
    """Whether the station has a key ring, so that every way in needs a login."""
    return KeyRing.exists(home)


def is_demo_station(home: StationHome) -> bool:
    """The demo station (made by `unionstation demo` on an empty folder): its login
    screen shows officer demo, password demo, under a red banner."""
    return home.demo_marker.is_file()


def officer_logins(home: StationHome) -> list[str]:
    """The logins that can unlock the station (for the login dialog's list)."""
    return KeyRing.load(home).logins() if KeyRing.exists(home) else []


class _Attempts:
    """The wrong-password counts and pending audit events, in a file beside the database."""

    def __init__(self, home: StationHome) -> None:
        self.path = home.root / ATTEMPTS_FILE
        data: dict[str, Any] = {}
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text("utf-8"))
            except (OSError, ValueError):
                data = {}
        self.officers: dict[str, dict[str, Any]] = dict(data.get("officers", {}))
        self.events: list[dict[str, str]] = list(data.get("events", []))

    def locked_until(self, login: str) -> datetime | None:
        until = self.officers.get(login, {}).get("locked_until")
        return datetime.fromisoformat(until) if until else None

    def fail(self, login: str, now: datetime) -> datetime | None:
        state = self.officers.setdefault(login, {"failed": 0, "locked_until": None})
        state["failed"] = int(state.get("failed", 0)) + 1
        self.events.append({"at": now.isoformat(), "login": login, "action": "login.failed"})
        until = None
        if state["failed"] >= MAX_ATTEMPTS:
            delay = min(FIRST_LOCK * 2 ** (state["failed"] - MAX_ATTEMPTS), LONGEST_LOCK)
            until = now + delay
            state["locked_until"] = until.isoformat()
            seconds = int(delay.total_seconds())
            self.events.append({"at": now.isoformat(), "login": login, "action": "login.locked",
                                "detail": f"failed={state['failed']} seconds={seconds}"})
        self.save()
        return until

    def note(self, login: str, action: str, now: datetime) -> None:
        self.events.append({"at": now.isoformat(), "login": login, "action": action})
        self.save()

    def clear(self, login: str) -> None:
        self.officers.pop(login, None)

    def save(self) -> None:
        payload = {"officers": self.officers, "events": self.events[-1000:]}
        write_atomic(self.path, json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                     mode=0o600)


def lock_state(home: StationHome, login: str, clock: Clock = _now) -> LockedOut | None:
    """The lock-out in force for `login`, if any (the dialog shows it before trying)."""
    until = _Attempts(home).locked_until(login)
    now = clock()
    return LockedOut(login, until, now) if until is not None and until > now else None


Ahead = Callable[[], "bytes | None"]


def _unlock(home: StationHome, login: str, password: str, clock: Clock,
            ahead: Ahead | None = None) -> bytes:
    attempts = _Attempts(home)
    now = clock()
    until = attempts.locked_until(login)
    if until is not None and until > now:
        attempts.note(login, "login.refused_locked", now)
        raise LockedOut(login, until, now)
    key = ahead() if ahead is not None else derive_ahead(home, login, password)
    if key is None:
        locked = attempts.fail(login, now)
        if locked is not None:
            raise LockedOut(login, locked, now) from None
        raise LoginRefused("登录名或密码不对。") from None
    attempts.clear(login)
    attempts.save()
    return key


def _flush_events(home: StationHome, runtime: StationRuntime) -> None:
    """Write the failures and lock-outs counted before the station could be opened."""
    attempts = _Attempts(home)
    if not attempts.events:
        return
    with runtime.context.unit_of_work() as session:
        for event in attempts.events:
            audit.record(session, event["login"], event["action"], "officer", event["login"],
                         f"at={event['at']} {event.get('detail', '')}".strip())
    attempts.events = []
    attempts.save()


def _officer_row(runtime: StationRuntime, login: str) -> OfficerInfo | None:
    from unionstation.services.officers import _info

    with runtime.context.reading() as session:
        row = session.scalars(select(Officer).where(Officer.name == login)).first()
        return _info(row) if row is not None else None


def log_in(home: StationHome, login: str, password: str, *, clock: Clock = _now,
           daily_backup: bool = True, ahead: Ahead | None = None) -> LoggedIn:
    """Check the password, open the station as that officer with their role; audited.
    `daily_backup=False`: the window takes today's backup once its rows are on screen.
    `ahead`: the answer of `derive_ahead` for this login and password (the window's)."""
    key = _unlock(home, login, password, clock, ahead)
    return _open_as(home, key, login, "login.ok", daily_backup=daily_backup)


def unlock(home: StationHome, login: str, password: str, *, clock: Clock = _now) -> bytes:
    """The data key for a right password (lock-outs apply), without opening the station:
    the recovery commands work on a damaged database with it."""
    return _unlock(home, login, password, clock)


def open_unlocked(home: StationHome, key: bytes, login: str) -> LoggedIn:
    """The station opened as `login` with a key unlocked before (after a recovery)."""
    return _open_as(home, key, login, "login.ok")


def _open_keyed(home: StationHome, key: bytes, login: str,
                role: Role = Role.ADMIN, *, daily_backup: bool = True) -> StationRuntime:
    try:
        return open_station(home, key, officer=login, role=role, daily_backup=daily_backup)
    except DamagedStation as exc:
        # The key was unwrapped (a right password or code): the recovery choices need it.
        raise UnlockedDamagedStation(exc.classification, key, login) from None


def _open_as(home: StationHome, key: bytes, login: str, action: str,
             detail: str = "", *, daily_backup: bool = True) -> LoggedIn:
    runtime = _open_keyed(home, key, login, daily_backup=daily_backup)
    try:
        officer = _officer_row(runtime, login)
        if officer is None or officer.disabled:
            _Attempts(home).note(login, "login.refused_disabled", _now())
            _flush_events(home, runtime)
            raise LoginRefused(f"“{login}”已停用或不是本站工作人员,不能登录。")
        runtime.context.role = officer.role
        _flush_events(home, runtime)
        with runtime.context.unit_of_work() as session:
            row = session.scalars(select(Officer).where(Officer.name == login)).one()
            row.failed_attempts, row.locked_until = 0, None
            audit.record(session, login, action, "officer", login, detail)
    except BaseException:
        runtime.close()
        raise
    return LoggedIn(runtime, key, officer)


def reopen(logged: LoggedIn) -> LoggedIn:
    """The same officer again on a reopened station (after a restore)."""
    runtime = _open_keyed(logged.runtime.home, logged.key, logged.officer.login,
                          logged.officer.role)
    return LoggedIn(runtime, logged.key, logged.officer)


def unlock_again(logged: LoggedIn, login: str, password: str, *,
                 clock: Clock = _now) -> OfficerInfo:
    """The idle lock: the window stays open; the same or another officer unlocks it.

    Another officer takes over with their own role; the form under the lock stays.
    """
    home = logged.runtime.home
    key = _unlock(home, login, password, clock)
    if key != logged.key:
        raise LoginRefused("这个密码属于另一个站点的数据。")
    officer = _officer_row(logged.runtime, login)
    if officer is None or officer.disabled:
        raise LoginRefused(f"“{login}”已停用或不是本站工作人员,不能登录。")
    context = logged.runtime.context
    context.officer, context.role = login, officer.role
    logged.officer = officer
    _flush_events(home, logged.runtime)
    with context.unit_of_work() as session:
        audit.record(session, login, "login.unlock", "officer", login)
    return officer


def set_up_station(home: StationHome, admin: str, password: str, *, name: str = "",
                   demo: bool = False) -> tuple[LoggedIn, str]:
    """A new encrypted station with its first administrator; returns the recovery code.

    A plain station made by an earlier version becomes encrypted here: its database is
    converted under the new key, and its plain copies deleted once the key ring is saved.

    Only the demo station may have the password `demo`; every other one is checked.
    """
    if KeyRing.exists(home):
        raise UserError(f"数据文件夹 {home.root} 已经有工作人员和密钥,不能重复设置。")
    login = check_login(admin)
    if not demo:
        check_password(password)
    home.ensure()
    ring, key = KeyRing.create(home)
    ring.set_password(login, password, key)
    code = ring.new_recovery_code(key)
    # A plain station from an earlier version is converted here, under the new key.
    runtime = open_station(home, key, officer=login, role=Role.ADMIN)
    try:
        add_first_admin(runtime.context, login, name)
        ring.save()
        officer = _officer_row(runtime, login)
        assert officer is not None
    except BaseException:
        runtime.close()
        raise
    finish_conversion(home)  # the plain copies go only now that the key is saved
    return LoggedIn(runtime, key, officer), code


def set_up_demo(home: StationHome) -> LoggedIn:
    """`unionstation demo` on an empty folder: officer demo, password demo."""
    logged, _code = set_up_station(home, DEMO_LOGIN, DEMO_PASSWORD, name="演示", demo=True)
    home.demo_marker.write_text(
        "本数据文件夹是 UnionStation 的演示站点,数据都是生成的。\n"
        "登录名 demo,密码 demo。请勿用于真实会员数据。\n", encoding="utf-8")
    return logged


def recover(home: StationHome, code: str, new_password: str, login: str | None = None,
            ) -> LoggedIn:
    """The recovery code opens the station; `login` (by default the first admin) gets a
    new password and the old one stops working. Audited."""
    check_password(new_password)
    ring = KeyRing.load(home)
    try:
        key = ring.unlock_recovery(code.strip())
    except (WrongPassword, ValueError):
        raise LoginRefused("恢复码不对。") from None
    runtime = _open_keyed(home, key, "recovery")
    try:
        target = login or _first_admin(runtime)
        officer = _officer_row(runtime, target)
        if officer is None:
            raise LoginRefused(f"没有登录名为“{target}”的工作人员。")
        runtime.context.officer = target
        with runtime.context.unit_of_work() as session:
            row = session.scalars(select(Officer).where(Officer.name == target)).one()
            row.active, row.failed_attempts, row.locked_until = True, 0, None
            audit.record(session, target, "officer.recover", "officer", target)
            if target in ring.logins():
                ring.remove(target)
            ring.set_password(target, new_password, key)
            ring.save()
        attempts = _Attempts(home)
        attempts.clear(target)
        attempts.save()
        runtime.context.role = officer.role
    except BaseException:
        runtime.close()
        raise
    return LoggedIn(runtime, key, officer)


def _first_admin(runtime: StationRuntime) -> str:
    with runtime.context.reading() as session:
        login = session.scalars(
            select(Officer.name).where(Officer.role == Role.ADMIN.value)
            .order_by(Officer.created_at).limit(1)
        ).first()
    if login is None:
        raise LoginRefused("这个站点没有管理员,请用 --login 指定要恢复的工作人员。")
    return str(login)
