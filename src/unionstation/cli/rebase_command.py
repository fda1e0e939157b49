"""`unionstation sync rebase FILE`: the station brought to the county's state, or, on an
empty folder, rebuilt from the county (a lost laptop)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from unionstation.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    PASSWORD_ENV,
    CommandError,
    emit,
    home_of,
    new_password,
    open_station,
)


def _code(args: argparse.Namespace, env: str) -> str:
    code = args.code or os.environ.get(env, "")
    if not code and sys.stdin.isatty():
        code = input("县总工会电话告知的重建码:").strip()
    if not code:
        raise CommandError(f"需要县总工会电话告知的一次性重建码:请用 --code 或环境变量 {env}")
    return str(code)


def run_rebase(args: argparse.Namespace, env: str,
               read: Callable[[Path, str], bytes]) -> int:
    from unionstation.sync.rebuild import is_empty_folder

    home = home_of(args)
    if (args.file is None) == (not args.fetch):
        print("unionstation: sync rebase 需要重建文件,或用 --fetch 从县总工会服务器下载(二者选一)",
              file=sys.stderr)
        return EXIT_USAGE
    if is_empty_folder(home):
        if args.fetch:
            raise CommandError("新电脑上的空文件夹没有登记过的站点密钥,不能从服务器下载:"
                               "请用县总工会给的重建文件(U盘)和电话告知的重建码。")
        return _rebuild(args, env, read)
    if args.admin or args.key_out:
        raise CommandError(f"--admin 和 --key-out 只用于在空文件夹里重建站点;{home.root} "
                           "已有站点,导入重建文件只需登录。")
    from unionstation.sync.station_sync import SyncService

    if args.fetch:
        with open_station(args) as runtime:
            outcome = SyncService(runtime.context, runtime.home).fetch_rebase(args.url)
    else:
        data = read(args.file, "重建文件")
        code = _code(args, env)
        with open_station(args) as runtime:
            outcome = SyncService(runtime.context, runtime.home).rebase(data, code)
    emit(args, {"records": outcome.records, "members": outcome.members,
                "resumed_at": outcome.resumed_at},
         f"已按县总工会的数据重建:{outcome.records} 条记录,在册会员 {outcome.members} 人;"
         f"本机恢复后新录入的 {outcome.kept} 条记录保留,将随下一批报送。"
         f"报送从第 {outcome.resumed_at} 条变更继续。")
    return EXIT_OK


def _rebuild(args: argparse.Namespace, env: str, read: Callable[[Path, str], bytes]) -> int:
    from unionstation.store.lock import InstanceLock
    from unionstation.sync.rebuild import rebuild_station

    if not args.admin:
        print("unionstation: 在空文件夹里重建站点需要 --admin 登录名(新电脑上的第一位管理员)",
              file=sys.stderr)
        return EXIT_USAGE
    data = read(args.file, "重建文件")
    code = _code(args, env)
    password = new_password(args, PASSWORD_ENV, f"管理员 {args.admin} 的")
    home = home_of(args)
    home.root.mkdir(parents=True, exist_ok=True)
    with InstanceLock(home):
        made = rebuild_station(home, data, code, args.admin, password,
                               key_out=None if args.key_out is None
                               else Path(args.key_out).expanduser())
    outcome = made.outcome
    emit(args, {"records": outcome.records, "members": outcome.members,
                "resumed_at": outcome.resumed_at, "station_code": made.station_code,
                "recovery_code": made.recovery_code, "fingerprint": made.fingerprint,
                "key_file": None if made.key_file is None else str(made.key_file)},
         f"已从县总工会重建站点 {made.station_code}:{outcome.records} 条记录,"
         f"在册会员 {outcome.members} 人。\n管理员:{args.admin}\n"
         f"恢复码(只显示这一次,请抄下或打印后锁进保险柜):{made.recovery_code}\n"
         f"本站新密钥指纹:{made.fingerprint}(请电话告知县总工会核对,县总工会运行 "
         "county register 登记新公钥文件,并吊销丢失电脑的旧密钥)"
         + (f"\n本站公钥文件:{made.key_file}" if made.key_file else ""))
    return EXIT_OK
