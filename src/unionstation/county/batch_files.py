"""Batch files on disk at the county: the files a folder holds, reading one, writing the
acks beside, and counting what intake made of them (the CLI's and the window's JSON)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from unionstation.county.intake import APPLIED, DUPLICATE, PARKED, REFUSED, IntakeOutcome
from unionstation.sync.atomic import write_atomic
from unionstation.sync.batch import MAX_FILE_BYTES

__all__ = ["batch_files", "count_outcome", "read_batch_file", "write_acks"]


def batch_files(paths: Iterable[Path]) -> list[Path]:
    """The batch files named: folders give every *.usb inside, sorted."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(child for child in path.glob("*.usb") if child.is_file()))
        else:
            files.append(path)
    return files


def write_acks(outcome: IntakeOutcome, folder: Path) -> list[Path]:
    """Write the ack of an intake, and of each parked batch it let through, into `folder`."""
    written: list[Path] = []
    for each in (outcome, *outcome.released):
        if each.ack is not None and each.ack_name:
            target = folder / each.ack_name
            write_atomic(target, each.ack)
            written.append(target)
    return written


def read_batch_file(path: Path) -> bytes:
    """The file, or its first MAX_FILE_BYTES + 1 bytes (enough for intake to say too large)."""
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def count_outcome(result: dict[str, Any], outcome: IntakeOutcome, file: str) -> None:
    """Count one outcome; a refusal is listed under `file`, the batch it concerns."""
    if outcome.status == APPLIED:
        result["applied"] += 1
    elif outcome.status == DUPLICATE:
        result["duplicates"] += 1
    elif outcome.status == PARKED:
        result["parked"] += 1
    elif outcome.status == REFUSED:
        result["refused"].append({"file": file, "reason": outcome.reason})
