"""`unionstation unions ...` and `unionstation members ...` (the members issue)."""

from __future__ import annotations

import argparse
from datetime import date

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station

UNION_KINDS = ("enterprise", "sector", "area", "institution")
STATUSES = ("active", "transferred_out", "lapsed", "retired", "deceased")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD,而不是 {text!r}") from None


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    unions = sub.add_parser("unions", parents=[common], help="grassroots unions")
    union_verbs = unions.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = union_verbs.add_parser("add", parents=[common], help="register a grassroots union")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", choices=UNION_KINDS, default="enterprise")
    add.add_argument("--credit-code", default="")
    add.set_defaults(handler=_unions_add)
    listing = union_verbs.add_parser("list", parents=[common], help="unions with member counts")
    listing.set_defaults(handler=_unions_list)

    members = sub.add_parser("members", parents=[common], help="members")
    verbs = members.add_subparsers(dest="verb", metavar="VERB", required=True)
    enroll = verbs.add_parser("add", parents=[common], help="enroll a member")
    enroll.add_argument("--name", required=True)
    enroll.add_argument("--id-number", required=True)
    enroll.add_argument("--union", required=True, help="the union's id or exact name")
    enroll.add_argument("--phone", default="")
    enroll.add_argument("--employer", default="")
    enroll.add_argument("--job", default="")
    enroll.add_argument("--group", default=None, help="priority-group code, e.g. courier")
    enroll.add_argument("--migrant", action="store_true", help="a migrant worker (农民工)")
    enroll.add_argument("--joined", type=_date, default=None, help="YYYY-MM-DD (default today)")
    enroll.set_defaults(handler=_members_add)

    find = verbs.add_parser("list", parents=[common], help="search the register")
    find.add_argument("--search", default="")
    find.add_argument("--union", default=None)
    find.add_argument("--status", choices=STATUSES, default=None)
    find.add_argument("--limit", type=int, default=50)
    find.set_defaults(handler=_members_list)

    show = verbs.add_parser("show", parents=[common], help="one member, all fields")
    show.add_argument("member", help="member id, card number or ID number")
    show.add_argument("--unmasked", action="store_true", help="the whole ID number (audited)")
    show.set_defaults(handler=_members_show)

    move = verbs.add_parser("transfer", parents=[common],
                            help="move to another grassroots union of this station")
    move.add_argument("member")
    move.add_argument("--to-union", required=True)
    move.set_defaults(handler=_members_transfer)

    out = verbs.add_parser("transfer-out", parents=[common],
                           help="transfer the membership to a union elsewhere")
    out.add_argument("member")
    out.add_argument("--to", required=True, dest="destination")
    out.add_argument("--date", type=_date, default=None)
    out.set_defaults(handler=_members_transfer_out)

    delete = verbs.add_parser("delete", parents=[common],
                              help="delete a record entered by mistake (sent to the county)")
    delete.add_argument("member")
    delete.add_argument("--reason", required=True)
    delete.set_defaults(handler=_members_delete)

    load = verbs.add_parser("import", parents=[common], help="import a roster (.xlsx/.xls/.csv)")
    load.add_argument("file")
    load.add_argument("--sheet", default=None)
    load.add_argument("--union", default=None, help="for rows without a union column")
    load.add_argument("--on-duplicate", choices=("skip", "update"), default="skip")
    load.add_argument("--all-or-nothing", action="store_true")
    load.add_argument("--dry-run", action="store_true")
    load.add_argument("--report", default=None, metavar="REPORT.xlsx")
    load.add_argument("--unmasked-report", action="store_true",
                      help="whole ID numbers and phones in the report (audited)")
    load.set_defaults(handler=_members_import)

    _add_export_parsers(verbs, common)


def _unions_add(args: argparse.Namespace) -> int:
    from unionstation.domain.codes import UnionKind
    from unionstation.services.unions import UnionDraft, UnionService

    with open_station(args) as runtime:
        union = UnionService(runtime.context).add(
            UnionDraft(args.name, UnionKind(args.kind), args.credit_code))
    emit(args, {"id": str(union.id), "name": union.name},
         f"已登记基层工会:{union.name}({union.id})")
    return EXIT_OK


