"""Upload to the county in the background: on start, every few minutes and after each export.

Whether the county answers is asked on a network thread of its own, so a county that does
not answer never holds up the one database worker; only then does the push itself (which
reads and marks the outbox) go through that worker. Never two attempts at once. After an
offline answer the next try waits 1, 2, 4 ... minutes, at most 30; any other answer waits
the usual interval. Timers and the clock are injected, so tests run in milliseconds.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from unionstation.services.errors import UserError
from unionstation.sync.errors import NotEnrolled, SyncError
from unionstation.sync.transport_http import TransportOffline, health
from unionstation.ui.operations import Operation, Progress

if TYPE_CHECKING:
    from unionstation.sync.station_sync import PushOutcome, SyncStatus

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
INTERVAL_MS = 5 * MINUTE_MS
FIRST_BACKOFF_MS = MINUTE_MS
MAX_BACKOFF_MS = 30 * MINUTE_MS
PROBE_TIMEOUT_S = 5.0

NOT_ENROLLED = "not_enrolled"
NO_ADDRESS = "no_address"
ONLINE = "online"
OFFLINE = "offline"
REFUSED = "refused"


class Uploads(Protocol):
    """The part of SyncService the uploader uses (tests may pass a fake)."""

    def status(self) -> SyncStatus: ...
    def push(self, url: str | None = None) -> PushOutcome: ...


@dataclass(frozen=True)
class CountyState:
    """What the last attempt found. `message` is for the officer; `manual` when asked for."""

    kind: str
    waiting: int
    message: str = ""
    manual: bool = False
    sent: bool = False
    next_try: datetime | None = None

    def text(self) -> str:
        """The status bar's words."""
        if self.kind == NOT_ENROLLED:
            return QCoreApplication.translate("CountyUploader", "County: not enrolled")
        if self.kind == NO_ADDRESS:
            line = QCoreApplication.translate("CountyUploader", "County: USB only · {0} waiting")
        elif self.kind == ONLINE:
            line = QCoreApplication.translate("CountyUploader", "County: online · {0} waiting")
        elif self.kind == OFFLINE:
            line = QCoreApplication.translate("CountyUploader", "County: offline · {0} waiting")
        else:
            line = QCoreApplication.translate("CountyUploader",
                                              "County: not accepted · {0} waiting")
        return line.format(self.waiting)

    def tooltip(self) -> str:
        lines = [self.message] if self.message else []
        if self.next_try is not None:
            lines.append(QCoreApplication.translate("CountyUploader", "Next try at {0}.").format(
                self.next_try.strftime("%H:%M")))
        return "\n".join(lines)


def backoff_ms(failures: int, first_ms: int = FIRST_BACKOFF_MS,
               cap_ms: int = MAX_BACKOFF_MS) -> int:
    """1, 2, 4 ... times `first_ms` after 1, 2, 3 ... offline answers in a row, at most `cap_ms`."""
    if failures <= 0:
        return first_ms
    return int(min(first_ms * 2 ** min(failures - 1, 30), cap_ms))


def _probe(url: str) -> bool:
    return health(url, timeout=PROBE_TIMEOUT_S)


class _Probe(QRunnable):
    def __init__(self, probe: Callable[[str], bool], url: str,
                 done: Callable[[bool], None]) -> None:
        super().__init__()
        self._probe = probe
        self._url = url
        self._done = done

    def run(self) -> None:
        try:
            answer = bool(self._probe(self._url))
        except Exception:  # a probe never takes the uploader down
            log.exception("county health check failed")
            answer = False
        with contextlib.suppress(RuntimeError):  # the uploader went away with its window
            self._done(answer)


