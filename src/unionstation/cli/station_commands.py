"""init, demo, check: the data folder and the station itself (backup, restore and salvage
are in recovery_commands)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from unionstation.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CommandError,
    emit,
    home_of,
    open_station,
)

Command = Callable[[argparse.Namespace], int]


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    init = sub.add_parser("init", parents=[common], help="create the data folder and the station")
    init.add_argument("--name", required=True, help="the federation's full name")
    init.add_argument("--code", required=True, help="administrative division code (9 or 12 digits)")
    init.add_argument("--county", default="", help="the county federation's name")
    init.add_argument("--officer", default=None, help="the officer's name")
    init.set_defaults(handler=_init)

    demo = sub.add_parser("demo", parents=[common], help="add generated demo members")
    demo.add_argument("--members", type=int, default=500)
    demo.add_argument("--seed", type=int, default=None)
    demo.set_defaults(handler=_demo)

    check = sub.add_parser("check", parents=[common], help="integrity and schema state")
    check.set_defaults(handler=_check)


def _init(args: argparse.Namespace) -> int:
    from unionstation.services.station import StationService

    home = home_of(args)
    with open_station(args, must_exist=False) as runtime:
        service = StationService(runtime.context)
        if service.current() is not None:
            raise CommandError(f"数据文件夹 {home.root} 已经初始化过,不能重复初始化。")
        kwargs = {"officer_name": args.officer} if args.officer else {}
        station = service.create(args.name, args.code, args.county, **kwargs)
    emit(
        args,
        {"ok": True, "home": str(home.root), "station": {
            "id": str(station.id), "name": station.name,
            "division_code": station.division_code, "county_name": station.county_name}},
        f"已建立工会站点:{station.name}({station.division_code}),数据文件夹 {home.root}",
    )
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    if args.members < 0:
        raise CommandError("--members 不能是负数")
    from unionstation.services.demo import DemoDataService
    from unionstation.services.health import check_station

    with open_station(args, must_exist=False) as runtime:
        result = DemoDataService(runtime.context).generate(args.members, args.seed)
        report = check_station(runtime)
    emit(
        args,
        {"ok": True, "home": str(home_of(args).root), "station": result.station.name,
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

    with open_station(args) as runtime:
        report = check_station(runtime)
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