def _unions_list(args: argparse.Namespace) -> int:
    from unionstation.services.unions import UnionService

    with open_station(args) as runtime:
        unions = UnionService(runtime.context).list()
    emit(args, {"unions": [{"id": str(u.id), "name": u.name, "kind": u.kind.value,
                            "members": u.members} for u in unions]},
         "\n".join(f"{u.name}\t{u.kind.label}\t{u.members} 名" for u in unions)
         or "还没有基层工会")
    return EXIT_OK


def _members_add(args: argparse.Namespace) -> int:
    from unionstation.domain.codes import PriorityGroup
    from unionstation.services.members import MemberDraft, MemberService
    from unionstation.services.unions import UnionService

    group = None
    if args.group:
        try:
            group = PriorityGroup(args.group)
        except ValueError:
            codes = ", ".join(g.value for g in PriorityGroup)
            raise CommandError(f"人员类别 --group {args.group!r} 不存在,可用:{codes}") from None
    with open_station(args) as runtime:
        union = UnionService(runtime.context).resolve(args.union)
        draft = MemberDraft(
            name=args.name, id_number=args.id_number, grassroots_union_id=union.id,
            joined_on=args.joined or runtime.context.today(), phone=args.phone,
            employer=args.employer, job=args.job, priority_group=group,
            migrant_worker=args.migrant,
        )
        member = MemberService(runtime.context).enroll(draft)
    emit(args, {"id": str(member.id), "card_no": member.card_no,
                "birth_date": member.birth_date.isoformat(), "gender": member.gender.value},
         f"已登记会员:{member.name},会员证号 {member.card_no}")
    return EXIT_OK


def _members_list(args: argparse.Namespace) -> int:
    from unionstation.domain.codes import MemberStatus
    from unionstation.services.member_query import MemberFilter, MemberQueryService
    from unionstation.services.unions import UnionService

    if args.limit < 0:
        raise CommandError("--limit 不能是负数")
    with open_station(args) as runtime:
        criteria = MemberFilter(text=args.search)
        if args.union:
            criteria.union_id = UnionService(runtime.context).resolve(args.union).id
        if args.status:
            criteria.statuses = (MemberStatus(args.status),)
        page = MemberQueryService(runtime.context).search(criteria, limit=args.limit)
    rows = [{"id": str(r.id), "name": r.name, "id_number_masked": r.id_number_masked,
             "card_no": r.card_no, "union": r.union_name, "status": r.status.value,
             "phone": r.phone} for r in page.rows]
    text = "\n".join(f"{r.name}\t{r.id_number_masked}\t{r.card_no or ''}\t{r.union_name}\t"
                     f"{r.status.label}" for r in page.rows)
    emit(args, {"total": page.total, "members": rows},
         f"{text}\n共 {page.total} 名" if text else "没有符合条件的会员")
    return EXIT_OK


def _members_show(args: argparse.Namespace) -> int:
    from unionstation.services.member_detail import MemberDetailService
    from unionstation.services.members import MemberService

    with open_station(args) as runtime:
        member = MemberService(runtime.context).resolve(args.member)
        detail = MemberDetailService(runtime.context).get(member.id, unmasked=args.unmasked)
    payload = detail.as_json()
    payload["history"] = [{"at": h.happened_at.isoformat(), "kind": h.kind,
                           "summary": h.summary, "officer": h.officer} for h in detail.history]
    lines = [f"{key}: {value}" for key, value in detail.as_json().items()]
    lines += [f"{h.happened_at:%Y-%m-%d %H:%M} {h.summary}({h.officer})"
              for h in detail.history]
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def _members_transfer(args: argparse.Namespace) -> int:
    from unionstation.services.members import MemberService
    from unionstation.services.transfers import TransferService
    from unionstation.services.unions import UnionService

    with open_station(args) as runtime:
        member = MemberService(runtime.context).resolve(args.member)
        union = UnionService(runtime.context).resolve(args.to_union)
        record = TransferService(runtime.context).within(member.id, union.id)
    emit(args, {"id": str(record.id), "member_id": str(member.id), "from": record.from_name,
                "to": record.to_name, "date": record.transfer_on.isoformat()},
         f"{member.name}:由“{record.from_name}”转至“{record.to_name}”")
    return EXIT_OK


def _members_transfer_out(args: argparse.Namespace) -> int:
    from unionstation.services.members import MemberService
    from unionstation.services.transfers import TransferService

    with open_station(args) as runtime:
        member = MemberService(runtime.context).resolve(args.member)
        record = TransferService(runtime.context).out(member.id, args.destination, args.date)
    emit(args, {"id": str(record.id), "member_id": str(member.id), "status": "transferred_out",
                "to": record.to_name, "date": record.transfer_on.isoformat()},
         f"{member.name}:已转往“{record.to_name}”({record.transfer_on.isoformat()})")
    return EXIT_OK


