"""The read-only tables the pages list rows in: whole rows selected, nothing edited, no row
numbers, columns as wide as their contents and one stretched to fill the rest."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def read_only_table(parent: QWidget, model: QAbstractItemModel, object_name: str,
                    stretch_column: int, *, single: bool = False, wrap: bool = False,
                    alternating: bool = False) -> QTableView:
    """`single`: one row at a time; `wrap`: long cells wrap; `alternating`: striped rows."""
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if wrap:
        view.setWordWrap(True)
    if alternating:
        view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view
