"""One running instance per data folder, and what the window reads before anything is
open: the lock (store.lock), the key ring's names (store.keyring), whether the file is a
plain one from an earlier version. Kept apart from services.recovery and services.login
so the window's start imports nothing heavy (no SQLAlchemy before the login dialog)."""

from __future__ import annotations

from unionstation.paths import StationHome
from unionstation.store.keyring import KeyRing, WrongPassword
from unionstation.store.lock import AlreadyRunning, InstanceLock

__all__ = ["AlreadyRunning", "InstanceLock", "derive_ahead", "has_key_ring",
           "is_plain_station", "key_ring_logins"]


def has_key_ring(home: StationHome) -> bool:
    return KeyRing.exists(home)


def key_ring_logins(home: StationHome) -> list[str]:
    return KeyRing.load(home).logins()


def is_plain_station(home: StationHome) -> bool:
    """Whether the database is a plain SQLite file from an earlier version."""
    from unionstation.store.database import is_plain_sqlite

    return is_plain_sqlite(home.db_path)


def derive_ahead(home: StationHome, login: str, password: str) -> bytes | None:
    """The data key `password` unwraps for `login` (None: it does not), worked out while
    the officer is still at the login dialog (Argon2id, a few tenths of a second). Never
    an attempt and never audited: only services.login.log_in(..., ahead=...) uses the
    answer, after its lock-out check, and counts it as the attempt it is."""
    try:
        return KeyRing.load(home).unlock(login, password)
    except (WrongPassword, KeyError):
        return None
