"""Run a service call off the GUI thread, with progress and cancel (STYLE.md habit 2).

    Operation(parent, lambda progress: service.work(progress=progress.report),
              label=tr("Importing…"), cancellable=True).success(show).run()

All database work goes through one worker thread, which suits SQLite's single writer;
callbacks run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

T = TypeVar("T")
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the work when the officer pressed cancel."""


class Progress:
    """Handed to the work: report progress, and ask whether to stop. Thread-safe."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


_db_pool: QThreadPool | None = None


def worker_pool() -> QThreadPool:
    """The single worker thread that all operations share."""
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
    return _db_pool


_running: set[Operation[Any]] = set()


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class Operation(QObject, Generic[T]):
    """One piece of long work; chain `.success()`, `.failure()`, then `.run()`."""

    _progressed = Signal(int, int, str)
    _finished = Signal(object)
    _failed = Signal(object)

    def __init__(
        self, parent: QWidget | None, work: Callable[[Progress], T], *,
        label: str | None = None, cancellable: bool = False,
    ) -> None:
        super().__init__(None)
        self._parent = parent
        self._work = work
        self._label = label
        self._cancellable = cancellable
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._dialog: QProgressDialog | None = None
        self.progress = Progress(self._progressed.emit)
        self._progressed.connect(self._show_progress)
        self._finished.connect(self._done)
        self._failed.connect(self._error)

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> Operation[T]:
        self._on_cancel = callback
        return self

    def run(self) -> Operation[T]:
        if self._label is not None:
            from PySide6.QtWidgets import QProgressDialog

            dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if self._cancellable:
                dialog.setCancelButtonText(self.tr("Cancel"))
                dialog.canceled.connect(self.progress.cancel)
            else:
                dialog.setCancelButton(None)
            self._dialog = dialog
        _running.add(self)
        worker_pool().start(_Task(self._execute))
        return self

    def _execute(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            self._failed.emit(exc)
        else:
            self._finished.emit(result)

    @Slot(int, int, str)
    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self._dialog.setLabelText(text)

    def _close(self) -> None:
        if self._dialog is not None and not shiboken6.isValid(self._dialog):
            self._dialog = None  # went with the window that owned it
        if self._dialog is not None:
            # QProgressDialog.close() emits `canceled`; the work is over, not cancelled.
            if self._cancellable:
                self._dialog.canceled.disconnect(self.progress.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)

    def _parent_gone(self) -> bool:
        """The page that asked was closed while the work ran: nobody to tell."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    @Slot(object)
    def _done(self, result: T) -> None:
        self._close()
        if self._parent_gone():
            return
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _error(self, exc: BaseException) -> None:
        self._close()
        if self._parent_gone():
            if not isinstance(exc, Cancelled):
                log.warning("work finished after its window closed: %s", type(exc).__name__)
            return
        if isinstance(exc, Cancelled):
            if self._on_cancel is not None:
                self._on_cancel()
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            log.error("operation failed", exc_info=exc)


def wait_for_workers(timeout_ms: int = 30_000) -> bool:
    """Let running work finish (on quit, and in tests)."""
    return worker_pool().waitForDone(timeout_ms)
