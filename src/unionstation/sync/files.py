"""Reading the sync files an officer picks (enrolment, station key and receipt files)."""

from __future__ import annotations

from pathlib import Path


def read_within(path: Path, limit: int) -> bytes | None:
    """The whole file, or None when it is over `limit` bytes: never more than one byte past
    `limit` is read, so a huge file picked by mistake does not fill memory.

    Reads from disk (OSError as it comes): keep it off a window's GUI thread."""
    with Path(path).open("rb") as handle:
        data = handle.read(limit + 1)
    return None if len(data) > limit else data
