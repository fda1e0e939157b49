from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from unionstation.ui.operations import Cancelled, Operation, Progress


def test_work_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot, qapp: QApplication) -> None:
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["work_thread"] = threading.current_thread()
        progress.report(1, 2, "half")
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_on_gui"] = QThread.currentThread() is qapp.thread()

    Operation(None, work, label="working").success(done).run()
    qtbot.waitUntil(lambda: "value" in seen, timeout=10_000)
    assert seen["value"] == 42
    assert seen["callback_on_gui"] is True
    assert seen["work_thread"] is not threading.main_thread()


def test_failure_reaches_the_failure_callback(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise ValueError("bad row 7")

    Operation(None, work).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], ValueError) and "row 7" in str(errors[0])


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def work(progress: Progress) -> None:
        started.set()
        for _ in range(1000):
            progress.check()
            threading.Event().wait(0.01)
        outcome.append("finished")

    operation = Operation(None, work, label="long", cancellable=True)
    operation.cancelled(lambda: outcome.append("cancelled")).run()
    assert started.wait(10)
    operation.progress.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert outcome == ["cancelled"]
    assert isinstance(Cancelled(), Exception)


def test_finishing_is_not_cancelling(qtbot: QtBot) -> None:
    results: list[object] = []
    operation = Operation(None, lambda _p: 7, label="short", cancellable=True)
    operation.success(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [7]
    assert not operation.progress.cancelled


def test_an_answer_for_a_closed_page_is_dropped(qtbot: QtBot) -> None:
    """A page closed while its work ran is not touched when the work answers."""
    from PySide6.QtWidgets import QLabel, QWidget

    page = QWidget()
    label = QLabel(page)
    release = threading.Event()

    def work(_progress: Progress) -> str:
        release.wait(10)
        return "12"

    operation = Operation(page, work, label="loading")
    calls: list[str] = []

    def show(value: str) -> None:
        calls.append(value)
        label.setText(value)  # raises RuntimeError if the label went with the page

    operation.success(show).run()
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: operation not in _running(), timeout=10_000)
    assert calls == []


def _alive(widget: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def _running() -> set[object]:
    from unionstation.ui import operations

    return set(operations._running)
