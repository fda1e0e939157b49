"""`unionstation campaigns ...`, `payments ...` and `print signoff` (the hardship issue)."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station
from unionstation.cli.hardship_words import day, who_parser, word, yuan


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:
    campaigns = sub.add_parser("campaigns", parents=[common], help="campaigns (帮扶活动)")
    verbs = campaigns.add_subparsers(dest="verb", metavar="VERB", required=True)
    create = verbs.add_parser("create", parents=[common, who], help="a new campaign")
    create.add_argument("--name", required=True)
    create.add_argument("--kind", required=True)
    create.add_argument("--year", type=int, required=True)
    create.add_argument("--budget", required=True)
    create.add_argument("--standard", action="append", default=[],
                        metavar="CATEGORY=YUAN", help="e.g. severe=1000 (repeat)")
    create.add_argument("--funding", default=None)
    create.set_defaults(handler=_create)

    add = verbs.add_parser("add-households", parents=[common, who],
                           help="households by rule or one by one")
    add.add_argument("campaign")
    add.add_argument("files", nargs="*", metavar="FILE")
    add.add_argument("--rule", choices=("formal",), default=None)
    add.add_argument("--category", default=None)
    add.set_defaults(handler=_add_households)

    pay = verbs.add_parser("pay", parents=[common, who], help="pay one household")
    pay.add_argument("campaign")
    pay.add_argument("file")
    pay.add_argument("--amount", default=None)
    pay.add_argument("--date", type=day, default=None)
    pay.add_argument("--allow-duplicate", default="", metavar="REASON",
                     help="pay despite a double payment or the budget (audited)")
    pay.set_defaults(handler=_pay)

    show = verbs.add_parser("show", parents=[common, who], help="a campaign's totals")
    show.add_argument("campaign")
    show.set_defaults(handler=_show)

    payments = sub.add_parser("payments", parents=[common], help="payments (append-only)")
    pay_verbs = payments.add_subparsers(dest="verb", metavar="VERB", required=True)
    reverse = pay_verbs.add_parser("reverse", parents=[common, who],
                                   help="reverse a payment (a negative entry)")
    reverse.add_argument("payment")
    reverse.add_argument("--reason", required=True)
    reverse.set_defaults(handler=_reverse)
    listing = pay_verbs.add_parser("list", parents=[common, who], help="payment entries")
    listing.add_argument("--campaign", default=None)
    listing.add_argument("--file", default=None)
    listing.add_argument("--year", type=int, default=None)
    listing.set_defaults(handler=_list)


def add_print_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser],
                     common: argparse.ArgumentParser) -> None:
    """`print signoff`, added to the print command's documents."""
    signoff = verbs.add_parser("signoff", parents=[common, who_parser()],
                               help="a campaign's sign-off sheet (发放花名册)")
    signoff.add_argument("--campaign", default=None)
    signoff.add_argument("--date", type=day, default=None,
                         help="instead of --campaign: cash handed over on the day's visits")
    signoff.add_argument("--out", required=True, type=Path)
    signoff.set_defaults(handler=_print_signoff)


def _create(args: argparse.Namespace) -> int:
    from unionstation.domain.hardship import CampaignKind, FundingSource, HardshipCategory
    from unionstation.services.hardship.campaigns import CampaignDraft, CampaignService

    standards = {}
    for item in args.standard:
        category, sep, amount = item.partition("=")
        if not sep:
            raise CommandError(f"--standard 应写作 类别=金额,例如 severe=1000,而不是 {item!r}")
        standards[word(HardshipCategory, category, "--standard")] = amount
    funding = word(FundingSource, args.funding, "--funding") if args.funding \
        else FundingSource.OWN_FUNDS
    with open_station(args) as runtime:
        made = CampaignService(runtime.context).create(CampaignDraft(
            args.name, word(CampaignKind, args.kind, "--kind"), args.year, args.budget,
            standards, funding))
    emit(args, {"campaign": str(made.id)}, f"已建立帮扶活动“{made.name}”({made.id})")
    return EXIT_OK


