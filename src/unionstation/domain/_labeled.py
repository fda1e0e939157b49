"""Base class for code lists whose stored value is a code and whose display is Chinese.

Spreadsheets from the field carry labels ("汉族"), short forms ("汉"), codes ("01") or codes
that Excel turned into numbers ("1"); `from_label` accepts all of them so importers need no
per-list special cases.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self, cast

from unionstation.domain.text import strip_all_spaces

__all__ = ["LabeledEnum"]


def _key(text: str) -> str:
    return strip_all_spaces(text).casefold()


_TABLES: dict[type, dict[str, Any]] = {}


class LabeledEnum(StrEnum):
    """A StrEnum whose members are declared as ``NAME = code, label, *aliases``."""

    _value_: str
    _label: str
    _aliases: tuple[str, ...]

    def __new__(cls, value: str, label: str = "", *aliases: str) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label
        member._aliases = aliases
        return member

    @property
    def label(self) -> str:
        """The Chinese term shown to officers and printed on forms."""
        return self._label

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(code, label) pairs in declaration order, for combo boxes and import templates."""
        return [(member.value, member.label) for member in cls]

    @classmethod
    def _lookup(cls) -> dict[str, Self]:
        # Cached outside the class: an enum class body cannot hold extra attributes, and
        # importers call from_label once per cell.
        cached = _TABLES.get(cls)
        if cached is not None:
            return cast("dict[str, Self]", cached)
        table: dict[str, Self] = {}
        for member in cls:
            for alias in member._aliases:
                table.setdefault(_key(alias), member)
        for member in cls:
            table[_key(member.name)] = member
            table[_key(member.value)] = member
            table[_key(member.label)] = member
        _TABLES[cls] = table
        return table

    @classmethod
    def from_label(cls, text: str) -> Self | None:
        """Find the member for a label, code, short form or English member name."""
        key = _key(text)
        if not key:
            return None
        table = cls._lookup()
        found = table.get(key)
        if found is None and key.isdigit():
            # Excel stores "01" as the number 1; pad back to the code width.
            width = max(len(member.value) for member in cls)
            found = table.get(key.zfill(width))
        return found
