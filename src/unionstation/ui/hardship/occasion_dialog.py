"""Noting a must-visit occasion (五必访): it stays on the reminders until a visit answers it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.hardship import MustVisitOccasion
from unionstation.services.errors import UserError
from unionstation.ui.style import error_label


class OccasionDialog(QDialog):
    def __init__(self, file_id: UUID, today: date,
                 save: Callable[[UUID, MustVisitOccasion, str, date], UUID],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Must-visit occasion"))
        self._file_id = file_id
        self._today = today
        self._save = save
        self.occasion_combo = QComboBox(self)
        self.occasion_combo.setObjectName("occasionKind")
        for code, label in MustVisitOccasion.choices():
            self.occasion_combo.addItem(label, code)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("occasionNote")
        self.error = error_label(self, "occasionError")
        form = QFormLayout()
        form.addRow(self.tr("Occasion"), self.occasion_combo)
        form.addRow(self.tr("Notes"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self._save(self._file_id, MustVisitOccasion(self.occasion_combo.currentData()),
                       self.note_edit.text(), self._today)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
