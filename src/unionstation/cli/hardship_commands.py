"""`unionstation hardship ...` and `unionstation visits ...` (the hardship issue).

Money goes in as '1000', '1000.5' or '1,000.50' and comes out as a two-place string;
fixed words take the English code or the Chinese word. `--officer` (or
$UNIONSTATION_USER) names who signs the changes: a file is approved by another officer
than the one who opened it.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station
from unionstation.cli.hardship_words import day, who_parser, word, yuan

if TYPE_CHECKING:
    from unionstation.services.hardship.common import FileRow
    from unionstation.services.hardship.detail import FileDetail

def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    who = who_parser()
    hardship = sub.add_parser("hardship", parents=[common], help="hardship files (困难职工档案)")
    verbs = hardship.add_subparsers(dest="verb", metavar="VERB", required=True)
    opening = verbs.add_parser("open", parents=[common, who], help="open a file")
    opening.add_argument("member", nargs="?", default=None,
                         help="member id, card number or ID number (else --name ...)")
    opening.add_argument("--name")
    opening.add_argument("--id-number")
    opening.add_argument("--union", default="")
    opening.add_argument("--category", required=True, help="severe | relative | sudden")
    opening.add_argument("--cause", action="append", required=True,
                         help="main cause first; up to three more")
    opening.add_argument("--household-size", type=int, required=True)
    opening.add_argument("--monthly-income", required=True,
                         help="the household's monthly income, yuan")
    opening.add_argument("--zero-employment", action="store_true")
    opening.set_defaults(handler=_open)

    for verb, help_text in (("approve", "approve (another officer than who opened it)"),
                            ("relieve", "relieved (解困脱困)"), ("close", "close (退出)")):
        step = verbs.add_parser(verb, parents=[common, who], help=help_text)
        step.add_argument("file", help="file id, file number or ID number")
        if verb != "approve":
            step.add_argument("--reason", required=True)
        step.set_defaults(handler=_step, step=verb)
    recheck = verbs.add_parser("recheck", parents=[common, who], help="the yearly re-check")
    recheck.add_argument("file")
    recheck.add_argument("--household-size", type=int, required=True)
    recheck.add_argument("--monthly-income", required=True)
    recheck.add_argument("--category", default=None)
    recheck.set_defaults(handler=_recheck)

    listing = verbs.add_parser("list", parents=[common, who], help="list files")
    listing.add_argument("--status", default=None)
    listing.add_argument("--category", default=None)
    listing.add_argument("--recheck-due", action="store_true")
    listing.set_defaults(handler=_list)
    show = verbs.add_parser("show", parents=[common, who], help="one whole file (audited)")
    show.add_argument("file")
    show.set_defaults(handler=_show)

    load = verbs.add_parser("import", parents=[common, who],
                            help="import a hardship roster (.xlsx/.xls/.csv) as temporary files")
    load.add_argument("file")
    load.add_argument("--sheet", default=None)
    load.add_argument("--dry-run", action="store_true")
    load.add_argument("--report", default=None, metavar="REPORT.xlsx")
    load.set_defaults(handler=_import)

    visits = sub.add_parser("visits", parents=[common], help="visits (走访慰问)")
    visit_verbs = visits.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = visit_verbs.add_parser("add", parents=[common, who], help="record a visit")
    add.add_argument("file")
    add.add_argument("--date", type=day, required=True)
    add.add_argument("--kind", required=True)
    add.add_argument("--occasion", default=None, help="for must_visit: the occasion")
    add.add_argument("--officers", default="")
    add.add_argument("--cash", default=None)
    add.add_argument("--funding", default=None)
    add.add_argument("--goods", default="")
    add.add_argument("--goods-value", default=None)
    add.add_argument("--campaign", default=None)
    add.add_argument("--notes", default="")
    add.set_defaults(handler=_visit)

    from unionstation.cli import hardship_money_commands

    hardship_money_commands.add_parsers(sub, common, who)


def file_json(row: FileRow) -> dict[str, Any]:
    return {"file": str(row.id), "file_no": row.file_no, "name": row.name,
            "id_number_masked": row.id_number_masked, "category": row.category.value,
            "status": row.status.value, "income_per_capita": yuan(row.income_per_capita),
            "recheck_due": row.recheck_due.isoformat()}


def _open(args: argparse.Namespace) -> int:
    from unionstation.domain.hardship import HardshipCategory, HardshipCause
    from unionstation.services.hardship.files import FileDraft, HardshipFileService
    from unionstation.services.members import MemberService

    category = word(HardshipCategory, args.category, "--category")
    causes = [word(HardshipCause, c, "--cause") for c in args.cause]
    with open_station(args) as runtime:
        service = HardshipFileService(runtime.context)
        if args.member:
            member = MemberService(runtime.context).resolve(args.member)
            draft = service.draft_for_member(member.id)
        else:
            if not args.name or not args.id_number:
                raise CommandError("请给出会员(会员编号、会员证号或身份证号),"
                                   "或 --name 和 --id-number")
            draft = FileDraft(name=args.name, id_number=args.id_number,
                              union_name=_union_name(runtime, args.union))
        draft.category = category
        draft.main_cause = causes[0]
        draft.secondary_causes = tuple(causes[1:])
        draft.household_size = args.household_size
        draft.monthly_income = args.monthly_income
        draft.zero_employment = args.zero_employment
        row = service.open(draft)
    emit(args, {"file": str(row.id), "file_no": row.file_no, "status": row.status.value,
                "income_per_capita": yuan(row.income_per_capita)},
         f"已建档 {row.file_no}:{row.name},人均月收入 {yuan(row.income_per_capita)} 元(待审核)")
    return EXIT_OK


def _union_name(runtime: Any, text: str) -> str:
    from unionstation.services.errors import NotFound
    from unionstation.services.unions import UnionService

    if not text:
        return ""
    try:
        return UnionService(runtime.context).resolve(text).name
    except NotFound:
        return str(text)


def _step(args: argparse.Namespace) -> int:
    from unionstation.services.hardship.files import HardshipFileService

    with open_station(args) as runtime:
        service = HardshipFileService(runtime.context)
        file_id = service.resolve(args.file).id
        if args.step == "approve":
            row = service.approve(file_id)
        elif args.step == "relieve":
            row = service.relieve(file_id, args.reason)
        else:
            row = service.close(file_id, args.reason)
    return _status_out(args, row)


def _status_out(args: argparse.Namespace, row: FileRow) -> int:
    emit(args, {"file_no": row.file_no, "status": row.status.value,
                "recheck_due": row.recheck_due.isoformat()},
         f"{row.file_no}:{row.status.label},复核日期 {row.recheck_due.isoformat()}")
    return EXIT_OK


def _recheck(args: argparse.Namespace) -> int:
    from unionstation.domain.hardship import HardshipCategory
    from unionstation.services.hardship.files import HardshipFileService

    category = word(HardshipCategory, args.category, "--category") if args.category else None
    with open_station(args) as runtime:
        service = HardshipFileService(runtime.context)
        file_id = service.resolve(args.file).id
        row = service.recheck(file_id, args.household_size, args.monthly_income, category)
    return _status_out(args, row)


def _list(args: argparse.Namespace) -> int:
    from unionstation.domain.hardship import FileStatus, HardshipCategory
    from unionstation.services.hardship.files import FileFilter, HardshipFileService

    criteria = FileFilter(
        status=word(FileStatus, args.status, "--status") if args.status else None,
        category=word(HardshipCategory, args.category, "--category") if args.category else None,
        recheck_due=args.recheck_due)
    with open_station(args) as runtime:
        rows = HardshipFileService(runtime.context).list(criteria)
    files = [{k: v for k, v in file_json(r).items() if k != "file"} for r in rows]
    emit(args, {"total": len(rows), "files": files},
         "\n".join(f"{r.file_no}\t{r.name}\t{r.category.label}\t{r.status.label}\t"
                   f"{yuan(r.income_per_capita)}" for r in rows) or "没有符合条件的档案")
    return EXIT_OK


def detail_json(detail: FileDetail) -> dict[str, Any]:
    draft = detail.draft
    return {
        "file": str(detail.id), "file_no": detail.file_no, "name": draft.name,
        "id_number_masked": detail.id_number_masked, "member": str(draft.member_id)
        if draft.member_id else None, "phone": draft.phone, "employer": draft.employer,
        "union": draft.union_name, "category": detail.category.value,
        "main_cause": detail.main_cause.value,
        "secondary_causes": [c.value for c in draft.secondary_causes],
        "status": detail.status.value, "household_size": draft.household_size,
        "monthly_income": yuan(Decimal(draft.monthly_income)),
        "income_per_capita": yuan(detail.income_per_capita),
        "minimum_living_line": yuan(detail.minimum_living_line)
        if detail.minimum_living_line is not None else None,
        "income_band": detail.income_band.value if detail.income_band else None,
        "zero_employment": draft.zero_employment, "bank_name": draft.bank_name,
        "bank_account": draft.bank_account, "opened_on": detail.opened_on.isoformat(),
        "entered_by": detail.entered_by, "approved_by": detail.approved_by,
        "recheck_due": detail.recheck_due.isoformat(),
        "relieved_on": detail.relieved_on.isoformat() if detail.relieved_on else None,
        "relieved_reason": detail.relieved_reason,
        "follow_up_on": detail.follow_up_on.isoformat() if detail.follow_up_on else None,
        "closed_on": detail.closed_on.isoformat() if detail.closed_on else None,
        "closed_reason": detail.closed_reason,
        "household": [{"name": p.name, "relation": p.relation, "birth_year": p.birth_year,
                       "health": p.health, "disability": p.disability,
                       "occupation": p.occupation,
                       "monthly_income": yuan(Decimal(p.monthly_income))}
                      for p in draft.household],
        "history": [{"at": h.happened_at.isoformat(), "kind": h.kind, "summary": h.summary,
                     "officer": h.officer} for h in detail.history],
        "visits": [{"visit": str(v.id), "date": v.visited_on.isoformat(),
                    "kind": v.kind.value, "occasion": v.occasion.value if v.occasion else None,
                    "officers": v.officers, "cash": yuan(v.cash), "goods": v.goods,
                    "goods_value": yuan(v.goods_value),
                    "funding": v.funding.value if v.funding else None,
                    "campaign": str(v.campaign_id) if v.campaign_id else None,
                    "notes": v.notes} for v in detail.visits],
        "payments": [{"payment": str(p.id), "amount": yuan(p.amount),
                      "date": p.paid_on.isoformat(), "funding": p.funding.value,
                      "campaign": str(p.campaign_id) if p.campaign_id else None,
                      "reverses": str(p.reverses) if p.reverses else None}
                     for p in detail.payments],
        "paid_total": yuan(detail.paid_total),
    }


def _show(args: argparse.Namespace) -> int:
    from unionstation.services.hardship.detail import FileDetailService
    from unionstation.services.hardship.files import HardshipFileService

    with open_station(args) as runtime:
        file_id = HardshipFileService(runtime.context).resolve(args.file).id
        detail = FileDetailService(runtime.context).open(file_id)
    payload = detail_json(detail)
    emit(args, payload, "\n".join(f"{k}: {v}" for k, v in payload.items()
                                  if not isinstance(v, list)))
    return EXIT_OK


def _visit(args: argparse.Namespace) -> int:
    from unionstation.domain.hardship import FundingSource, MustVisitOccasion, VisitKind
    from unionstation.services.hardship.campaigns import CampaignService
    from unionstation.services.hardship.files import HardshipFileService
    from unionstation.services.hardship.visits import VisitDraft, VisitService

    kind = word(VisitKind, args.kind, "--kind")
    occasion = word(MustVisitOccasion, args.occasion, "--occasion") if args.occasion else None
    funding = word(FundingSource, args.funding, "--funding") if args.funding else None
    with open_station(args) as runtime:
        file_id = HardshipFileService(runtime.context).resolve(args.file).id
        campaign = CampaignService(runtime.context).resolve(args.campaign) \
            if args.campaign else None
        visit, payment = VisitService(runtime.context).add(VisitDraft(
            file_id, args.date, kind, occasion, officers=args.officers, notes=args.notes,
            cash=args.cash, funding=funding, goods=args.goods, goods_value=args.goods_value,
            goods_quantity=1 if args.goods else 0, campaign_id=campaign))
    emit(args, {"visit": str(visit), "payment": str(payment) if payment else None},
         f"已登记走访 {visit}" + (f",发放记录 {payment}" if payment else ""))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from unionstation.exchange.hardship_import import import_hardship_roster

    with open_station(args) as runtime:
        summary = import_hardship_roster(
            runtime.context, runtime.home, Path(args.file).expanduser().resolve(),
            sheet=args.sheet, dry_run=args.dry_run,
            report=Path(args.report).expanduser().resolve() if args.report else None)
    emit(args, {"rows": summary.rows, "imported": summary.imported,
                "rejected": [{"row": row, "reason": why} for row, why in summary.rejected],
                "dry_run": summary.dry_run,
                "backup": str(summary.backup) if summary.backup else None},
         f"共 {summary.rows} 行,{'可导入' if summary.dry_run else '已导入'} {summary.imported} 份,"
         f"未导入 {len(summary.rejected)} 行" + "".join(
             f"\n第 {row} 行:{why}" for row, why in summary.rejected))
    return EXIT_OK
