"""Generated test data: valid ID numbers that belong to nobody real."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from unionstation.domain.idnumber import check_digit

# The data key and the first officer of every test station (conftest's template).
TEST_KEY = bytes(range(32))
TEST_ADMIN = "王干事"
TEST_PASSWORD = "test-pass-2026"


def connect_db(db_path: Path, key: bytes = TEST_KEY) -> Any:
    """A raw DB-API connection on an encrypted station file (sqlite3's interface)."""
    from unionstation.store.engine import cipher_connect

    return cipher_connect(str(db_path), key)


def make_id_number(region: str, born: date, seq: int) -> str:
    """An 18-character ID number with a correct check digit (seq odd: male)."""
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def damage_member_table(db_path: Path) -> None:
    """Scribble over the member table's first b-tree page, as a failing disk would."""
    connection = connect_db(db_path)
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
    connection.close()
    data = bytearray(db_path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size // 2] = b"\x5a" * (page_size // 2)
    db_path.write_bytes(bytes(data))


def open_test_station(home: Any) -> Any:
    """A new station under TEST_KEY whose keyring lets TEST_ADMIN log in (as the template)."""
    from unionstation.services.runtime import open_station
    from unionstation.store.keyring import KeyRing, keyring_path

    home.ensure()
    ring = KeyRing(keyring_path(home))
    ring.set_password(TEST_ADMIN, TEST_PASSWORD, TEST_KEY)
    ring.save()
    return open_station(home, TEST_KEY)
