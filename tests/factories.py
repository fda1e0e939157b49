"""Generated test data: valid ID numbers that belong to nobody real."""

from __future__ import annotations

from datetime import date

from unionstation.domain.idnumber import check_digit


def make_id_number(region: str, born: date, seq: int) -> str:
    """An 18-character ID number with a correct check digit (seq odd: male)."""
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)
