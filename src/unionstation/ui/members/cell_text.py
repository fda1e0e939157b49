"""How one member value reads on screen: code lists by label, 是/否, ISO dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from unionstation.domain.codes import LabeledEnum

CONTEXT = "MemberValue"
_YES = QT_TRANSLATE_NOOP("MemberValue", "Yes")
_NO = QT_TRANSLATE_NOOP("MemberValue", "No")


def value_text(value: object, empty: str = "") -> str:
    if value is None or value == "":
        return empty
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, bool):
        return QCoreApplication.translate(CONTEXT, str(_YES if value else _NO))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
