"""`unionstation convert --admin LOGIN`: a plain station from an earlier version, encrypted.

The command-line twin of the window's first start on an old station: the first
administrator is made, the database exported into an encrypted file, checked (integrity,
rows of every table), swapped in; the plain file, the plain backups and the plain photos
are deleted only then, and the officer is told that copies elsewhere may survive.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from unionstation.cli.common import (
    EXIT_OK,
    PASSWORD_ENV,
    CommandError,
    emit,
    home_of,
    new_password,
)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    convert = sub.add_parser(
        "convert", parents=[common],
        help="encrypt a station made by an earlier version (makes its first administrator)")
    convert.add_argument("--admin", required=True, metavar="LOGIN",
                         help="login of the first administrator; the password comes from "
                              "$UNIONSTATION_PASSWORD or a prompt, twice")
    convert.add_argument("--officer", default=None, help="the administrator's display name")
    convert.add_argument("--recovery-sheet", type=Path, default=None, metavar="FILE.pdf",
                         help="print the recovery code on a sheet to lock in the office safe")
    convert.set_defaults(handler=_convert)


def _convert(args: argparse.Namespace) -> int:
    from unionstation.services.login import set_up_station
    from unionstation.services.station import StationService
    from unionstation.store.convert import CLOUD_NOTICE, plain_leftovers
    from unionstation.store.database import is_plain_sqlite
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    if not is_plain_sqlite(home.db_path):
        raise CommandError(f"数据文件夹 {home.root} 里没有需要转换的旧版(未加密)数据库。")
    password = new_password(args, PASSWORD_ENV, f"管理员 {args.admin} 的")
    with InstanceLock(home):
        plain = [home.db_path, *plain_leftovers(home),
                 *sorted(home.files_dir.glob("*.jpg"))]
        logged, code = set_up_station(home, args.admin, password, name=args.officer or "")
        try:
            report = logged.runtime.conversion
            station = StationService(logged.runtime.context).require()
        finally:
            logged.close()
    assert report is not None
    deleted = [path.name for path in plain if path != home.db_path and not path.exists()]
    if args.recovery_sheet is not None:
        from unionstation.printing.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(args.recovery_sheet.expanduser(), station.name,
                             station.division_code, code)
    emit(args,
         {"ok": True, "converted": True, "tables": len(report.tables), "rows": report.rows,
          "photos_sealed": report.photos_sealed, "deleted": deleted, "admin": args.admin,
          "recovery_code": code, "notice": CLOUD_NOTICE},
         f"{station.name}:{report.rows} 行数据已转入加密数据库并核对无误,"
         f"已删除 {len(deleted)} 个未加密的旧文件。\n{CLOUD_NOTICE}\n"
         f"管理员:{args.admin}\n恢复码(只显示这一次,请抄下或打印后锁进保险柜):{code}")
    return EXIT_OK
