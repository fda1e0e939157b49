"""Security: how many idle minutes lock the window (applied at once to the open window)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QPushButton, QSpinBox, QWidget

from unionstation.services.idle_lock import (
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    idle_minutes,
    set_idle_minutes,
)
from unionstation.ui.page_context import PageContext
from unionstation.ui.settings.common import SettingsBox, button_row, muted


class SecurityBox(SettingsBox):
    idle_minutes_changed = Signal(int)  # the window's idle lock follows it at once

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Security"), context, parent)
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("idleMinutes")
        self.idle_spin.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setMaximumWidth(140)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveSecurity")
        self.save_button.clicked.connect(self.save)
        self.editors = [self.idle_spin, self.save_button]
        form = QFormLayout(self)
        form.addRow(self.tr("Lock the window after idle"), self.idle_spin)
        form.addRow("", muted(self.tr(
            "With no key or mouse for this long, the window hides behind the login; "
            "unsaved input is kept."), self))
        form.addRow("", button_row(self.save_button))
        form.addRow(self.message)

    def refresh(self) -> None:
        self.idle_spin.setValue(idle_minutes(self.context.services))
        self.lock_editors()

    def save(self) -> None:
        minutes = self.idle_spin.value()
        if self.attempt(lambda: set_idle_minutes(self.context.services, minutes),
                        self.tr("Saved: the window locks after {0} idle minutes.").format(
                            minutes)):
            self.idle_minutes_changed.emit(minutes)
