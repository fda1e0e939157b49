"""Choosing the union that another is merged into."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from unionstation.services.unions import UnionSummary


class UnionMergeDialog(QDialog):
    def __init__(self, source: UnionSummary, targets: list[UnionSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Merge grassroots union"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("Move every member of “{0}” into:").format(source.name), self)
        intro.setWordWrap(True)
        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("mergeTarget")
        for union in targets:
            if union.id != source.id and union.closed_on is None:
                self.target_combo.addItem(union.name, union.id)
        note = QLabel(self.tr("“{0}” is then closed; each member's history records the move.")
                      .format(source.name), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.target_combo.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.target_combo)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def target(self) -> tuple[UUID, str] | None:
        if self.target_combo.currentIndex() < 0:
            return None
        return self.target_combo.currentData(), self.target_combo.currentText()
