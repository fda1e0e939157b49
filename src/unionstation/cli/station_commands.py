"""init, demo, check, backup, restore: the data folder and the station itself."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from unionstation.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    PASSWORD_ENV,
    CommandError,
    emit,
    home_of,
    logged_in,
    new_password,
    open_station,
)

Command = Callable[[argparse.Namespace], int]


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    init = sub.add_parser("init", parents=[common], help="create the data folder and the station")
    init.add_argument("--name", required=True, help="the federation's full name")
    init.add_argument("--code", required=True, help="administrative division code (9 or 12 digits)")
    init.add_argument("--county", default="", help="the county federation's name")
    init.add_argument("--admin", default=None, metavar="LOGIN",
                      help="login of the first administrator (required); the password comes "
                           "from $UNIONSTATION_PASSWORD or a prompt, twice")
    init.add_argument("--officer", default=None, help="the administrator's display name")
    init.add_argument("--recovery-sheet", type=Path, default=None, metavar="FILE.pdf",
                      help="print the recovery code on a sheet to lock in the office safe")
    init.set_defaults(handler=_init)

    demo = sub.add_parser("demo", parents=[common], help="add generated demo members")
    demo.add_argument("--members", type=int, default=500)
    demo.add_argument("--seed", type=int, default=None)
    demo.set_defaults(handler=_demo)

    check = sub.add_parser("check", parents=[common], help="integrity and schema state")
    check.set_defaults(handler=_check)

    backup = sub.add_parser("backup", parents=[common], help="back up the database")
    backup.add_argument("--to", type=Path, default=None, help="folder to write the backup to")
    backup.set_defaults(handler=_backup)

    restore = sub.add_parser("restore", parents=[common], help="restore a backup")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=_restore)


def _init(args: argparse.Namespace) -> int:
    import sys

    from unionstation.services.login import has_officers, set_up_station
    from unionstation.services.station import StationService
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    if not args.admin:
        print("unionstation: init 需要 --admin 登录名:每个站点都要有第一位管理员"
              "(没有默认密码),例如 --admin wang", file=sys.stderr)
        return EXIT_USAGE
    if home.db_path.exists() or has_officers(home):
        raise CommandError(f"数据文件夹 {home.root} 已经初始化过,不能重复初始化。")
    password = new_password(args, PASSWORD_ENV, f"管理员 {args.admin} 的")
    with InstanceLock(home):
        logged, code = set_up_station(home, args.admin, password, name=args.officer or "")
        try:
            station = StationService(logged.runtime.context).create(
                args.name, args.code, args.county, officer_name=args.admin)
        finally:
            logged.close()
    if args.recovery_sheet is not None:
        from unionstation.printing.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(args.recovery_sheet.expanduser(), station.name,
                             station.division_code, code)
    emit(
        args,
        {"ok": True, "home": str(home.root), "admin": args.admin, "recovery_code": code,
         "station": {
             "id": str(station.id), "name": station.name,
             "division_code": station.division_code, "county_name": station.county_name}},
        f"已建立工会站点:{station.name}({station.division_code}),数据文件夹 {home.root}\n"
        f"管理员:{args.admin}\n恢复码(只显示这一次,请抄下或打印后锁进保险柜):{code}",
    )
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    if args.members < 0:
        raise CommandError("--members 不能是负数")
    from unionstation.services.demo import DemoDataService
    from unionstation.services.health import check_station
    from unionstation.services.login import has_officers, set_up_demo
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    if not home.db_path.exists() and not has_officers(home):
        # An empty folder: the demo station, officer demo, password demo (login screen).
        with InstanceLock(home):
            logged = set_up_demo(home)
            try:
                result = DemoDataService(logged.runtime.context).generate(args.members,
                                                                          args.seed)
                report = check_station(logged.runtime)
            finally:
                logged.close()
    else:
        with open_station(args) as runtime:
            result = DemoDataService(runtime.context).generate(args.members, args.seed)
            report = check_station(runtime)
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


def _check(args: argparse.Namespace) -> int:
    from unionstation.services.health import check_station
    from unionstation.services.officers import count_officers

    with open_station(args) as runtime:
        report = check_station(runtime)
        officers = count_officers(runtime.context)
    lines = [
        f"完整性检查:{report.integrity}",
        f"结构版本:{report.schema_revision}(最新 {report.schema_head})",
        f"工会站点:{report.station or '未建立'}",
        f"基层工会 {report.unions} 个,在册会员 {report.members_active} 名",
        f"变更记录 {report.change_log_records} 条,序号缺口 {report.change_log_gaps} 处",
        f"工作人员 {officers} 名",
        "结论:正常" if report.ok else "结论:有问题,请查看上面各项",
    ]
    emit(args, {**report.as_dict(), "officers": officers}, "\n".join(lines))
    return EXIT_OK if report.ok else EXIT_ERROR


def _backup(args: argparse.Namespace) -> int:
    from unionstation.services.backups import BackupService

    with logged_in(args) as logged:
        target = BackupService(logged.runtime.context, logged.runtime.home, logged.key).run(
            args.to.expanduser() if args.to else None)
    emit(args, {"ok": True, "backup": str(target)}, f"已备份到 {target}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from unionstation.services.backups import BackupService
    from unionstation.store.backup import BackupError

    source = args.file.expanduser().resolve()
    if not source.is_file():
        raise CommandError(f"找不到备份文件 {source}")
    with logged_in(args) as logged:
        runtime = logged.runtime
        service = BackupService(runtime.context, runtime.home, logged.key)
        service.check_restore()
        runtime.close()
        try:
            safety = service.restore(source)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
    with logged_in(args) as logged:
        BackupService(logged.runtime.context, logged.runtime.home,
                      logged.key).record_restore(source, safety)
    emit(
        args,
        {"ok": True, "restored": str(source), "safety_backup": str(safety)},
        f"已从 {source.name} 恢复;恢复前的数据库已备份到 {safety}",
    )
    return EXIT_OK
