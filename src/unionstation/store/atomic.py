"""Write a file so that it is either whole or absent, never half there (STYLE.md habit 8).

A stick pulled out mid-copy must not leave a file that looks complete: the data goes to a
hidden temporary name in the same folder, is synced, and only then renamed into place.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _open_temp(path: Path, mode: int) -> tuple[Path, int]:
    for _ in range(100):
        temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.part")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return temp, os.open(temp, flags, mode)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible on Windows or some file systems."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class PartFile:
    """A new temporary file beside `path`, open for writing, that either replaces `path`
    (`sync`, then `replace`) or is removed (`discard`).

    Made on construction, so an unwritable folder fails (OSError) before any work. `mode`
    is filtered by the umask (0o600 for private keys).
    """

    def __init__(self, path: Path, *, mode: int = 0o666) -> None:
        self.target = Path(path)
        self.temp, fd = _open_temp(self.target, mode)
        self.handle: BinaryIO = open(fd, "wb", closefd=True)  # noqa: SIM115 - closed in sync/discard

    def sync(self) -> None:
        """Flush the data to the disk and close the file."""
        with self.handle:
            self.handle.flush()
            os.fsync(self.handle.fileno())

    def replace(self) -> None:
        """Rename the synced file into place, and make the rename durable where possible."""
        os.replace(self.temp, self.target)
        _fsync_folder(self.target.parent)

    def discard(self) -> None:
        """Close and remove the temporary file; `path` is left as it was."""
        self.handle.close()
        with contextlib.suppress(OSError):
            self.temp.unlink()


@contextmanager
def atomic_writer(path: Path, *, mode: int = 0o666) -> Iterator[BinaryIO]:
    """A binary handle on a temporary file that replaces `path` when the block ends well.

    On any error (an interruption included) the temporary file is removed and the error
    re-raised; `path` is then untouched (its old content, or still absent).
    """
    part = PartFile(path, mode=mode)
    try:
        yield part.handle
        part.sync()
        part.replace()
    except BaseException:
        part.discard()
        raise


def write_atomic(path: Path, data: bytes, *, mode: int = 0o666) -> None:
    """Replace `path` with `data`, whole or not at all (see atomic_writer)."""
    with atomic_writer(path, mode=mode) as handle:
        handle.write(data)