class CountyUploader(QObject):
    """`state_changed(CountyState)` after every attempt; `stop()` when the window closes."""

    state_changed = Signal(object)
    _probed = Signal(bool, int)

    def __init__(self, sync: Uploads, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS, first_backoff_ms: int = FIRST_BACKOFF_MS,
                 max_backoff_ms: int = MAX_BACKOFF_MS,
                 probe: Callable[[str], bool] = _probe,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._sync = sync
        self.interval_ms = interval_ms
        self.first_backoff_ms = first_backoff_ms
        self.max_backoff_ms = max_backoff_ms
        self._probe = probe
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.try_now())
        self._probed.connect(self._after_probe)
        self.failures = 0
        self.busy = False
        self.attempts = 0
        self.last_delay_ms: int | None = None
        self.state: CountyState | None = None
        self._manual = False
        self._again: bool | None = None  # a kick that came while busy; True if manual
        self._status: SyncStatus | None = None
        self._generation = 0
        self._stopped = False

    # -- the outside ------------------------------------------------------------------

    def start(self) -> None:
        self._stopped = False
        self.try_now()

    def stop(self) -> None:
        """No further attempts; what is in flight finishes and is ignored."""
        self._stopped = True
        self._generation += 1
        self._timer.stop()
        self.busy = False
        self._again = None

    def try_now(self, manual: bool = False) -> None:
        """Try at once (after an export, a new address, or "Upload now")."""
        if self._stopped:
            return
        if self.busy:
            self._again = manual or bool(self._again)
            return
        self._timer.stop()
        self.busy = True
        self.attempts += 1
        self._manual = manual
        generation = self._generation
        Operation(None, lambda _p: self._sync.status()).success(
            lambda status: self._after_status(status, generation)).failure(
            lambda exc: self._after_error(exc, generation)).run()

    def note_waiting(self, waiting: int) -> None:
        """A fresher count read elsewhere (the sync page) for the status bar."""
        if self.state is not None and self.state.waiting != waiting:
            self.state = replace(self.state, waiting=waiting, manual=False, sent=False)
            self.state_changed.emit(self.state)

    def next_delay_ms(self) -> int | None:
        return self._timer.remainingTime() if self._timer.isActive() else None

    def text(self) -> str:
        return self.state.text() if self.state is not None else ""

    # -- one attempt --------------------------------------------------------------------

    def _after_status(self, status: SyncStatus, generation: int) -> None:
        if generation != self._generation:
            return
        self._status = status
        if not status.enrolled:  # looked at again now and then: the count moves
            self._finish(NOT_ENROLLED, status.waiting, self.interval_ms)
            return
        if not status.county_url:
            self._finish(NO_ADDRESS, status.waiting, self.interval_ms)
            return
        task = _Probe(self._probe, status.county_url,
                      lambda ok: self._probed.emit(ok, generation))
        QThreadPool.globalInstance().start(task)

    def _after_probe(self, ok: bool, generation: int) -> None:
        if generation != self._generation or self._status is None:
            return
        waiting = self._status.waiting
        if not ok:
            self.failures += 1
            self._finish(OFFLINE, waiting, self._backoff(), QCoreApplication.translate(
                "CountyUploader", "The county server does not answer. The changes stay waiting; "
                         "they can also go by USB stick."))
            return
        if waiting == 0:
            self.failures = 0
            self._finish(ONLINE, 0, self.interval_ms, QCoreApplication.translate(
                "CountyUploader", "Nothing waits to be sent."))
            return
        sync = self._sync

        def push(_progress: Progress) -> tuple[PushOutcome, SyncStatus]:
            return sync.push(), sync.status()

        Operation(None, push).success(
            lambda result: self._after_push(result, generation)).failure(
            lambda exc: self._after_error(exc, generation)).run()

    def _after_push(self, result: tuple[PushOutcome, SyncStatus], generation: int) -> None:
        if generation != self._generation:
            return
        outcome, status = result
        self._status = status
        self.failures = 0
        self._finish(ONLINE, status.waiting, self.interval_ms, outcome.message,
                     sent=outcome.sent)

    def _after_error(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        waiting = self._status.waiting if self._status is not None else 0
        if isinstance(exc, TransportOffline):
            self.failures += 1
            self._finish(OFFLINE, waiting, self._backoff(), str(exc))
        elif isinstance(exc, NotEnrolled):
            self._finish(NOT_ENROLLED, waiting, None, str(exc))
        elif isinstance(exc, SyncError | UserError):
            self._finish(REFUSED, waiting, self.interval_ms, str(exc))
        else:
            log.error("county upload failed", exc_info=exc)
            self._finish(REFUSED, waiting, self.interval_ms, QCoreApplication.translate(
                "CountyUploader", "The upload failed unexpectedly; the details are in the log."))

    def _backoff(self) -> int:
        return backoff_ms(self.failures, self.first_backoff_ms, self.max_backoff_ms)

    def _finish(self, kind: str, waiting: int, delay_ms: int | None, message: str = "",
                sent: bool = False) -> None:
        next_try = None
        self.last_delay_ms = delay_ms
        if delay_ms is not None and not self._stopped:
            self._timer.start(delay_ms)
            next_try = self._clock() + timedelta(milliseconds=delay_ms)
        self.state = CountyState(kind, waiting, message, self._manual, sent, next_try)
        self.busy = False
        again, self._again = self._again, None
        self.state_changed.emit(self.state)
        if again is not None and not self._stopped:
            self.try_now(manual=again)
