"""backup, backup list, restore, salvage, and what every command says when the station's
database is damaged (exit 3): the state, the backups with dates and members, the choices.

The officer logs in as for every command; on a damaged station the password only unwraps
the data key (the database is not opened), which is what reading the backups, restoring
one and salvaging take. A sound station is opened as usual, so the officer's role is
checked (backup.run, backup.restore) and the restore is in the audit trail.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from unionstation.cli.common import (
    EXIT_DAMAGED,
    EXIT_OK,
    CommandError,
    credentials,
    emit,
    home_of,
    logged_in,
)
from unionstation.paths import StationHome
from unionstation.services.recovery import DamagedStation, UnlockedDamagedStation


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser("backup", parents=[common],
                            help="back up the database, or `backup list` the backups")
    backup.add_argument("action", nargs="?", choices=("list",), default=None,
                        help="list: every backup, newest first, with its kind and members")
    backup.add_argument("--to", type=Path, default=None, help="folder to write the backup to")
    backup.set_defaults(handler=_backup)

    restore = sub.add_parser(
        "restore", parents=[common],
        help="restore a backup (into an empty folder too: another machine, with the "
             "unionstation.keys written beside the backup)")
    restore.add_argument("file", type=Path)
    restore.add_argument("--code", default=None, metavar="CODE",
                         help="into an empty folder: open the backup with the recovery code "
                              "instead of an officer's password")
    restore.set_defaults(handler=_restore)

    salvage = sub.add_parser("salvage", parents=[common],
                             help="save what a damaged database still holds")
    salvage.add_argument("--backup", type=Path, default=None,
                         help="the backup to build on (default: the newest readable one)")
    salvage.add_argument("--no-backup", action="store_true",
                         help="build on an empty database instead of a backup")
    salvage.set_defaults(handler=_salvage)


@contextmanager
def _unlocked(args: argparse.Namespace) -> Iterator[tuple[StationHome, str, bytes]]:
    """The data folder locked and the officer's password checked: (home, login, key)."""
    from unionstation.services import recovery
    from unionstation.services.login import has_officers, unlock

    home = home_of(args)
    if not has_officers(home):
        raise CommandError(f"数据文件夹 {home.root} 里没有站点的密钥文件(unionstation.keys),"
                           "无法读取备份;请先运行 unionstation init,或把密钥文件放回原处")
    login, password = credentials(args)
    with recovery.instance_lock(home):
        yield home, login, unlock(home, login, password)


def _backup(args: argparse.Namespace) -> int:
    from unionstation.services import recovery
    from unionstation.services.backups import BackupService

    if args.action == "list":
        with _unlocked(args) as (home, _login, key):
            found = recovery.backups(home, key)
        lines = [f"{info.at:%Y-%m-%d %H:%M}  {info.kind:<13} "
                 f"{'?' if info.members is None else info.members:>6} 名会员  {info.path}"
                 for info in found]
        emit(args, {"backups": [info.as_dict() for info in found]},
             "\n".join(lines) if lines else "还没有任何备份")
        return EXIT_OK
    with logged_in(args) as logged:
        target = BackupService(logged.runtime.context, logged.runtime.home, logged.key).run(
            args.to.expanduser() if args.to else None)
    emit(args, {"ok": True, "backup": str(target)}, f"已备份到 {target}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from unionstation.services import recovery
    from unionstation.services.backups import BackupService
    from unionstation.services.login import open_unlocked

    source = args.file.expanduser().resolve()
    if not source.is_file():
        raise CommandError(f"找不到备份文件 {source}")
    if _is_empty_folder(args):
        return _restore_elsewhere(args, source)
    with _unlocked(args) as (home, login, key):
        if not recovery.classify(home, key=key).damaged:
            logged = open_unlocked(home, key, login)
            try:  # a sound station: the officer's role decides
                BackupService(logged.runtime.context, home, key).check_restore()
            finally:
                logged.close()
        try:
            done = recovery.restore(home, source, key)
        except recovery.BackupError as exc:
            raise CommandError(str(exc)) from exc
        logged = open_unlocked(home, key, login)
        try:
            BackupService(logged.runtime.context, home, key).record_restore(source, done)
        finally:
            logged.close()
    safety = f";恢复前的数据库已备份到 {done.safety}" if done.safety else ""
    emit(
        args,
        {"ok": True, "restored": str(source),
         "safety_backup": None if done.safety is None else str(done.safety),
         "set_aside": None if done.set_aside is None else str(done.set_aside),
         "note": done.note},
        f"已从 {source.name} 恢复{safety}{done.note}",
    )
    return EXIT_OK


def _is_empty_folder(args: argparse.Namespace) -> bool:
    from unionstation.services.login import has_officers

    home = home_of(args)
    return not home.db_path.exists() and not has_officers(home)


def _restore_elsewhere(args: argparse.Namespace, source: Path) -> int:
    """A backup carried to a new machine: opened by the wraps beside it."""
    from unionstation.services import recovery
    from unionstation.services.backups import record_restore_elsewhere, restore_elsewhere

    home = home_of(args)
    login, password = ("recovery", "") if args.code else credentials(args)
    with recovery.instance_lock(home):
        key = restore_elsewhere(home, source, login=login, password=password,
                                code=args.code or "")
        record_restore_elsewhere(home, key, source, login)
    emit(args, {"ok": True, "restored": str(source), "safety_backup": None,
                "home": str(home.root)},
         f"已把 {source.name} 恢复到新的数据文件夹 {home.root}"
         + (";请用 unionstation officers recover --code 恢复码 设置新密码。" if args.code
            else "。"))
    return EXIT_OK


def _salvage(args: argparse.Namespace) -> int:
    from unionstation.services import recovery
    from unionstation.services.backups import BackupService
    from unionstation.services.login import open_unlocked

    with _unlocked(args) as (home, login, key):
        if args.no_backup:
            backup = None
        elif args.backup is not None:
            backup = args.backup.expanduser().resolve()
        else:
            backup = recovery.newest_sound_backup(home, key)
        try:
            report = recovery.salvage(home, key, backup)
        except recovery.BackupError as exc:
            raise CommandError(str(exc)) from exc
        logged = open_unlocked(home, key, login)
        try:
            BackupService(logged.runtime.context, home, key).record_salvage(report.audit_detail())
        finally:
            logged.close()
    emit(args, {"ok": True, **report.as_dict()}, report.summary())
    return EXIT_OK


def report_damaged(args: argparse.Namespace, exc: DamagedStation) -> int:
    """Exit 3 with the same facts the window's recovery screen shows."""
    from unionstation.services import recovery

    home = home_of(args)
    key = exc.key if isinstance(exc, UnlockedDamagedStation) else None
    report = recovery.describe(home, key, exc.classification)
    print(f"unionstation: {report.message}", file=sys.stderr)
    if args.json:
        print(json.dumps({"ok": False, "error": report.message, "exit_code": EXIT_DAMAGED,
                          **report.as_dict()}, ensure_ascii=False))
        return EXIT_DAMAGED
    lines = ["可用的备份(新的在前):" if report.backups else "没有找到任何备份。"]
    lines += [f"  {info.at:%Y-%m-%d %H:%M}  {info.kind:<13} "
              f"{'?' if info.members is None else info.members:>6} 名会员  {info.path}"
              for info in report.backups]
    lines.append("可以:")
    if report.backups:
        lines.append("  unionstation restore 备份文件   "
                     "恢复一个备份(损坏的文件移到 damaged/,不删除)")
    lines.append("  unionstation salvage            从损坏的文件里抢救能读出的数据")
    print("\n".join(lines))
    return EXIT_DAMAGED
