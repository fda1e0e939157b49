"""Column helpers shared by the models."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum


def code_enum(enum_class: type[enum.Enum], length: int = 32) -> Enum:
    """Store a domain code list by its code (value), as plain text without a CHECK.

    Code lists grow (a new priority group, say); a CHECK constraint would need a
    migration each time, and the domain validates on entry anyway.
    """

    def values(members: Any) -> list[str]:
        return [str(m.value) for m in members]

    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=values,
        validate_strings=True,
    )
