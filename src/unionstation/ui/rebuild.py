"""A lost laptop's station rebuilt in the first-run dialog from the county's re-base file
(sync.rebuild, as `sync rebase FILE --admin LOGIN` on an empty folder)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from unionstation.paths import StationHome
from unionstation.ui.dialogs import DialogService
from unionstation.ui.operations import Progress
from unionstation.ui.station_open import Opened, read_station

if TYPE_CHECKING:
    from unionstation.services.login import LoggedIn
    from unionstation.ui.first_run import FirstRunDialog, StationForm


def choose_rebuild(dialogs: DialogService, dialog: FirstRunDialog) -> None:
    """The re-base file through the dialog service, then the code read out by phone."""
    title = QCoreApplication.translate("Rebuild", "Rebuild from the county")
    path = dialogs.open_file(title, QCoreApplication.translate(
        "Rebuild", "Re-base files (*.rebase);;All files (*)"))
    if path is None:
        return
    code = dialogs.ask_text(title, QCoreApplication.translate(
        "Rebuild", "The one-time code the county read out by phone:"))
    if code:
        dialog.set_rebuild(path, code.strip())


def rebuild_work(home: StationHome, rebuild: tuple[Path, str], form: StationForm,
                 ) -> Callable[[Progress], tuple[LoggedIn, Opened, str]]:
    """The worker's job: the station rebuilt, then opened as its first administrator;
    returns with it the recovery code (shown as a new station's is)."""
    path, code = rebuild

    def work(_progress: Progress) -> tuple[LoggedIn, Opened, str]:
        from unionstation.services.login import log_in
        from unionstation.sync.rebuild import rebuild_station
        from unionstation.ui.sync.texts import read_rebase_file

        made = rebuild_station(home, read_rebase_file(path), code, form.officer,
                               form.password)
        logged = log_in(home, form.officer, form.password)
        try:
            return logged, read_station(logged), made.recovery_code
        except BaseException:
            logged.close()
            raise

    return work
