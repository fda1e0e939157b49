"""Atomic writes: whole or absent, never a half file and never a leftover .part."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from unionstation.sync.atomic import write_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "US1_X_1.usb"
    write_atomic(target, b"first")
    write_atomic(target, b"second" * 100_000)
    assert target.read_bytes() == b"second" * 100_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["US1_X_1.usb"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_error_leaves_no_part_file_and_the_old_target(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    target = tmp_path / "batch.usb"
    target.write_bytes(b"old whole file")

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new file that never lands")
    assert target.read_bytes() == b"old whole file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch.usb"]


def test_error_while_writing_leaves_no_target(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "batch.usb"
    seen: list[str] = []
    real_replace = os.replace

    def watch(src: str, dst: str) -> None:
        seen.append(Path(src).name)
        raise KeyboardInterrupt  # even an interruption cleans up

    monkeypatch.setattr(os, "replace", watch)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"data")
    monkeypatch.setattr(os, "replace", real_replace)
    assert seen and seen[0].startswith(".batch.usb.") and seen[0].endswith(".part")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_atomic(tmp_path / "no" / "such" / "f", b"x")
