"""`unionstation print ...`: application forms, registration sheets, cards, certificates,
transfer letters and the calibration page, as PDF files (the printing issue)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station

if TYPE_CHECKING:
    from unionstation.services.runtime import StationRuntime

MEMBER_DOCUMENTS = {"application": "application", "registration": "registration",
                    "certificate": "certificate", "transfer-letter": "transfer_letter"}


def _offset(text: str) -> tuple[float, float]:
    try:
        x, y = (float(part) for part in text.replace(",", " ").split())
    except ValueError:
        raise argparse.ArgumentTypeError(f"偏移应写作 X,Y(毫米),而不是 {text!r}") from None
    return x, y


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    output.add_argument("--fill-in", action="store_true",
                        help="print only the data, for forms printed in advance (套打)")
    output.add_argument("--offset", type=_offset, default=None, metavar="X,Y",
                        help="shift everything by X,Y millimetres (right, down)")
    layout = argparse.ArgumentParser(add_help=False)
    layout.add_argument("--layout", choices=("single", "sheet"), default="sheet",
                        help="one card per page (card printers) or 10 on an A4 sheet")

    printing = sub.add_parser("print", parents=[common], help="print forms and cards to PDF")
    verbs = printing.add_subparsers(dest="verb", metavar="DOCUMENT", required=True)
    for verb, kind in MEMBER_DOCUMENTS.items():
        one = verbs.add_parser(verb, parents=[common, output], help=f"{kind} of one member")
        one.add_argument("member", help="member id, card number or ID number")
        one.set_defaults(handler=_print_member, kind=kind)
    card = verbs.add_parser("card", parents=[common, output, layout],
                            help="membership cards of the members named")
    card.add_argument("members", nargs="+", metavar="MEMBER")
    card.set_defaults(handler=_print_card)
    many = verbs.add_parser("cards", parents=[common, output, layout],
                            help="membership cards of a union, a drive or everyone")
    chosen = many.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--union", default=None, help="the union's id or exact name")
    chosen.add_argument("--drive", default=None, help="the enrollment drive's id")
    chosen.add_argument("--all", action="store_true", help="every active member")
    many.set_defaults(handler=_print_cards)
    calibration = verbs.add_parser("calibration", parents=[common, output],
                                   help="a measured grid to read the printer's offset")
    calibration.set_defaults(handler=_print_calibration)
    from unionstation.cli.hardship_money_commands import add_print_parser

    add_print_parser(verbs, common)  # print signoff: the hardship issue's sign-off sheet
    from unionstation.cli.homes_print_commands import add_print_parsers

    add_print_parsers(verbs, common, _offset)


def _render(args: argparse.Namespace, runtime: StationRuntime, kind: str,
            member_ids: list[UUID]) -> int:
    from unionstation.printing.api import DOCUMENT_TITLES, render_to_pdf

    out = Path(args.out).expanduser().absolute()
    result = render_to_pdf(runtime.context, runtime.home, kind, member_ids,  # type: ignore[arg-type]
                           out, layout=getattr(args, "layout", "sheet"), fill_in=args.fill_in,
                           offset_mm=args.offset or (0.0, 0.0))
    emit(args, {"out": str(result.out), "pages": result.pages, "font": result.font},
         f"已生成{DOCUMENT_TITLES[kind]}:{result.out}(共 {result.pages} 页,字体 {result.font})")
    return EXIT_OK


def _print_member(args: argparse.Namespace) -> int:
    from unionstation.services.members import MemberService

    with open_station(args) as runtime:
        member = MemberService(runtime.context).resolve(args.member)
        return _render(args, runtime, args.kind, [member.id])


def _print_card(args: argparse.Namespace) -> int:
    from unionstation.services.members import MemberService

    with open_station(args) as runtime:
        members = MemberService(runtime.context)
        ids = [members.resolve(key).id for key in args.members]
        return _render(args, runtime, "card", ids)


def _print_cards(args: argparse.Namespace) -> int:
    from unionstation.printing.api import card_member_ids
    from unionstation.services.drives import DriveService
    from unionstation.services.unions import UnionService

    with open_station(args) as runtime:
        context = runtime.context
        if args.union:
            ids = card_member_ids(context, union_id=UnionService(context).resolve(args.union).id)
        elif args.drive:
            try:
                drive_id = UUID(args.drive.strip())
            except ValueError:
                raise CommandError(f"集中入会编号 {args.drive!r} 不对,请用 drives 列出的编号。"
                                   ) from None
            ids = card_member_ids(context, drive_id=DriveService(context).get(drive_id).id)
        else:
            ids = card_member_ids(context, all_active=True)
        if not ids:
            raise CommandError("没有可以打印会员证的会员(需在册且已有会员证号)。")
        return _render(args, runtime, "card", ids)


def _print_calibration(args: argparse.Namespace) -> int:
    with open_station(args) as runtime:
        return _render(args, runtime, "calibration", [])