def _add_households(args: argparse.Namespace) -> int:
    from unionstation.domain.hardship import HardshipCategory
    from unionstation.services.hardship.campaigns import CampaignService
    from unionstation.services.hardship.files import HardshipFileService

    if not (args.rule or args.category or args.files):
        raise CommandError("请给出 --rule formal、--category 或具体档案")
    category = word(HardshipCategory, args.category, "--category") if args.category else None
    with open_station(args) as runtime:
        service = CampaignService(runtime.context)
        campaign = service.resolve(args.campaign)
        files = HardshipFileService(runtime.context)
        ids = [files.resolve(ref).id for ref in args.files]
        added, skipped = service.add_households(
            campaign, formal=args.rule == "formal", category=category, file_ids=ids or None)
    emit(args, {"added": added, "skipped": skipped}, f"加入 {added} 户,跳过 {skipped} 户")
    return EXIT_OK


def _pay(args: argparse.Namespace) -> int:
    from unionstation.services.hardship.campaigns import CampaignService
    from unionstation.services.hardship.files import HardshipFileService

    with open_station(args) as runtime:
        service = CampaignService(runtime.context)
        campaign = service.resolve(args.campaign)
        file_id = HardshipFileService(runtime.context).resolve(args.file).id
        payment, amount = service.pay(campaign, file_id, args.amount, args.date,
                                      args.allow_duplicate)
    emit(args, {"payment": str(payment), "amount": yuan(amount)},
         f"已发放 {yuan(amount)} 元,发放记录 {payment}")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from unionstation.services.hardship.campaigns import CampaignService

    with open_station(args) as runtime:
        service = CampaignService(runtime.context)
        summary = service.show(service.resolve(args.campaign))
    emit(args, {"campaign": str(summary.id), "name": summary.name,
                "kind": summary.kind.value, "year": summary.year,
                "budget": yuan(summary.budget), "households": summary.households,
                "visited": summary.visited, "paid_households": summary.paid_households,
                "signed": summary.signed, "paid_total": yuan(summary.paid_total),
                "budget_left": yuan(summary.budget_left)},
         f"{summary.name}({summary.kind.label} {summary.year}):{summary.households} 户,"
         f"已发放 {summary.paid_households} 户 {yuan(summary.paid_total)} 元,"
         f"预算剩余 {yuan(summary.budget_left)} 元")
    return EXIT_OK


def _reverse(args: argparse.Namespace) -> int:
    from unionstation.services.hardship.payments import PaymentService

    with open_station(args) as runtime:
        service = PaymentService(runtime.context)
        reversal = service.reverse(service.resolve(args.payment), args.reason)
    emit(args, {"reversal": str(reversal.id), "amount": yuan(reversal.amount)},
         f"已冲销,冲销记录 {reversal.id},金额 {yuan(reversal.amount)} 元")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from unionstation.services.hardship.campaigns import CampaignService
    from unionstation.services.hardship.files import HardshipFileService
    from unionstation.services.hardship.payments import PaymentFilter, PaymentService

    with open_station(args) as runtime:
        ctx = runtime.context
        criteria = PaymentFilter(
            campaign_id=CampaignService(ctx).resolve(args.campaign) if args.campaign else None,
            file_id=HardshipFileService(ctx).resolve(args.file).id if args.file else None,
            year=args.year)
        rows, total = PaymentService(ctx).list(criteria)
    emit(args, {"total": len(rows), "sum": yuan(total), "payments": [
        {"payment": str(r.id), "file_no": r.file_no, "name": r.name, "amount": yuan(r.amount),
         "date": r.paid_on.isoformat(),
         "campaign": str(r.campaign_id) if r.campaign_id else None,
         "reverses": str(r.reverses) if r.reverses else None} for r in rows]},
         "\n".join(f"{r.paid_on}\t{r.file_no}\t{r.name}\t{yuan(r.amount)}\t{r.campaign}"
                   for r in rows) + f"\n合计 {len(rows)} 笔 {yuan(total)} 元")
    return EXIT_OK


def _print_signoff(args: argparse.Namespace) -> int:
    from unionstation.printing.signoff_sheet import render_signoff
    from unionstation.services.hardship.campaigns import CampaignService

    if (args.campaign is None) == (args.date is None):
        raise CommandError("请给出 --campaign 或 --date 中的一项")
    out = Path(args.out).expanduser().resolve()
    with open_station(args) as runtime:
        campaign = CampaignService(runtime.context).resolve(args.campaign) \
            if args.campaign else None
        result = render_signoff(runtime.context, out, campaign_id=campaign, day=args.date)
    emit(args, {"out": str(result.out), "pages": result.pages, "total": yuan(result.total)},
         f"已写入 {result.out}:{result.pages} 页,合计 {yuan(result.total)} 元")
    return EXIT_OK
