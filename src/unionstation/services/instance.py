"""One running instance per data folder, and what the window reads before anything is
open: the lock (store.lock), the key ring's names (store.keyring), whether the file is a
plain one from an earlier version. Kept apart from services.recovery and services.login
so the window's start imports nothing heavy (no SQLAlchemy before the login dialog)."""

from __future__ import annotations

from unionstation.paths import StationHome
from unionstation.store.keyring import KeyRing
from unionstation.store.lock import AlreadyRunning, InstanceLock

__all__ = ["AlreadyRunning", "InstanceLock", "has_key_ring", "is_plain_station",
           "key_ring_logins"]


def has_key_ring(home: StationHome) -> bool:
    return KeyRing.exists(home)


def key_ring_logins(home: StationHome) -> list[str]:
    return KeyRing.load(home).logins()


def is_plain_station(home: StationHome) -> bool:
    """Whether the database is a plain SQLite file from an earlier version."""
    from unionstation.store.database import is_plain_sqlite

    return is_plain_sqlite(home.db_path)
