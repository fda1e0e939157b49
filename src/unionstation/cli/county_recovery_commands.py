"""`unionstation county recover-station` and `county rebase`: giving a station back its
keys (every officer gone) or its records (restored from an old backup, or a lost laptop)."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionstation.cli.common import EXIT_OK, CommandError, emit
from unionstation.cli.county_officer_commands import CountyOpener


def add_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser],
                county_common: argparse.ArgumentParser, opener: CountyOpener) -> None:
    recover = verbs.add_parser(
        "recover-station", parents=[county_common],
        help="make a recovery file from a station's keyring file (unionstation.keys)")
    recover.add_argument("keyring_file", type=Path, help="the station's unionstation.keys")
    recover.add_argument("--out", type=Path, required=True, help="file or folder to write")
    recover.set_defaults(handler=lambda args: _recover_station(args, opener))

    rebase = verbs.add_parser(
        "rebase", parents=[county_common],
        help="a re-base file: the county's copy of a station's records and its sequence")
    rebase.add_argument("station_code")
    rebase.add_argument("--out", type=Path, required=True, help="file or folder to write")
    rebase.set_defaults(handler=lambda args: _rebase(args, opener))


def _recover_station(args: argparse.Namespace, opener: CountyOpener) -> int:
    from unionstation.county.recovery import make_station_recovery

    if not args.keyring_file.is_file():
        raise CommandError(f"找不到站点密钥文件 {args.keyring_file}")
    with opener(args) as county:
        made = make_station_recovery(county, args.keyring_file, args.out)
    emit(args, {"ok": True, "station_code": made.station_code, "file": str(made.file),
                "recovery_code": made.recovery_code},
         f"已为站点 {made.station_code} 写出恢复文件 {made.file}。\n"
         f"一次性恢复码(请电话告知站点,不要与文件一起传送):{made.recovery_code}\n"
         "站点运行:unionstation sync recover 恢复文件,再运行 "
         "unionstation officers recover --code 恢复码")
    return EXIT_OK


def _rebase(args: argparse.Namespace, opener: CountyOpener) -> int:
    from unionstation.county.rebase import make_rebase_file

    out = Path(args.out).expanduser()
    if not out.is_dir() and not out.parent.is_dir():
        raise CommandError(f"文件夹 {out.parent} 不存在(U盘是否已插好?)")
    with opener(args) as county:
        made, target = make_rebase_file(county, args.station_code, out)
    emit(args, {"ok": True, "station_code": made.station_code, "file": str(target),
                "code": made.code, "records": made.records, "members": made.members,
                "applied_through": made.applied_through,
                "parked_dropped": made.parked_dropped},
         f"已为站点 {made.station_code} 写出重建文件 {target}:{made.records} 条记录,"
         f"在册会员 {made.members} 人,县总工会已接收至第 {made.applied_through} 条变更。\n"
         f"一次性重建码(请电话告知站点,不要与文件一起传送):{made.code}\n"
         "站点运行:unionstation sync rebase 重建文件(新电脑上的空文件夹另加 --admin 登录名)")
    return EXIT_OK
