"""One running instance per data folder."""

from __future__ import annotations

from filelock import FileLock, Timeout

from unionstation.paths import StationHome


class AlreadyRunning(RuntimeError):
    def __init__(self, home: StationHome) -> None:
        super().__init__(f"UnionStation 已在使用数据文件夹 {home.root},请切换到已打开的窗口。")


class InstanceLock:
    """An OS file lock on `unionstation.lock`; released by the OS if the process dies."""

    def __init__(self, home: StationHome) -> None:
        home.root.mkdir(parents=True, exist_ok=True)
        self._home = home
        self._lock = FileLock(str(home.lock_path), timeout=0, thread_local=False)

    def acquire(self) -> InstanceLock:
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise AlreadyRunning(self._home) from exc
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()
