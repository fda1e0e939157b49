"""`unionstation officers ...` and `unionstation audit ...` (officers, roles, audit trail)."""

from __future__ import annotations

import argparse

from unionstation.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CommandError,
    emit,
    home_of,
    logged_in,
    new_password,
)

ROLES = ("admin", "officer", "clerk", "finance", "auditor")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    officers = sub.add_parser("officers", parents=[common], help="officers who log in")
    verbs = officers.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", parents=[common], help="add an officer (admin)")
    add.add_argument("login")
    add.add_argument("--name", required=True, help="the officer's display name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.set_defaults(handler=_add)
    listing = verbs.add_parser("list", parents=[common], help="every officer, disabled too")
    listing.set_defaults(handler=_list)
    disable = verbs.add_parser("disable", parents=[common], help="stop an officer logging in")
    disable.add_argument("login")
    disable.set_defaults(handler=_disable)
    password = verbs.add_parser("password", parents=[common],
                                help="change your password, or (admin) reset another's")
    password.add_argument("login", nargs="?", default=None)
    password.set_defaults(handler=_password)
    recover = verbs.add_parser("recover", parents=[common],
                               help="set a new password with the recovery code (no login)")
    recover.add_argument("login", nargs="?", default=None,
                         help="whose password (default: the first administrator)")
    recover.add_argument("--code", required=True, help="the recovery code from the sheet")
    recover.set_defaults(handler=_recover)

    audit = sub.add_parser("audit", parents=[common], help="the audit trail")
    audit_verbs = audit.add_subparsers(dest="verb", metavar="VERB", required=True)
    listing = audit_verbs.add_parser("list", parents=[common], help="entries, newest first")
    listing.add_argument("--officer", default=None)
    listing.add_argument("--action", default=None,
                         help="an action, or a prefix ending in a dot (member.)")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=_audit_list)
    verify = audit_verbs.add_parser("verify", parents=[common], help="check the hash chain")
    verify.set_defaults(handler=_audit_verify)


def _add(args: argparse.Namespace) -> int:
    from unionstation.domain.permissions import Action
    from unionstation.services.officers import OfficerService

    with logged_in(args) as logged:
        service = OfficerService(logged.runtime.context, logged.runtime.home, logged.key)
        # Refused before the new password is asked for.
        logged.runtime.context.require(Action.OFFICER_MANAGE, args.login)
        password = new_password(args, whose=f"{args.login} 的初始")
        officer = service.add(args.login, args.name, args.role, password)
    emit(args, {"login": officer.login, "role": officer.role.value},
         f"已添加工作人员:{officer.login}({officer.name},{officer.role.label})")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from unionstation.services.officers import OfficerService

    with logged_in(args) as logged:
        officers = OfficerService(logged.runtime.context, logged.runtime.home,
                                  logged.key).list()
    emit(args, {"officers": [{"login": o.login, "name": o.name, "role": o.role.value,
                              "disabled": o.disabled} for o in officers]},
         "\n".join(f"{o.login}\t{o.name}\t{o.role.label}" + ("\t已停用" if o.disabled else "")
                   for o in officers))
    return EXIT_OK


def _disable(args: argparse.Namespace) -> int:
    from unionstation.services.officers import OfficerService

    with logged_in(args) as logged:
        officer = OfficerService(logged.runtime.context, logged.runtime.home,
                                 logged.key).disable(args.login)
    emit(args, {"login": officer.login, "disabled": True}, f"已停用工作人员:{officer.login}")
    return EXIT_OK


def _password(args: argparse.Namespace) -> int:
    from unionstation.cli.common import credentials
    from unionstation.domain.permissions import Action
    from unionstation.services.officers import OfficerService

    with logged_in(args) as logged:
        context = logged.runtime.context
        service = OfficerService(context, logged.runtime.home, logged.key)
        target = args.login or context.officer
        if target == context.officer:
            _user, old = credentials(args)
            service.change_own_password(old, new_password(args))
        else:
            context.require(Action.OFFICER_MANAGE, target)
            service.reset_password(target, new_password(args, whose=f"{target} 的新"))
    emit(args, {"login": target, "changed": True}, f"已为 {target} 设置新密码")
    return EXIT_OK


def _recover(args: argparse.Namespace) -> int:
    from unionstation.services.login import recover
    from unionstation.store.lock import InstanceLock

    home = home_of(args)
    password = new_password(args)
    with InstanceLock(home):
        logged = recover(home, args.code, password, args.login)
        logged.close()
    emit(args, {"login": logged.officer.login, "recovered": True},
         f"已用恢复码为 {logged.officer.login} 设置新密码;旧密码已失效。")
    return EXIT_OK


def _audit_list(args: argparse.Namespace) -> int:
    from unionstation.domain.permissions import Action
    from unionstation.services.audit import list_entries

    if args.limit < 0:
        raise CommandError("--limit 不能是负数")
    with logged_in(args) as logged:
        context = logged.runtime.context
        context.require(Action.AUDIT_READ)
        with context.reading() as session:
            page = list_entries(session, officer=args.officer, action=args.action,
                                limit=args.limit)
    emit(args, {"total": page.total, "entries": [
        {"seq": e.seq, "at": e.at.isoformat(), "officer": e.officer, "action": e.action,
         "target": e.target} for e in page.entries]},
        "\n".join(f"{e.seq}\t{e.at.astimezone():%Y-%m-%d %H:%M:%S}\t{e.officer}\t{e.action}"
                  f"\t{e.target}" for e in page.entries) or "没有符合条件的记录")
    return EXIT_OK


def _audit_verify(args: argparse.Namespace) -> int:
    from unionstation.domain.permissions import Action
    from unionstation.services.audit import verify

    with logged_in(args) as logged:
        context = logged.runtime.context
        context.require(Action.AUDIT_READ)
        with context.reading() as session:
            result = verify(session)
    if result.ok:
        emit(args, {"ok": True, "entries": result.entries},
             f"审计记录完整:{result.entries} 条,哈希链无断点。")
        return EXIT_OK
    emit(args, {"ok": False, "first_bad": result.first_bad},
         f"审计记录被改动:第 {result.first_bad} 条起哈希链断开。")
    return EXIT_ERROR
