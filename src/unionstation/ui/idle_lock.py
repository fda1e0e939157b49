"""The idle lock: no key or mouse for a while (a setting, 15 minutes by default), and the
window hides its pages behind the login dialog. Nothing is closed, so a half-filled form
is there again after the officer logs back in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

IDLE_KEY = "security.idle_minutes"
DEFAULT_IDLE_MINUTES = 15

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without input; `start` arms it again."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(timeout_ms, 1000))
        self._timer.timeout.connect(self.idle)
        self._watching = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(timeout_ms, 1000))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def pause(self) -> None:
        """While the lock dialog is up: input there must not count."""
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
