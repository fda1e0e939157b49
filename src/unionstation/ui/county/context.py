"""What a county page is built with: the open County, the dialogs, and one way to run work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from unionstation.county.service import County
from unionstation.ui.dialogs import DialogService, report_error
from unionstation.ui.operations import Operation, Progress

T = TypeVar("T")


def report(dialogs: DialogService, exc: BaseException, log_file: Path) -> None:
    """Officer-actionable errors as they are; bugs as an apology and the log's place."""
    report_error(dialogs, QCoreApplication.translate("CountyContext", "UnionStation county"),
                 exc, log_file)


@dataclass
class CountyContext:
    county: County
    dialogs: DialogService
    log_file: Path

    def report(self, exc: BaseException) -> None:
        report(self.dialogs, exc, self.log_file)

    def run(self, parent: QWidget, work: Callable[[Progress], T], done: Callable[[T], None],
            *, label: str | None = None, cancellable: bool = False,
            failed: Callable[[BaseException], None] | None = None) -> Operation[T]:
        """The work on the worker; `done` with its result, errors reported (or `failed`)."""
        return Operation(parent, work, label=label, cancellable=cancellable).success(
            done).failure(failed or self.report).run()
