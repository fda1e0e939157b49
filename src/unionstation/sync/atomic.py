"""Write a file so that it is either whole or absent, never half there (STYLE.md habit 8).

A stick pulled out mid-copy must not leave a batch that looks complete: the data goes to a
hidden temporary name in the same folder, is synced, and only then renamed into place.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def _open_temp(path: Path, mode: int) -> tuple[Path, int]:
    for _ in range(100):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
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


def write_atomic(path: Path, data: bytes, *, mode: int = 0o666) -> None:
    """Replace `path` with `data`. `mode` is filtered by the umask (0o600 for private keys).

    On any error the temporary file is removed and the error re-raised; `path` is then
    untouched (its old content, or still absent).
    """
    path = Path(path)
    temp, fd = _open_temp(path, mode)
    try:
        with open(fd, "wb", closefd=True) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(path.parent)
