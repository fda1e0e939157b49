"""Generated test data: valid ID numbers that belong to nobody real."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from unionstation.domain.idnumber import check_digit


def make_id_number(region: str, born: date, seq: int) -> str:
    """An 18-character ID number with a correct check digit (seq odd: male)."""
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def damage_member_table(db_path: Path) -> None:
    """Scribble over the member table's first b-tree page, as a failing disk would."""
    connection = sqlite3.connect(db_path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
    connection.close()
    data = bytearray(db_path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size // 2] = b"\x5a" * (page_size // 2)
    db_path.write_bytes(bytes(data))
