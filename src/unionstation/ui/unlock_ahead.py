"""The password's key worked out while the officer is still at the login dialog.

Argon2id takes a few tenths of a second by design. When the officer pauses after typing
(LoginDialog.paused), the key for what is typed is derived on a thread of its own (not
the database worker; Argon2id leaves the GIL free), so that pressing OK usually finds it
ready. The answer is only used by the login that OK starts, after its lock-out check
(services.login.log_in); a password changed since is derived again, or at OK.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from unionstation.paths import StationHome

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Future, ThreadPoolExecutor


class UnlockAhead:
    def __init__(self, home: StationHome) -> None:
        self.home = home
        self._pool: ThreadPoolExecutor | None = None
        self._pending: tuple[str, str, Future[bytes | None]] | None = None

    def derive(self, login: str, password: str) -> None:
        """Start deriving for this login and password (one at a time, the newest kept)."""
        if self._pending is not None:
            pending_login, pending_password, future = self._pending
            if (pending_login, pending_password) == (login, password):
                return
            future.cancel()  # not started yet: dropped; started: it runs to its end
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="unlock-ahead")
        home = self.home

        def work() -> bytes | None:
            from unionstation.services.instance import derive_ahead

            return derive_ahead(home, login, password)

        self._pending = (login, password, self._pool.submit(work))

    def take(self, login: str, password: str) -> Callable[[], bytes | None] | None:
        """The answer's getter for this login and password (it waits for a derivation
        still running), or None when nothing was derived for them; forgotten either way."""
        pending, self._pending = self._pending, None
        if pending is None or pending[:2] != (login, password) or pending[2].cancelled():
            return None
        return pending[2].result

    def close(self) -> None:
        self._pending = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
