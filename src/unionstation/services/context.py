"""What every service needs, given once in its constructor (STYLE.md habit 4)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from unionstation.store.changelog import OFFICER_KEY


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    session_factory: sessionmaker[Any]
    officer: str = "system"
    clock: Callable[[], datetime] = field(default=_now)
    read_factory: sessionmaker[Any] | None = None

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
