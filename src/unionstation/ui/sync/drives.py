"""Removable drives to offer first in "Export to…": USB sticks an officer just plugged in.

Qt cannot tell a USB stick from a second hard disk, so the rule is where it is mounted:
under /media, /run/media or /mnt on Linux, or any Windows drive but the system one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/")


class Volume(Protocol):
    """What QStorageInfo tells about a mounted volume (and what tests fake)."""

    def rootPath(self) -> str: ...  # noqa: N802
    def displayName(self) -> str: ...  # noqa: N802
    def isReady(self) -> bool: ...  # noqa: N802
    def isValid(self) -> bool: ...  # noqa: N802
    def isReadOnly(self) -> bool: ...  # noqa: N802
    def bytesAvailable(self) -> int: ...  # noqa: N802


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free_bytes: int


def _system_drive() -> str:
    return os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()


def is_removable(root: str, windows: bool = sys.platform == "win32",
                 system_drive: str | None = None) -> bool:
    if windows:
        drive = root.replace("\\", "/").rstrip("/").upper()
        return (len(drive) == 2 and drive[1] == ":"
                and drive != (system_drive or _system_drive()))
    return any(root.startswith(prefix) for prefix in REMOVABLE_ROOTS)


def removable_drives(volumes: Iterable[Volume] | None = None, *,
                     windows: bool = sys.platform == "win32",
                     system_drive: str | None = None) -> list[Drive]:
    """Writable, mounted removable drives, by name; `volumes` defaults to the system's."""
    if volumes is None:
        from PySide6.QtCore import QStorageInfo

        volumes = QStorageInfo.mountedVolumes()
    found = []
    for volume in volumes:
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if not is_removable(root, windows, system_drive):
            continue
        name = volume.displayName() or Path(root).name or root
        found.append(Drive(Path(root), name, max(volume.bytesAvailable(), 0)))
    return sorted(found, key=lambda drive: (drive.name.casefold(), str(drive.root)))


def size_text(count: int) -> str:
    """Free space as officers read it: "3.2 GB", "512 MB"."""
    value = float(count)
    unit = "B"
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            break
        value /= 1024
    return f"{value:.0f} {unit}" if value >= 100 or unit in ("B", "KB") else f"{value:.1f} {unit}"
