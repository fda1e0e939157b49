"""Small things the reporting page and the county window both show or read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

# Enrolment, key and ack files are a few KiB; never read more than this into memory.
SMALL_FILE_BYTES = 1024 * 1024


def grouped(fingerprint: str) -> str:
    """As it is read out by phone: 3F2A-91BC-0D4E shows as 3F2A  91BC  0D4E."""
    return "  ".join(part for part in fingerprint.replace(" ", "-").split("-") if part)


def when_text(value: datetime | None, never: str) -> str:
    """A time in the laptop's zone to the minute, or `never`."""
    return never if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def read_small(path: Path) -> bytes:
    with Path(path).open("rb") as handle:
        return handle.read(SMALL_FILE_BYTES)
