"""What the Settings page's boxes share: the page context and how a change is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QWidget

from unionstation.domain.permissions import Action
from unionstation.services.errors import UserError
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import ERROR_STYLE, MUTED_STYLE


class SettingsBox(QGroupBox):
    """One group of settings; `editors` are disabled when the officer may not change them."""

    def __init__(self, title: str, context: PageContext, parent: QWidget | None = None,
                 action: Action = Action.SETTINGS_EDIT) -> None:
        super().__init__(title, parent)
        self.context = context
        self.action = action
        self.editors: list[QWidget] = []
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("settingsMessage")

    def may_edit(self) -> bool:
        return self.context.services.may(self.action)

    def lock_editors(self) -> None:
        allowed = self.may_edit()
        for widget in self.editors:
            widget.setEnabled(allowed)
            if not allowed:
                widget.setToolTip(self.tr("Your role may not change this setting."))

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else MUTED_STYLE)
        self.message.setText(text)

    def attempt(self, change: Callable[[], object], done: str) -> bool:
        """Run a service call; say `done` or the service's own message."""
        try:
            change()
        except UserError as exc:
            self.say(str(exc), error=True)
            return False
        self.say(done)
        return True

    def refresh(self) -> None:
        """Read the values again (each box overrides)."""


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons at their own size, on the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label
