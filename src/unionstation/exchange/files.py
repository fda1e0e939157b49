"""Files the exchange writes: to a temporary name beside the target, renamed into place.

A cancelled or failed export leaves no file behind, and never half of one where the
officer's old ledger was (STYLE.md habit 8).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from unionstation.services.errors import UserError
from unionstation.store.atomic import PartFile


class FileNotWritable(UserError):
    """The target cannot be written: a missing folder, no permission, a full disk, or (on
    Windows) the old file still open in Excel."""

    def __init__(self, path: Path, reason: OSError) -> None:
        hint = ""
        if isinstance(reason, PermissionError):
            hint = "如果该文件正在 Excel 或 WPS 中打开,请先关闭它;否则请换一个文件夹。"
        elif isinstance(reason, FileNotFoundError):
            hint = "文件夹不存在,请换一个位置。"
        elif isinstance(reason, IsADirectoryError):
            hint = "这是一个文件夹,请填写文件名。"
        detail = reason.strerror or str(reason)
        super().__init__(f"无法写入文件 {path}:{detail}。{hint}".rstrip())
        self.path = path


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary handle on a temporary file that becomes `path` when the block ends well.

    The temporary file is created first, so an unwritable target fails before any work.
    Anything raised inside the block (a cancel included) removes it.
    """
    path = Path(path)
    try:
        part = PartFile(path)
    except OSError as exc:
        raise FileNotWritable(path, exc) from exc
    try:
        yield part.handle
        part.sync()
        try:
            part.replace()
        except OSError as exc:
            raise FileNotWritable(path, exc) from exc
    except BaseException:
        part.discard()
        raise
