"""The few looks the window repeats: error red, muted grey, page titles, the title-and-back
header."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

ERROR_STYLE = "color: #b00020;"
INVALID_STYLE = "border: 1px solid #b00020;"
MUTED_STYLE = "color: #555;"
TITLE_STYLE = "font-size: 20px; font-weight: bold;"


def error_label(parent: QWidget, object_name: str = "") -> QLabel:
    """A red, wrapping line for what is wrong with the input."""
    label = QLabel(parent)
    if object_name:
        label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def title_label(parent: QWidget, text: str) -> QLabel:
    """A page's title."""
    label = QLabel(text, parent)
    label.setStyleSheet(TITLE_STYLE)
    return label


def page_header(parent: QWidget, title: str, back_text: str) -> tuple[QHBoxLayout, QPushButton]:
    """A sub-page's title on the left and its back button on the right."""
    heading = title_label(parent, title)
    back = QPushButton(back_text, parent)
    header = QHBoxLayout()
    header.addWidget(heading)
    header.addStretch(1)
    header.addWidget(back)
    return header, back
