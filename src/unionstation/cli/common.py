"""What every command shares: exit codes, output, the data folder and opening it."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionstation.paths import StationHome, default_home

if TYPE_CHECKING:
    from unionstation.services.login import LoggedIn
    from unionstation.services.runtime import StationRuntime

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_RUNNING = 3

USER_ENV = "UNIONSTATION_USER"
PASSWORD_ENV = "UNIONSTATION_PASSWORD"
NEW_PASSWORD_ENV = "UNIONSTATION_NEW_PASSWORD"


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


def _prompt(label: str) -> str | None:
    """A password typed at a terminal; None when stdin is not one (a script)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(label)


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    """`--user` or $UNIONSTATION_USER; $UNIONSTATION_PASSWORD, else a prompt at a tty."""
    user = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    if not user:
        if sys.stdin.isatty():
            user = input("登录名:").strip()
        if not user:
            raise CommandError(f"需要登录:请用 --user 登录名 或环境变量 {USER_ENV}")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = _prompt(f"{user} 的密码:")
    if not password:
        raise CommandError(f"需要“{user}”的密码:请设环境变量 {PASSWORD_ENV} 或在终端里输入")
    return user, password


def new_password(args: argparse.Namespace, env: str = NEW_PASSWORD_ENV,
                 whose: str = "新") -> str:
    """A new password from `env`, else typed twice at a terminal."""
    password = os.environ.get(env)
    if password:
        return password
    first = _prompt(f"{whose}密码:")
    if first is None:
        raise CommandError(f"需要{whose}密码:请设环境变量 {env} 或在终端里输入")
    if _prompt("再输入一次:") != first:
        raise CommandError("两次输入的密码不一致,什么也没有改。")
    return first


@contextmanager
def logged_in(args: argparse.Namespace) -> Iterator[LoggedIn]:
    """The data folder locked, the officer logged in, for the length of a command."""
    from unionstation.services.login import has_officers, log_in
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    if not home.db_path.exists() and not has_officers(home):
        raise CommandError(f"数据文件夹 {home.root} 里没有数据库,请先运行 unionstation init")
    if not has_officers(home):
        raise CommandError(f"数据文件夹 {home.root} 是旧版未加密的站点:请先运行 "
                           "unionstation convert --admin 登录名(或打开窗口)建立第一位管理员,"
                           "数据随即加密。")
    user, password = credentials(args)
    with InstanceLock(home):
        logged = log_in(home, user, password)
        try:
            yield logged
        finally:
            logged.close()


@contextmanager
def open_station(args: argparse.Namespace) -> Iterator[StationRuntime]:
    """The station open as the logged-in officer (with their role) for a command."""
    with logged_in(args) as logged:
        yield logged.runtime
