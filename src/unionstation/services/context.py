"""What every service needs, given once in its constructor (STYLE.md habit 4)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from unionstation.domain.permissions import Action, Role, may
from unionstation.services import audit
from unionstation.services.errors import PermissionDenied
from unionstation.store.changelog import OFFICER_KEY


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    session_factory: sessionmaker[Any]
    officer: str = "system"
    clock: Callable[[], datetime] = field(default=_now)
    read_factory: sessionmaker[Any] | None = None
    # Who is logged in. "system" work (start-up, the command line before officers exist,
    # tests of other features) runs as admin; a login sets the officer's own role.
    role: Role = Role.ADMIN

    def may(self, action: Action) -> bool:
        return may(self.role, action)

    def require(self, action: Action, target: str = "") -> None:
        """Refuse (and audit the refusal) unless the officer's role may do `action`.

        Every service method that reads sensitive data or changes anything calls this
        first; the window's hiding of buttons is a courtesy, this is the guard.
        """
        if may(self.role, action):
            return
        with self.unit_of_work() as session:
            audit.record(session, self.officer, "permission.denied", "action", str(action),
                         detail=f"role={self.role} target={target}"[:200])
        raise PermissionDenied(str(self.role), str(action))

    def today(self) -> date:
        return self.clock().astimezone().date()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed as a whole on success, rolled back on any error."""
        with self.session_factory() as session:
            session.info[OFFICER_KEY] = self.officer
            with session.begin():
                yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: it never blocks on (or blocks) a writer."""
        factory = self.read_factory or self.session_factory
        with factory() as session:
            yield session
