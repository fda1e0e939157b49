"""What a county page is built with: the open County, the dialogs, and one way to run work."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from unionstation.county.service import County
from unionstation.services.errors import UserError
from unionstation.store.migrate import DatabaseFromNewerVersion
from unionstation.sync.errors import SyncError
from unionstation.ui.dialogs import DialogService
from unionstation.ui.operations import Operation, Progress

T = TypeVar("T")
log = logging.getLogger(__name__)


def report(dialogs: DialogService, exc: BaseException, log_file: Path) -> None:
    """Officer-actionable errors as they are; bugs as an apology and the log's place."""
    title = QCoreApplication.translate("CountyContext", "UnionStation county")
    if isinstance(exc, UserError | SyncError | DatabaseFromNewerVersion):
        dialogs.warn(title, str(exc))
        return
    if isinstance(exc, OSError):
        dialogs.warn(title, QCoreApplication.translate(
            "CountyContext", "The file could not be read or written: {0}").format(
            exc.strerror or exc))
        return
    log.error("county window: unexpected error", exc_info=exc)
    dialogs.warn(title, QCoreApplication.translate(
        "CountyContext", "Sorry, something went wrong that should not have. Nothing was "
                         "lost; the details are in {0}.").format(log_file))


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
