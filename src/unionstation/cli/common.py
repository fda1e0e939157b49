"""What every command shares: exit codes, output, the data folder and opening it."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionstation.paths import StationHome, default_home

if TYPE_CHECKING:
    from unionstation.services.runtime import StationRuntime

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_RUNNING = 3
EXIT_DAMAGED = 3  # the station's database is damaged: recovery choices printed


class CommandError(Exception):
    """A failure the user can act on; printed as one line."""


def home_of(args: argparse.Namespace) -> StationHome:
    home = args.home if args.home is not None else default_home()
    return StationHome(Path(home).expanduser().resolve())


def emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    """One JSON object with `--json`, else the text for a person."""
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, default=str))
    else:
        print(text)


@contextmanager
def open_station(args: argparse.Namespace, *, must_exist: bool = True,
                 ) -> Iterator[StationRuntime]:
    """The data folder locked and its database open, for the length of a command."""
    from unionstation.services.runtime import open_station as open_runtime
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    if must_exist and not home.db_path.exists():
        raise CommandError(f"数据文件夹 {home.root} 里没有数据库,请先运行 unionstation init")
    with InstanceLock(home):
        runtime = open_runtime(home, officer=getattr(args, "officer", None))
        try:
            yield runtime
        finally:
            runtime.close()
