"""One running instance per data folder: the window's way to the lock (store.lock), kept
apart from services.recovery so the window's start imports nothing heavy."""

from __future__ import annotations

from unionstation.store.lock import AlreadyRunning, InstanceLock

__all__ = ["AlreadyRunning", "InstanceLock"]