def _members_delete(args: argparse.Namespace) -> int:
    from unionstation.services.members import MemberService

    with open_station(args) as runtime:
        service = MemberService(runtime.context)
        member = service.resolve(args.member)
        service.delete(member.id, args.reason)
    emit(args, {"id": str(member.id), "deleted": True}, f"{member.name}:记录已删除")
    return EXIT_OK


# -- export and template (issue 4) -------------------------------------------------------


def _add_export_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser],
                        common: argparse.ArgumentParser) -> None:
    export = verbs.add_parser("export", parents=[common],
                              help="write the member ledger (会员台账) as .xlsx")
    export.add_argument("file", metavar="FILE.xlsx")
    export.add_argument("--search", default="")
    export.add_argument("--union", default=None, help="the union's id or exact name")
    export.add_argument("--status", choices=(*STATUSES, "all"), default="active",
                        help="members of this status (default: active)")
    export.add_argument("--unmasked", action="store_true",
                        help="whole ID numbers instead of masked ones (audited)")
    export.set_defaults(handler=_members_export)
    template = verbs.add_parser("template", parents=[common],
                                help="write the blank import template as .xlsx")
    template.add_argument("file", metavar="FILE.xlsx")
    template.set_defaults(handler=_members_template)


def _members_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from unionstation.domain.codes import MemberStatus
    from unionstation.exchange.member_ledger import export_member_ledger
    from unionstation.services.member_query import MemberFilter
    from unionstation.services.unions import UnionService

    out = Path(args.file).expanduser().resolve()
    with open_station(args) as runtime:
        criteria = MemberFilter(text=args.search, statuses=() if args.status == "all"
                                else (MemberStatus(args.status),))
        if args.union:
            criteria.union_id = UnionService(runtime.context).resolve(args.union).id
        result = export_member_ledger(runtime.context, out, criteria, unmasked=args.unmasked)
    kind = "完整身份证号" if result.unmasked else "身份证号已遮蔽"
    emit(args, {"out": str(result.path), "rows": result.rows, "unmasked": result.unmasked},
         f"已导出会员台账:{result.path}(共 {result.rows} 名,{kind})")
    return EXIT_OK


def _members_template(args: argparse.Namespace) -> int:
    from pathlib import Path

    from unionstation.exchange.template import export_template

    out = Path(args.file).expanduser().resolve()
    with open_station(args) as runtime:
        written = export_template(runtime.context, out)
    emit(args, {"out": str(written)}, f"已写入会员信息导入模板:{written}")
    return EXIT_OK


def _members_import(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from unionstation.cli.common import EXIT_ERROR
    from unionstation.exchange.roster_import import (
        ImportOptions,
        RosterImporter,
        backup_after_import,
        load_roster,
    )
    from unionstation.services.unions import UnionService

    with open_station(args) as runtime:
        sheet = load_roster(Path(args.file), args.sheet)
        options = ImportOptions(update_existing=args.on_duplicate == "update",
                                all_or_nothing=args.all_or_nothing, dry_run=args.dry_run,
                                report=Path(args.report).resolve() if args.report else None,
                                unmasked_report=args.unmasked_report,
                                backup_to=runtime.home)
        if args.union:
            options.default_union = UnionService(runtime.context).resolve(args.union).id
        summary = RosterImporter(runtime.context).run(sheet, options)
        backup_after_import(summary, options)
    lines = [f"第{r.row}行 {r.field}:{r.reason}" for r in summary.rejections]
    trial = "(试导入,未写入)" if summary.dry_run else ""
    lines.append(f"{trial}共 {summary.rows} 行:导入 {summary.imported},更新 {summary.updated},"
                 f"跳过 {summary.skipped},未导入 {summary.rejected},有提示 {summary.warnings}")
    if summary.report is not None:
        lines.append(f"导入报告:{summary.report}")
    if summary.backup is not None:
        lines.append(f"导入前的数据已备份到:{summary.backup}")
    emit(args, summary.as_json(), "\n".join(lines))
    if summary.blocked:
        print(f"有 {summary.rejected} 行有错误,按 --all-or-nothing 没有导入任何一行。",
              file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK
