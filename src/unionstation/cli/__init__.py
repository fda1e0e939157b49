"""The command line (DESIGN.md section 5). Headless; `--json` prints one JSON object.

Imports of services happen inside the commands so that `unionstation gui` and
`--version` stay fast.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from unionstation.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_RUNNING,
    EXIT_USAGE,
    CommandError,
    home_of,
)

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_RUNNING", "EXIT_USAGE", "CommandError",
           "build_parser", "home_of", "run", "wants_window"]

log = logging.getLogger(__name__)

PAGES = ("members", "homes", "hardship", "sync", "reports", "settings", "officers", "audit")


class _VersionAction(argparse.Action):
    """Like argparse's "version", but reads the version only when asked (start-up cost)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:  # noqa: A002
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from unionstation import __version__

        print(f"unionstation {__version__}")
        parser.exit()


def _common_options(defaults: bool) -> argparse.ArgumentParser:
    """`--home`, `--json` and `--lang`, accepted before or after the subcommand."""
    parser = argparse.ArgumentParser(add_help=False)
    missing: Any = None if defaults else argparse.SUPPRESS
    parser.add_argument("--home", type=Path, default=missing,
                        help="data folder (default: $UNIONSTATION_HOME or the user data folder)")
    parser.add_argument("--json", action="store_true",
                        default=False if defaults else argparse.SUPPRESS,
                        help="print one JSON object on stdout")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh" if defaults else missing,
                        help="language of the window")
    parser.add_argument("--user", default=missing, metavar="LOGIN",
                        help="the officer's login (default: $UNIONSTATION_USER); the password "
                             "comes from $UNIONSTATION_PASSWORD or a prompt")
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size should look like 1280x800, not {text!r}") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return width, height


_VALUE_OPTIONS = {"--home", "--lang", "--user"}


def wants_window(argv: list[str]) -> bool:
    """No subcommand, or `gui`: the start-up path that must stay light."""
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token in _VALUE_OPTIONS:
            skip = True
            continue
        if token.startswith("-"):
            if token in ("-h", "--help", "--version"):
                return False
            continue
        return token == "gui"
    return True


def build_parser(window_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line, or (`window_only`) just what opening the window needs,
    which spares importing and building every subcommand before the window paints."""
    common = _common_options(defaults=False)
    parser = argparse.ArgumentParser(
        prog="unionstation", parents=[_common_options(defaults=True)],
        description="UnionStation: 乡镇(街道)总工会会员与阵地管理",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if not window_only:
        from unionstation.cli import (
            convert_commands,
            county_commands,
            hardship_commands,
            homes_commands,
            homes_reading_commands,
            member_commands,
            officer_commands,
            print_commands,
            privacy_commands,
            report_commands,
            station_commands,
            sync_commands,
        )

        station_commands.add_parsers(sub, common)
        member_commands.add_parsers(sub, common)
        hardship_commands.add_parsers(sub, common)
        print_commands.add_parsers(sub, common)
        homes_commands.add_parsers(sub, common)
        homes_reading_commands.add_parsers(sub, common)
        sync_commands.add_parsers(sub, common)
        county_commands.add_parsers(sub, common)
        officer_commands.add_parsers(sub, common)
        privacy_commands.add_parsers(sub, common)
        convert_commands.add_parsers(sub, common)
        report_commands.add_parsers(sub, common)

    gui = sub.add_parser("gui", parents=[common], help="open the window")
    gui.add_argument("--page", default="members",
                     help="page to open: " + ", ".join(PAGES) + " (and sub-pages)")
    gui.add_argument("--screenshot", type=Path, default=None,
                     help="render the page at 1280x800 to this PNG and exit")
    gui.add_argument("--size", default="1280x800", type=_size,
                     help="window size for --screenshot, e.g. 1024x600")
    gui.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a headless subcommand; returns the exit code."""
    from unionstation.services.errors import UserError
    from unionstation.store.lock import AlreadyRunning
    from unionstation.store.migrate import DatabaseFromNewerVersion

    try:
        code: int = args.handler(args)
        return code
    except AlreadyRunning as exc:
        return _fail(args, str(exc), EXIT_RUNNING)
    except (CommandError, UserError, DatabaseFromNewerVersion) as exc:
        return _fail(args, str(exc), EXIT_ERROR)
    except Exception as exc:  # a bug: full traceback to the log, one line to the user
        log.exception("command %s failed", args.command)
        return _fail(args, f"内部错误:{type(exc).__name__}。详细信息已写入日志。", EXIT_ERROR)


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    import json

    print(f"unionstation: {message}", file=sys.stderr)
    if args.json:
        print(json.dumps({"ok": False, "error": message, "exit_code": code}, ensure_ascii=False))
    return code
