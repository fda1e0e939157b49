"""`unionstation county officers ...` and `county audit ...`: the county's own officers
(admin, officer, auditor) and its audit trail, with the station's JSON keys."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from unionstation.cli.common import EXIT_ERROR, EXIT_OK, CommandError, emit, new_password

if TYPE_CHECKING:
    from unionstation.county.officers import CountyOfficers
    from unionstation.county.service import County

CountyOpener = Callable[[argparse.Namespace], AbstractContextManager["County"]]
COUNTY_ROLES = ("admin", "officer", "auditor")


def add_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser],
                county_common: argparse.ArgumentParser, opener: CountyOpener) -> None:
    officers = verbs.add_parser("officers", parents=[county_common],
                                help="the county's officers (admin, officer, auditor)")
    inner = officers.add_subparsers(dest="officers_verb", metavar="VERB", required=True)
    add = inner.add_parser("add", parents=[county_common], help="add an officer (admin)")
    add.add_argument("login")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=COUNTY_ROLES)
    add.set_defaults(handler=lambda args: _add(args, opener))
    listing = inner.add_parser("list", parents=[county_common], help="every county officer")
    listing.set_defaults(handler=lambda args: _list(args, opener))
    disable = inner.add_parser("disable", parents=[county_common],
                               help="stop a county officer logging in")
    disable.add_argument("login")
    disable.set_defaults(handler=lambda args: _disable(args, opener))
    password = inner.add_parser("password", parents=[county_common],
                                help="your new password, or (admin) another's")
    password.add_argument("login", nargs="?", default=None)
    password.set_defaults(handler=lambda args: _password(args, opener))

    audit = verbs.add_parser("audit", parents=[county_common], help="the county's audit trail")
    audit_verbs = audit.add_subparsers(dest="audit_verb", metavar="VERB", required=True)
    entries = audit_verbs.add_parser("list", parents=[county_common],
                                     help="entries, newest first")
    entries.add_argument("--officer", default=None)
    entries.add_argument("--action", default=None)
    entries.add_argument("--limit", type=int, default=50)
    entries.set_defaults(handler=lambda args: _audit_list(args, opener))
    verify = audit_verbs.add_parser("verify", parents=[county_common],
                                    help="check the hash chain")
    verify.set_defaults(handler=lambda args: _audit_verify(args, opener))


def _officers(county: County, args: argparse.Namespace) -> CountyOfficers:
    from unionstation.cli.county_commands import county_home_of
    from unionstation.county.officers import CountyOfficers

    return CountyOfficers(county, county_home_of(args))


def _add(args: argparse.Namespace, opener: CountyOpener) -> int:
    from unionstation.domain.permissions import Action

    with opener(args) as county:
        county.require(Action.OFFICER_MANAGE, args.login)  # before a password is asked
        password = new_password(args, whose=f"{args.login} 的初始")
        officer = _officers(county, args).add(args.login, args.name, args.role, password)
    emit(args, {"login": officer.login, "role": officer.role.value},
         f"已添加县总工会工作人员:{officer.login}({officer.name},{officer.role.label})")
    return EXIT_OK


def _list(args: argparse.Namespace, opener: CountyOpener) -> int:
    with opener(args) as county:
        officers = _officers(county, args).list()
    emit(args, {"officers": [{"login": o.login, "name": o.name, "role": o.role.value,
                              "disabled": o.disabled} for o in officers]},
         "\n".join(f"{o.login}\t{o.name}\t{o.role.label}" + ("\t已停用" if o.disabled else "")
                   for o in officers))
    return EXIT_OK


def _disable(args: argparse.Namespace, opener: CountyOpener) -> int:
    with opener(args) as county:
        officer = _officers(county, args).disable(args.login)
    emit(args, {"login": officer.login, "disabled": True},
         f"已停用县总工会工作人员:{officer.login}")
    return EXIT_OK


def _password(args: argparse.Namespace, opener: CountyOpener) -> int:
    from unionstation.domain.permissions import Action

    with opener(args) as county:
        target = args.login or county.officer
        if target != county.officer:
            county.require(Action.OFFICER_MANAGE, target)
        _officers(county, args).reset_password(target, new_password(args,
                                                                     whose=f"{target} 的新"))
    emit(args, {"login": target, "changed": True}, f"已为 {target} 设置新密码")
    return EXIT_OK


def _audit_list(args: argparse.Namespace, opener: CountyOpener) -> int:
    from unionstation.county.audit import CountyAuditFilter

    if args.limit < 0:
        raise CommandError("--limit 不能是负数")
    with opener(args) as county:
        page = county.audit_entries(CountyAuditFilter(args.officer, args.action, args.limit))
    emit(args, {"total": page.total, "entries": [
        {"seq": e.seq, "at": e.at.isoformat(), "officer": e.officer, "action": e.action,
         "target": e.target} for e in page.entries]},
        "\n".join(f"{e.seq}\t{e.at.astimezone():%Y-%m-%d %H:%M:%S}\t{e.officer}\t{e.action}"
                  f"\t{e.target}" for e in page.entries) or "没有符合条件的记录")
    return EXIT_OK


def _audit_verify(args: argparse.Namespace, opener: CountyOpener) -> int:
    with opener(args) as county:
        result = county.verify_audit()
    if result.ok:
        emit(args, {"ok": True, "entries": result.entries},
             f"县总工会审计记录完整:{result.entries} 条,哈希链无断点。")
        return EXIT_OK
    emit(args, {"ok": False, "first_bad": result.first_bad},
         f"县总工会审计记录被改动:第 {result.first_bad} 条起哈希链断开。")
    return EXIT_ERROR
