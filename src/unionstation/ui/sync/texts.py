"""Small things the reporting page and the county window both show or read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from unionstation.sync.ack import MAX_ACK_BYTES
from unionstation.sync.errors import TooLarge
from unionstation.sync.files import read_within

# Enrolment and station key files are a few KiB; never read more than this into memory.
SMALL_FILE_BYTES = 1024 * 1024


def grouped(fingerprint: str) -> str:
    """As it is read out by phone: 3F2A-91BC-0D4E shows as 3F2A  91BC  0D4E."""
    return "  ".join(part for part in fingerprint.replace(" ", "-").split("-") if part)


def when_text(value: datetime | None, never: str) -> str:
    """A time in the laptop's zone to the minute, or `never`."""
    return never if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def read_capped(path: Path, limit: int) -> bytes:
    """The whole file, or TooLarge if it is over `limit` bytes (never more read than that).

    Reads from disk: call it on a worker, never on the GUI thread."""
    data = read_within(path, limit)
    if data is None:
        raise TooLarge(QCoreApplication.translate(
            "SyncTexts", "{0} is larger than {1} MiB: it cannot be a file of this kind, and "
            "was not read.").format(Path(path).name, max(1, limit >> 20)))
    return data


def read_small(path: Path) -> bytes:
    """An enrolment or station key file (at most SMALL_FILE_BYTES)."""
    return read_capped(path, SMALL_FILE_BYTES)


def read_ack_file(path: Path) -> bytes:
    """A receipt (ack) file: as large as an ack may legally be (MAX_ACK_BYTES)."""
    return read_capped(path, MAX_ACK_BYTES)


def read_rebase_file(path: Path) -> bytes:
    """The county's re-base file (at most sync.rebase_file.MAX_FILE_BYTES)."""
    from unionstation.sync.rebase_file import MAX_FILE_BYTES

    return read_capped(path, MAX_FILE_BYTES)
