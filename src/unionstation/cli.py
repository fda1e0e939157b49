"""The command line (DESIGN.md section 5). Headless; `--json` prints one JSON object.

Imports of services happen inside the commands so that `unionstation gui` and
`--version` stay fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from unionstation.paths import StationHome, default_home

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_RUNNING = 3

PAGES = ("members", "homes", "hardship", "sync", "reports", "settings")


class CommandError(Exception):
    """A failure the user can act on; printed as one line."""


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
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(defaults=False)
    parser = argparse.ArgumentParser(
        prog="unionstation", parents=[_common_options(defaults=True)],
        description="UnionStation: 乡镇(街道)总工会会员与阵地管理",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", parents=[common], help="create the data folder and the station")
    init.add_argument("--name", required=True, help="the federation's full name")
    init.add_argument("--code", required=True, help="administrative division code (9 or 12 digits)")
    init.add_argument("--county", default="", help="the county federation's name")
    init.add_argument("--officer", default=None, help="the officer's name")

    demo = sub.add_parser("demo", parents=[common], help="add generated demo members")
    demo.add_argument("--members", type=int, default=500)
    demo.add_argument("--seed", type=int, default=None)

    sub.add_parser("check", parents=[common], help="integrity and schema state")

    backup = sub.add_parser("backup", parents=[common], help="back up the database")
    backup.add_argument("--to", type=Path, default=None, help="folder to write the backup to")

    restore = sub.add_parser("restore", parents=[common], help="restore a backup")
    restore.add_argument("file", type=Path)

    gui = sub.add_parser("gui", parents=[common], help="open the window")
    gui.add_argument("--page", default="members",
                     help="page to open: " + ", ".join(PAGES) + " (and sub-pages)")
    gui.add_argument("--screenshot", type=Path, default=None,
                     help="render the page at 1280x800 to this PNG and exit")
    gui.add_argument("--size", default="1280x800", type=_size,
                     help="window size for --screenshot, e.g. 1024x600")
    gui.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size should look like 1280x800, not {text!r}") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return width, height


def home_of(args: argparse.Namespace) -> StationHome:
    home = args.home if args.home is not None else default_home()
    return StationHome(Path(home).expanduser().resolve())


def emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, default=str))
    else:
        print(text)


def run(args: argparse.Namespace) -> int:
    """Run a headless subcommand; returns the exit code."""
    handler = _COMMANDS[args.command]
    from unionstation.services.errors import UserError
    from unionstation.store.lock import AlreadyRunning

    try:
        return handler(args)
    except AlreadyRunning as exc:
        return _fail(args, str(exc), EXIT_RUNNING)
    except (CommandError, UserError) as exc:
        return _fail(args, str(exc), EXIT_ERROR)
    except Exception as exc:  # a bug: full traceback to the log, one line to the user
        from unionstation.store.migrate import DatabaseFromNewerVersion

        if isinstance(exc, DatabaseFromNewerVersion):
            return _fail(args, str(exc), EXIT_ERROR)
        log.exception("command %s failed", args.command)
        return _fail(args, f"内部错误:{type(exc).__name__}。详细信息已写入日志。", EXIT_ERROR)


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    print(f"unionstation: {message}", file=sys.stderr)
    if args.json:
        print(json.dumps({"ok": False, "error": message, "exit_code": code}, ensure_ascii=False))
    return code


def _cmd_init(args: argparse.Namespace) -> int:
    from unionstation.services.station import StationService
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    with InstanceLock(home):
        from unionstation.services.runtime import open_station

        runtime = open_station(home, officer=args.officer)
        try:
            service = StationService(runtime.context)
            if service.current() is not None:
                raise CommandError(f"数据文件夹 {home.root} 已经初始化过,不能重复初始化。")
            kwargs = {"officer_name": args.officer} if args.officer else {}
            station = service.create(args.name, args.code, args.county, **kwargs)
        finally:
            runtime.close()
    emit(
        args,
        {"ok": True, "home": str(home.root), "station": {
            "id": str(station.id), "name": station.name,
            "division_code": station.division_code, "county_name": station.county_name}},
        f"已建立工会站点:{station.name}({station.division_code}),数据文件夹 {home.root}",
    )
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    if args.members < 0:
        raise CommandError("--members 不能是负数")
    from unionstation.services.demo import DemoDataService
    from unionstation.services.health import check_station
    from unionstation.services.runtime import open_station
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    with InstanceLock(home):
        runtime = open_station(home)
        try:
            result = DemoDataService(runtime.context).generate(args.members, args.seed)
            report = check_station(runtime)
        finally:
            runtime.close()
    emit(
        args,
        {"ok": True, "home": str(home.root), "station": result.station.name,
         "station_created": result.station_created, "unions_added": result.unions_added,
         "members_added": result.members_added, "unions": report.unions,
         "members_active": report.members_active},
        f"{result.station.name}:新增 {result.unions_added} 个基层工会、"
        f"{result.members_added} 名会员;现有 {report.unions} 个基层工会、"
        f"{report.members_active} 名在册会员。",
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from unionstation.services.health import check_station
    from unionstation.services.runtime import open_station
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    if not home.db_path.exists():
        raise CommandError(f"数据文件夹 {home.root} 里没有数据库,请先运行 unionstation init")
    with InstanceLock(home):
        runtime = open_station(home)
        try:
            report = check_station(runtime)
        finally:
            runtime.close()
    lines = [
        f"完整性检查:{report.integrity}",
        f"结构版本:{report.schema_revision}(最新 {report.schema_head})",
        f"工会站点:{report.station or '未建立'}",
        f"基层工会 {report.unions} 个,在册会员 {report.members_active} 名",
        f"变更记录 {report.change_log_records} 条,序号缺口 {report.change_log_gaps} 处",
        "结论:正常" if report.ok else "结论:有问题,请查看上面各项",
    ]
    emit(args, report.as_dict(), "\n".join(lines))
    return EXIT_OK if report.ok else EXIT_ERROR


def _cmd_backup(args: argparse.Namespace) -> int:
    from unionstation.store.backup import backup_now
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    if not home.db_path.exists():
        raise CommandError(f"数据文件夹 {home.root} 里没有数据库,无需备份")
    with InstanceLock(home):
        target = backup_now(home, "manual", args.to.expanduser() if args.to else None)
    emit(args, {"ok": True, "backup": str(target)}, f"已备份到 {target}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from unionstation.store.backup import BackupError, restore_database
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    source = args.file.expanduser().resolve()
    with InstanceLock(home):
        try:
            safety = restore_database(home, source)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
    emit(
        args,
        {"ok": True, "restored": str(source), "safety_backup": str(safety)},
        f"已从 {source.name} 恢复;恢复前的数据库已备份到 {safety}",
    )
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}
