"""`unionstation privacy ...`: a member's data on request, and purging after retention."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD,而不是 {text!r}") from None


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    privacy = sub.add_parser("privacy", parents=[common], help="personal data on request")
    verbs = privacy.add_subparsers(dest="verb", metavar="VERB", required=True)
    export = verbs.add_parser("export", parents=[common],
                              help="everything held on one member, and who saw it")
    export.add_argument("member", help="member id, card number or ID number")
    export.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    export.set_defaults(handler=_export)
    purge = verbs.add_parser("purge", parents=[common],
                             help="remove members who left before a date (with --dry-run first)")
    purge.add_argument("--left-before", required=True, type=_date, metavar="YYYY-MM-DD")
    purge.add_argument("--dry-run", action="store_true")
    purge.set_defaults(handler=_purge)


def _export(args: argparse.Namespace) -> int:
    from unionstation.services.members import MemberService
    from unionstation.services.privacy import PrivacyService

    out = args.out.expanduser()
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CommandError(f"--out {out.name}:请用 .pdf 或 .xlsx 结尾的文件名")
    with open_station(args) as runtime:
        member = MemberService(runtime.context).resolve(args.member)
        dossier = PrivacyService(runtime.context).dossier(member.id)
    if suffix == ".pdf":
        from unionstation.printing.privacy_report import write_dossier_pdf

        write_dossier_pdf(dossier, out)
    else:
        from unionstation.exchange.privacy_export import write_dossier_xlsx

        write_dossier_xlsx(dossier, out)
    emit(args, {"out": str(out), "member_id": str(member.id), "seen_by": len(dossier.seen_by)},
         f"已导出该会员的个人信息副本:{out}")
    return EXIT_OK


def _purge(args: argparse.Namespace) -> int:
    from unionstation.services.privacy import PrivacyService

    with open_station(args) as runtime:
        result = PrivacyService(runtime.context).purge(args.left_before, dry_run=args.dry_run)
    when = args.left_before.isoformat()
    text = (f"{when} 以前离会的会员共 {result.members} 名;这是演练,什么也没有删除。"
            if not result.purged else
            f"已彻底删除 {when} 以前离会的会员 {result.members} 名(含检索索引与空闲页)。")
    emit(args, {"members": result.members, "purged": result.purged}, text)
    return EXIT_OK
