"""Every message box and file dialog goes through here, so tests can answer them.

The Qt dialog classes are imported on first use: the window paints without them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` with `suffix` (lower case, such as ".key") added when the officer left it off;
    the suffix typed in any case counts."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class DialogService:
    """Modal questions to the officer. Tests pass a subclass that answers from a script."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def inform(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.parent, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, title: str, name_filter: str, directory: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, directory, name_filter)
        return Path(path) if path else None

    def save_file(self, title: str, name_filter: str, suggested: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, name_filter)
        return Path(path) if path else None

    def open_files(self, title: str, name_filter: str, directory: str = "") -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, directory, name_filter)
        return [Path(path) for path in paths]

    def choose_folder(self, title: str, directory: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(self.parent, title, directory)
        return Path(path) if path else None

    def ask_text(self, title: str, label: str) -> str | None:
        """One line of text from the officer, or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self.parent, title, label)
        return text if ok else None


def report_error(dialogs: DialogService, title: str, exc: BaseException, log_file: Path) -> None:
    """What every window does with a failure: errors written for officers (the services'
    and sync's, a database from a newer version, a backup that cannot be used) as they
    are; a file that cannot be read or written with the system's reason; anything else
    is a bug, logged whole, with an apology saying where the log is."""
    from PySide6.QtCore import QCoreApplication

    from unionstation.services.errors import UserError
    from unionstation.services.recovery import BackupError, DatabaseFromNewerVersion

    if isinstance(exc, UserError | DatabaseFromNewerVersion | BackupError):
        dialogs.warn(title, str(exc))
        return
    if isinstance(exc, OSError):
        dialogs.warn(title, QCoreApplication.translate(
            "Errors", "The file could not be read or written: {0}").format(exc.strerror or exc))
        return
    log.error("unexpected error", exc_info=exc)
    dialogs.warn(title, QCoreApplication.translate(
        "Errors", "Sorry, something went wrong that should not have. Nothing was lost; the "
                  "details are in {0}.").format(log_file))
