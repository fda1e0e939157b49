"""GUI fixtures: a window over a data folder, with dialogs answered by a script."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.factories import TEST_ADMIN, TEST_PASSWORD
from unionstation.paths import StationHome
from unionstation.ui.controller import AppController
from unionstation.ui.dialogs import DialogService
from unionstation.ui.i18n import install_translations
from unionstation.ui.launch import build_window
from unionstation.ui.main_window import MainWindow
from unionstation.ui.operations import wait_for_workers


class ScriptedDialogs(DialogService):
    """Records every question and answers from `answers` instead of blocking."""

    def __init__(self) -> None:
        super().__init__(None)
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = False
        self.file_answer: Path | None = None
        self.text_answer: str | None = None

    def inform(self, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))

    def warn(self, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answer

    def open_file(self, title: str, name_filter: str, directory: str = "") -> Path | None:
        self.shown.append(("open_file", title, name_filter))
        return self.file_answer

    def save_file(self, title: str, name_filter: str, suggested: str = "") -> Path | None:
        self.shown.append(("save_file", title, name_filter))
        return self.file_answer

    def open_files(self, title: str, name_filter: str, directory: str = "") -> list[Path]:
        self.shown.append(("open_files", title, name_filter))
        return [] if self.file_answer is None else [self.file_answer]

    def choose_folder(self, title: str, directory: str = "") -> Path | None:
        self.shown.append(("choose_folder", title, ""))
        return self.file_answer

    def ask_text(self, title: str, label: str) -> str | None:
        self.shown.append(("ask_text", title, label))
        return self.text_answer


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    install_translations(qapp, "zh")  # type: ignore[arg-type]
    yield
    install_translations(qapp, "en")  # type: ignore[arg-type]


OpenWindow = Callable[..., tuple[MainWindow, AppController]]
ADMIN_LOGIN = (TEST_ADMIN, TEST_PASSWORD)


@pytest.fixture
def open_window(qtbot: QtBot, dialogs: ScriptedDialogs) -> Iterator[OpenWindow]:
    """Opens the window on `home`, logged in as `credentials` (the test station's admin
    by default; None leaves the login dialog up)."""
    opened: list[AppController] = []

    def _open(home: StationHome, credentials: tuple[str, str] | None = ADMIN_LOGIN,
              ) -> tuple[MainWindow, AppController]:
        window, controller = build_window(home, dialogs, credentials=credentials)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(controller.ready, timeout=20_000):
            controller.start()
        opened.append(controller)
        return window, controller

    yield _open
    wait_for_workers()
    for controller in opened:
        controller.shutdown()


def type_text(qtbot: QtBot, widget: object, text: str) -> None:
    """Type as an officer does: ASCII by keys, Chinese committed by the input method."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
