"""Where things live: the bundled resources and the station's data folder.

Kept free of Qt and SQLAlchemy so start-up can use it before anything heavy is imported.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "UnionStation"
HOME_ENV = "UNIONSTATION_HOME"


def resource_dir() -> Path:
    """The `resources/` folder, in the source tree or inside a PyInstaller bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def default_home() -> Path:
    """`UNIONSTATION_HOME` if set, else the platform's user data folder."""
    return _data_home(HOME_ENV, APP_NAME)


def _data_home(env_name: str, app_name: str) -> Path:
    """The folder named by the environment variable `env_name` if set, else `app_name`'s
    folder in the platform's user data folder."""
    env = os.environ.get(env_name)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path(app_name, appauthor=False)


COUNTY_HOME_ENV = "UNIONSTATION_COUNTY_HOME"
COUNTY_MARKER = "county.json"  # what makes a data folder a county's (county/home.py)


def is_county_folder(root: Path) -> bool:
    """Whether `root` is a county data folder; cheap enough for the window's start."""
    return (Path(root) / COUNTY_MARKER).is_file()


def default_county_home() -> Path:
    """`UNIONSTATION_COUNTY_HOME` if set, else a county folder in the user data folder."""
    return _data_home(COUNTY_HOME_ENV, f"{APP_NAME} County")


@dataclass(frozen=True)
class StationHome:
    """The data folder of one station: database, files by hash, backups, logs."""

    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / "unionstation.db"

    @property
    def files_dir(self) -> Path:
        return self.root / "files"

    @property
    def language_file(self) -> Path:
        """The window's language chosen on the Settings page (read before the database)."""
        return self.root / "language.txt"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def keys_dir(self) -> Path:
        """The station's private signing key (never in the database, never in backups)."""
        return self.root / "keys"

    @property
    def outbox_dir(self) -> Path:
        """Batches written for upload, kept until the county acknowledges them."""
        return self.root / "outbox"

    @property
    def demo_marker(self) -> Path:
        """Beside the demo station's database: its login screen shows demo/demo."""
        return self.root / "DEMO-演示数据.txt"

    @property
    def lock_path(self) -> Path:
        return self.root / "unionstation.lock"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "unionstation.log"

    def is_initialised(self) -> bool:
        return self.db_path.exists()

    def ensure(self) -> None:
        for folder in (self.root, self.files_dir, self.backups_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)
