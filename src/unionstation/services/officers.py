"""Officers: who may log in, with which role. Never deleted, only disabled.

Each officer's password wraps the station's data key in the key ring beside the
database (store.keyring); the `officer` table holds their name, role and state. Both
change in one step: the key ring is saved inside the database transaction, so a failed
save changes neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from unionstation.domain.permissions import Action, Role
from unionstation.domain.text import normalize_text
from unionstation.paths import StationHome
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import AlreadyExists, InvalidField, NotFound, UserError
from unionstation.store.keyring import KeyRing, WrongPassword
from unionstation.store.models import Officer

__all__ = ["MIN_PASSWORD", "OfficerInfo", "OfficerService", "check_password", "check_login"]

MIN_PASSWORD = 8
_LOGIN = re.compile(r"^[\w.\-]{1,32}$")


@dataclass(frozen=True)
class OfficerInfo:
    login: str
    name: str
    role: Role
    disabled: bool


def _info(row: Officer) -> OfficerInfo:
    try:
        role = Role(row.role)
    except ValueError:
        role = Role.OFFICER
    return OfficerInfo(row.name, row.display_name or row.name, role, not row.active)


def check_login(login: str) -> str:
    clean = normalize_text(login)
    if not _LOGIN.match(clean):
        raise InvalidField("工作人员", "登录名",
                           f"“{clean}”不可用:请用 1–32 个字母、数字、汉字或 _ . -,不要空格。")
    return clean


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidField("工作人员", "密码", f"至少需要 {MIN_PASSWORD} 个字符。")


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise InvalidField("工作人员", "角色", f"“{role}”不是角色,应为 {names} 之一。") from None


class OfficerService:
    """`data_key` is the open station's key, which new wraps are made of."""

    def __init__(self, context: ServiceContext, home: StationHome, data_key: bytes) -> None:
        self._ctx = context
        self._home = home
        self._key = data_key

    def list(self) -> list[OfficerInfo]:
        if not self._ctx.may(Action.AUDIT_READ):
            self._ctx.require(Action.OFFICER_MANAGE)
        with self._ctx.reading() as session:
            rows = session.scalars(select(Officer).order_by(Officer.created_at, Officer.name))
            return [_info(row) for row in rows]

    def get(self, login: str) -> OfficerInfo:
        with self._ctx.reading() as session:
            row = session.scalars(select(Officer).where(Officer.name == login)).first()
            if row is None:
                raise NotFound(f"没有登录名为“{login}”的工作人员。")
            return _info(row)

    def add(self, login: str, name: str, role: Role | str, password: str) -> OfficerInfo:
        self._ctx.require(Action.OFFICER_MANAGE, login)
        clean = check_login(login)
        chosen = _role(role)
        check_password(password)
        display = normalize_text(name) or clean
        ring = KeyRing.load(self._home)
        with self._ctx.unit_of_work() as session:
            if session.scalars(select(Officer).where(Officer.name == clean)).first():
                raise AlreadyExists(f"工作人员“{clean}”已经存在(停用的也不能重名)。")
            row = Officer(name=clean, display_name=display, role=chosen.value, active=True)
            session.add(row)
            session.flush()
            audit.record(session, self._ctx.officer, "officer.add", "officer", clean,
                         f"role={chosen.value}")
            ring.set_password(clean, password, self._key)
            ring.save()
            return _info(row)

    def set_role(self, login: str, role: Role | str) -> OfficerInfo:
        self._ctx.require(Action.OFFICER_MANAGE, login)
        chosen = _role(role)
        with self._ctx.unit_of_work() as session:
            row = self._row(session, login)
            if row.role == Role.ADMIN and chosen != Role.ADMIN:
                self._keep_an_admin(session, row)
            old = row.role
            row.role = chosen.value
            audit.record(session, self._ctx.officer, "officer.role", "officer", row.name,
                         f"{old}->{chosen.value}")
            return _info(row)

    def disable(self, login: str) -> OfficerInfo:
        """The officer can no longer log in (their wrap goes); their name stays."""
        self._ctx.require(Action.OFFICER_MANAGE, login)
        if login == self._ctx.officer:
            raise UserError("不能停用自己;请由另一位管理员操作。")
        ring = KeyRing.load(self._home)
        with self._ctx.unit_of_work() as session:
            row = self._row(session, login)
            if row.role == Role.ADMIN:
                self._keep_an_admin(session, row)
            row.active = False
            audit.record(session, self._ctx.officer, "officer.disable", "officer", row.name)
            if login in ring.logins():
                ring.remove(login)
                ring.save()
            return _info(row)

    def change_own_password(self, old: str, new: str) -> None:
        """The logged-in officer's own password: the old one must be right."""
        login = self._ctx.officer
        check_password(new)
        ring = KeyRing.load(self._home)
        try:
            ring.unlock(login, old)
        except WrongPassword:
            raise UserError("原密码不对,密码没有修改。") from None
        with self._ctx.unit_of_work() as session:
            self._row(session, login)
            audit.record(session, login, "officer.password", "officer", login)
            ring.remove(login)
            ring.set_password(login, new, self._key)
            ring.save()

    def reset_password(self, login: str, new: str) -> None:
        """An admin sets another officer's password: a new wrap, the old one removed."""
        self._ctx.require(Action.OFFICER_MANAGE, login)
        check_password(new)
        ring = KeyRing.load(self._home)
        with self._ctx.unit_of_work() as session:
            row = self._row(session, login)
            if not row.active:
                raise UserError(f"工作人员“{login}”已停用,不能重设密码。")
            row.failed_attempts = 0
            row.locked_until = None
            audit.record(session, self._ctx.officer, "officer.reset", "officer", login)
            if login in ring.logins():
                ring.remove(login)
            ring.set_password(login, new, self._key)
            ring.save()

    def new_recovery_code(self) -> str:
        """A new recovery code (the old one stops working); shown once, printed for the
        safe. Admin only, audited."""
        self._ctx.require(Action.RECOVERY)
        ring = KeyRing.load(self._home)
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, "recovery.new_code", "keyring", "")
            code = ring.new_recovery_code(self._key)
            ring.save()
        return code

    @staticmethod
    def _row(session: object, login: str) -> Officer:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        row = session.scalars(select(Officer).where(Officer.name == login)).first()
        if row is None:
            raise NotFound(f"没有登录名为“{login}”的工作人员。")
        return row

    @staticmethod
    def _keep_an_admin(session: object, leaving: Officer) -> None:
        from sqlalchemy import func
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        others = session.scalar(
            select(func.count()).select_from(Officer).where(
                Officer.role == Role.ADMIN.value, Officer.active.is_(True),
                Officer.id != leaving.id)
        )
        if not others:
            raise UserError(f"“{leaving.name}”是最后一位管理员,不能停用或改为其他角色。")


def add_first_admin(context: ServiceContext, login: str, name: str = "") -> None:
    """The station's first administrator's row (the wrap is made by the caller)."""
    clean = check_login(login)
    with context.unit_of_work() as session:
        row = session.scalars(select(Officer).where(Officer.name == clean)).first()
        if row is None:
            session.add(Officer(name=clean, display_name=normalize_text(name) or clean,
                                role=Role.ADMIN.value, active=True))
        else:
            row.role, row.active = Role.ADMIN.value, True
        audit.record(session, context.officer, "officer.add", "officer", clean, "role=admin")


def count_officers(context: ServiceContext) -> int:
    """Officers who can log in (`unionstation check`)."""
    from sqlalchemy import func

    with context.reading() as session:
        return int(session.scalar(
            select(func.count()).select_from(Officer).where(Officer.active.is_(True))) or 0)
