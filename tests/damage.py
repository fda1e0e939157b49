"""The six damages a station's database meets in the field, applied to a closed station
(an SQLCipher file under the test key: its pages are encrypted, so a random byte anywhere
on a page fails the page's HMAC)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from tests.factories import connect_db


def _page_size(db: Path) -> int:
    connection = connect_db(db)
    try:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])
    finally:
        connection.close()


def header_zeroed(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[:100] = bytes(100)
    db.write_bytes(bytes(data))


def random_pages(db: Path) -> None:
    """Random bytes over three pages of the member table's leaves, past the first page."""
    page = _page_size(db)
    connection = connect_db(db)
    try:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
    finally:
        connection.close()
    data = bytearray(db.read_bytes())
    pages = len(data) // page
    chooser = random.Random(13)
    targets = {root + 1 + chooser.randrange(max(1, min(40, pages - root - 1)))
               for _ in range(3)}
    for number in targets:
        start = (number - 1) * page
        data[start:start + page] = chooser.randbytes(page)
    db.write_bytes(bytes(data))


def truncated(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) * 2 // 3 + 123])


def another_file(db: Path) -> None:
    db.write_bytes(b"PK\x03\x04" + random.Random(5).randbytes(20_000))


def empty(db: Path) -> None:
    db.write_bytes(b"")


def random_wal(db: Path) -> None:
    db.with_name(db.name + "-wal").write_bytes(random.Random(7).randbytes(64_000))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "header_zeroed": header_zeroed, "random_pages": random_pages, "truncated": truncated,
    "another_file": another_file, "empty": empty, "random_wal": random_wal,
}
