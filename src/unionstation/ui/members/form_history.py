"""A member's history on the form: every enrollment, edit, status change and transfer."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from unionstation.services.history import HistoryLine


class HistoryList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberHistory")
        self.setRootIsDecorated(False)
        self.setHeaderLabels([self.tr("When"), self.tr("What happened"), self.tr("Officer")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setColumnWidth(0, 130)
        self.setColumnWidth(1, 440)
        self.setMinimumHeight(140)

    def set_lines(self, lines: list[HistoryLine]) -> None:
        self.clear()
        for line in lines:
            when = line.happened_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([when, line.summary, line.officer])
            item.setToolTip(1, line.summary)
            self.addTopLevelItem(item)

    def summaries(self) -> list[str]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item.text(1) for item in items if item is not None]
