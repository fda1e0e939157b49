"""One running instance per data folder.

An OS lock (flock, or msvcrt.locking on Windows) on `unionstation.lock`: the OS drops it
when the process dies, so a crash never leaves the folder locked. Written out rather than
taken from `filelock`, whose import alone costs ~25 ms of the window's start-up budget.
"""

from __future__ import annotations

import os
import sys
from typing import IO

from unionstation.paths import StationHome


class AlreadyRunning(RuntimeError):
    def __init__(self, home: StationHome) -> None:
        super().__init__(f"UnionStation 已在使用数据文件夹 {home.root},请切换到已打开的窗口。")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class InstanceLock:
    def __init__(self, home: StationHome) -> None:
        self._home = home
        self._handle: IO[bytes] | None = None

    def acquire(self) -> InstanceLock:
        self._home.root.mkdir(parents=True, exist_ok=True)
        handle = open(self._home.lock_path, "a+b")  # noqa: SIM115  (held while locked)
        if not _try_lock(handle):
            handle.close()
            raise AlreadyRunning(self._home)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the descriptor drops the OS lock
            self._handle = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()
