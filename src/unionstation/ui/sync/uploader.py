"""Upload to the county in the background: on start, every few minutes and after each export.

One attempt is five steps, and only the short ones touch the database:

1. the counts (`status`), on the app's one database worker;
2. whether the county answers (`health`), on a thread of its own that does network work
   only;
3. the batch to send (`prepare_upload`: written to the outbox if need be), on the database
   worker;
4. the upload itself (`transport_http.put_batch`, up to 30 s per read and minutes for a big
   batch on a slow link), on a network thread too, so refreshes, exports, imports and
   printing go on meanwhile;
5. the county's ack (`finish_upload`: recorded, the outbox pruned) and fresh counts, on the
   database worker.

Never two attempts at once: a kick while one runs is remembered and tried after it. After
a failure (the county does not answer, refuses the batch, or anything else goes wrong) the
next try waits 1, 2, 4 ... minutes, at most 30, so a refused batch is not sent again every
few minutes; a success, or nothing to send, waits the usual interval. "Upload now" tries at
once whatever the wait. `stop()` (the window closing) ends the attempts; an upload then in
flight finishes on its thread and its answer is ignored (the county answers a resent batch
with the same ack). Timers, the clock, the probe and the upload are injected or patchable,
so tests run in milliseconds.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from unionstation.services.errors import UserError
from unionstation.sync import transport_http
from unionstation.sync.errors import NotEnrolled, SyncError
from unionstation.sync.transport_http import BatchRefused, TransportOffline
from unionstation.ui.operations import Operation, Progress

if TYPE_CHECKING:
    from unionstation.sync.receipts import AckOutcome
    from unionstation.sync.station_sync import SyncStatus
    from unionstation.sync.upload import PreparedUpload

log = logging.getLogger(__name__)
T = TypeVar("T")

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
    def prepare_upload(self, url: str | None = None) -> PreparedUpload | None: ...
    def finish_upload(self, ack: bytes) -> AckOutcome: ...


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
            line = QCoreApplication.translate("CountyUploader",
                                              "County: USB only · {0} not yet confirmed")
        elif self.kind == ONLINE:
            line = QCoreApplication.translate("CountyUploader",
                                              "County: online · {0} not yet confirmed")
        elif self.kind == OFFLINE:
            line = QCoreApplication.translate("CountyUploader",
                                              "County: offline · {0} not yet confirmed")
        else:
            line = QCoreApplication.translate("CountyUploader",
                                              "County: not accepted · {0} not yet confirmed")
        return line.format(self.waiting)

    def tooltip(self) -> str:
        lines = [self.message] if self.message else []
        if self.next_try is not None:
            lines.append(QCoreApplication.translate("CountyUploader", "Next try at {0}.").format(
                self.next_try.strftime("%H:%M")))
        return "\n".join(lines)


def backoff_ms(failures: int, first_ms: int = FIRST_BACKOFF_MS,
               cap_ms: int = MAX_BACKOFF_MS) -> int:
    """1, 2, 4 ... times `first_ms` after 1, 2, 3 ... failures in a row, at most `cap_ms`."""
    if failures <= 0:
        return first_ms
    return int(min(first_ms * 2 ** min(failures - 1, 30), cap_ms))


_network_threads: set[threading.Thread] = set()


def run_on_network(task: Callable[[], None]) -> None:
    """Talk to the county on a thread of its own, never the database worker's.

    A daemon thread: closing the window never waits for a slow county (the answer, if it
    still comes, is dropped; nothing of the database is touched on this thread).
    """
    def run() -> None:
        try:
            task()
        finally:
            _network_threads.discard(threading.current_thread())

    thread = threading.Thread(target=run, name="county-network", daemon=True)
    _network_threads.add(thread)
    thread.start()


def wait_for_network(timeout_ms: int = 30_000) -> bool:
    """Let a health check or upload in flight end (in tests)."""
    deadline = time.monotonic() + timeout_ms / 1000
    for thread in list(_network_threads):
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in list(_network_threads))


def _probe(url: str) -> bool:
    return transport_http.health(url, timeout=PROBE_TIMEOUT_S)


def _put(prepared: PreparedUpload) -> bytes:
    """The batch file up to the county, its ack back (read on the network thread)."""
    return transport_http.put_batch(prepared.url, prepared.station_code,
                                    prepared.path.read_bytes())


def _probe_task(probe: Callable[[str], bool], url: str,
                done: Callable[[bool], None]) -> Callable[[], None]:
    """Ask whether the county answers; `done(answer)` whatever happens."""
    def run() -> None:
        try:
            answer = bool(probe(url))
        except Exception:  # a probe never takes the uploader down
            log.exception("county health check failed")
            answer = False
        with contextlib.suppress(RuntimeError):  # the uploader went away with its window
            done(answer)

    return run


def _put_task(put: Callable[[PreparedUpload], bytes], prepared: PreparedUpload,
              done: Callable[[bytes], None],
              failed: Callable[[BaseException], None]) -> Callable[[], None]:
    """Send the batch; `done(ack)`, or `failed(exc)` with what went wrong."""
    def run() -> None:
        try:
            ack = put(prepared)
        except Exception as exc:  # handed to the GUI thread, never swallowed
            with contextlib.suppress(RuntimeError):
                failed(exc)
        else:
            with contextlib.suppress(RuntimeError):
                done(ack)

    return run


class CountyUploader(QObject):
    """`state_changed(CountyState)` after every attempt; `stop()` when the window closes."""

    state_changed = Signal(object)
    _probed = Signal(bool, int)
    _put_done = Signal(object, int)
    _put_failed = Signal(object, int)

    def __init__(self, sync: Uploads, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS, first_backoff_ms: int = FIRST_BACKOFF_MS,
                 max_backoff_ms: int = MAX_BACKOFF_MS,
                 probe: Callable[[str], bool] = _probe,
                 put: Callable[[PreparedUpload], bytes] = _put,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._sync = sync
        self.interval_ms = interval_ms
        self.first_backoff_ms = first_backoff_ms
        self.max_backoff_ms = max_backoff_ms
        self._probe = probe
        self._put = put
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.try_now())
        self._probed.connect(self._after_probe)
        self._put_done.connect(self._after_put)
        self._put_failed.connect(self._after_error)
        self.failures = 0
        self.busy = False
        self.uploading = False  # a batch is on its way up (the network step)
        self.attempts = 0
        self.last_delay_ms: int | None = None
        self.state: CountyState | None = None
        self._manual = False
        self._again: bool | None = None  # a kick that came while busy; True if manual
        self._status: SyncStatus | None = None
        self._generation = 0
        self._stopped = False
        self.automatic = True  # off (Settings): only "Upload now" and exports try

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
        self.uploading = False
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
        self._on_worker(lambda _p: self._sync.status(),
                        lambda status: self._after_status(status, generation), generation)

    def note_waiting(self, waiting: int) -> None:
        """A fresher count read elsewhere (the sync page) for the status bar."""
        if self.state is not None and self.state.waiting != waiting:
            self.state = replace(self.state, waiting=waiting, manual=False, sent=False)
            self.state_changed.emit(self.state)

    def next_delay_ms(self) -> int | None:
        return self._timer.remainingTime() if self._timer.isActive() else None

    # -- one attempt --------------------------------------------------------------------

    def _on_worker(self, work: Callable[[Progress], T], done: Callable[[T], None],
                   generation: int) -> None:
        """A short database step on the one worker; its failure ends the attempt."""
        Operation(None, work).success(done).failure(
            lambda exc: self._after_error(exc, generation)).run()

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
        run_on_network(_probe_task(self._probe, status.county_url,
                                   lambda ok: self._probed.emit(ok, generation)))

    def _after_probe(self, ok: bool, generation: int) -> None:
        if generation != self._generation or self._status is None:
            return
        waiting = self._status.waiting
        if not ok:
            self.failures += 1
            self._finish(OFFLINE, waiting, self._backoff(), QCoreApplication.translate(
                "CountyUploader", "The county server does not answer. The changes stay on this "
                         "computer; they can also go by USB stick."))
            return
        if waiting == 0:
            self._nothing_waits(0)
            return
        sync = self._sync
        url = self._status.county_url

        def prepare(_progress: Progress) -> tuple[PreparedUpload | None, SyncStatus | None]:
            prepared = sync.prepare_upload(url)
            return prepared, (sync.status() if prepared is None else None)

        self._on_worker(prepare, lambda result: self._after_prepare(result, generation),
                        generation)

    def _after_prepare(self, result: tuple[PreparedUpload | None, SyncStatus | None],
                       generation: int) -> None:
        if generation != self._generation:
            return
        prepared, status = result
        if prepared is None:
            if status is not None:
                self._status = status
            self._nothing_waits(status.waiting if status is not None else 0)
            return
        self.uploading = True
        run_on_network(_put_task(self._put, prepared,
                                 lambda ack: self._put_done.emit(ack, generation),
                                 lambda exc: self._put_failed.emit(exc, generation)))

    def _after_put(self, ack: bytes, generation: int) -> None:
        if generation != self._generation:
            return
        self.uploading = False
        sync = self._sync

        def finish(_progress: Progress) -> tuple[AckOutcome, SyncStatus]:
            return sync.finish_upload(ack), sync.status()

        self._on_worker(finish, lambda result: self._after_finish(result, generation),
                        generation)

    def _after_finish(self, result: tuple[AckOutcome, SyncStatus], generation: int) -> None:
        if generation != self._generation:
            return
        outcome, status = result
        self._status = status
        self.failures = 0
        self._finish(ONLINE, status.waiting, self.interval_ms, outcome.message, sent=True)

    def _nothing_waits(self, waiting: int) -> None:
        self.failures = 0
        self._finish(ONLINE, waiting, self.interval_ms, QCoreApplication.translate(
            "CountyUploader", "Nothing waits to be sent."))

    def _after_error(self, exc: BaseException, generation: int) -> None:
        """Any failure but "not enrolled" waits longer each time, so nothing is hammered."""
        if generation != self._generation:
            return
        self.uploading = False
        waiting = self._status.waiting if self._status is not None else 0
        if isinstance(exc, NotEnrolled):
            self._finish(NOT_ENROLLED, waiting, None, str(exc))
            return
        self.failures += 1
        if isinstance(exc, TransportOffline):
            self._finish(OFFLINE, waiting, self._backoff(), str(exc))
        elif isinstance(exc, BatchRefused):
            self._finish(REFUSED, waiting, self._backoff(), QCoreApplication.translate(
                "CountyUploader", "The county refused the batch: {0}").format(exc))
        elif isinstance(exc, SyncError | UserError):
            self._finish(REFUSED, waiting, self._backoff(), str(exc))
        else:
            log.error("county upload failed", exc_info=exc)
            self._finish(REFUSED, waiting, self._backoff(), QCoreApplication.translate(
                "CountyUploader", "The upload failed unexpectedly; the details are in the log."))

    def _backoff(self) -> int:
        return backoff_ms(self.failures, self.first_backoff_ms, self.max_backoff_ms)

    def _finish(self, kind: str, waiting: int, delay_ms: int | None, message: str = "",
                sent: bool = False) -> None:
        next_try = None
        self.last_delay_ms = delay_ms
        if delay_ms is not None and not self._stopped and self.automatic:
            self._timer.start(delay_ms)
            next_try = self._clock() + timedelta(milliseconds=delay_ms)
        self.state = CountyState(kind, waiting, message, self._manual, sent, next_try)
        self.busy = False
        again, self._again = self._again, None
        self.state_changed.emit(self.state)
        if again is not None and not self._stopped:
            self.try_now(manual=again)
