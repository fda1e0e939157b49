"""Which mounted volumes "Export to…" offers as USB sticks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from unionstation.ui.sync.drives import removable_drives, size_text


@dataclass
class FakeVolume:
    root: str
    name: str = ""
    ready: bool = True
    valid: bool = True
    read_only: bool = False
    free: int = 8 * 1024 ** 3

    def rootPath(self) -> str:  # noqa: N802
        return self.root

    def displayName(self) -> str:  # noqa: N802
        return self.name

    def isReady(self) -> bool:  # noqa: N802
        return self.ready

    def isValid(self) -> bool:  # noqa: N802
        return self.valid

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.read_only

    def bytesAvailable(self) -> int:  # noqa: N802
        return self.free


def test_linux_sticks_are_under_media_and_mnt() -> None:
    volumes = [
        FakeVolume("/", "root"),
        FakeVolume("/home", "home"),
        FakeVolume("/media/wang/KINGSTON", "KINGSTON", free=3 * 1024 ** 3),
        FakeVolume("/run/media/wang/SANDISK", "SANDISK"),
        FakeVolume("/mnt/usb"),
        FakeVolume("/media/wang/CDROM", "CDROM", read_only=True),
        FakeVolume("/media/wang/GONE", "GONE", ready=False),
    ]
    drives = removable_drives(volumes, windows=False)
    assert [d.name for d in drives] == ["KINGSTON", "SANDISK", "usb"]
    assert drives[0].root == Path("/media/wang/KINGSTON")
    assert size_text(drives[0].free_bytes) == "3.0 GB"


def test_windows_offers_every_drive_but_the_system_one() -> None:
    volumes = [FakeVolume("C:/", "系统"), FakeVolume("E:/", "U盘"), FakeVolume("D:\\", "数据")]
    drives = removable_drives(volumes, windows=True, system_drive="C:")
    assert [d.name for d in drives] == ["U盘", "数据"]
    assert {str(d.root).rstrip("/\\") for d in drives} == {"E:", "D:"}


def test_sizes_read_as_officers_read_them() -> None:
    assert size_text(512) == "512 B"
    assert size_text(1536 * 1024) == "1.5 MB"
    assert size_text(200 * 1024 ** 2) == "200 MB"
    assert size_text(2 * 1024 ** 4) == "2.0 TB"
