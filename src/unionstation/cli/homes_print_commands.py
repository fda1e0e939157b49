"""`unionstation print asset-tags|venue-plate|checklist|stocktake|subsidy` (the workers'
homes issue), added under the existing `print` command."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station


def add_print_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser],
                      common: argparse.ArgumentParser, offset: Any) -> None:
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    tags = verbs.add_parser("asset-tags", parents=[common, output],
                            help="asset labels, 24 to an A4 label sheet")
    tags.add_argument("tags", nargs="*", metavar="TAG")
    tags.add_argument("--venue", default=None)
    tags.add_argument("--printer", default="", help="use this printer's saved offset")
    tags.add_argument("--offset", type=offset, default=None, metavar="X,Y",
                      help="shift the sheet by X,Y millimetres (right, down)")
    tags.set_defaults(handler=_asset_tags)
    for verb, text in (("venue-plate", "the venue's A5 QR plate"),
                       ("checklist", "the venue's self-assessment")):
        one = verbs.add_parser(verb, parents=[common, output], help=text)
        one.add_argument("venue")
        one.set_defaults(handler=_venue_document, document=verb)
    stocktake = verbs.add_parser("stocktake", parents=[common, output],
                                 help="a stocktake's report")
    stocktake.add_argument("stocktake")
    stocktake.set_defaults(handler=_stocktake)
    subsidy = verbs.add_parser("subsidy", parents=[common, output],
                               help="a venue's monthly subsidy claim")
    subsidy.add_argument("venue")
    subsidy.add_argument("--month", required=True, metavar="YYYY-MM")
    subsidy.set_defaults(handler=_subsidy)


def _out(args: argparse.Namespace) -> Path:
    return Path(args.out).expanduser().absolute()


def _done(args: argparse.Namespace, out: Path, pages: int, extra: dict[str, Any]) -> int:
    emit(args, {"out": str(out), **extra, "pages": pages}, f"已生成:{out}(共 {pages} 页)")
    return EXIT_OK


def _asset_tags(args: argparse.Namespace) -> int:
    from unionstation.printing.homes_api import print_asset_tags

    if bool(args.venue) == bool(args.tags):
        raise CommandError("请给出 --venue 或资产标签(二者选一)。")
    with open_station(args) as runtime:
        result = print_asset_tags(runtime.context, _out(args), venue=args.venue,
                                  tags=args.tags, printer=args.printer, offset=args.offset)
    return _done(args, result.out, result.pages, {"labels": result.labels})


def _venue_document(args: argparse.Namespace) -> int:
    from unionstation.printing.homes_api import print_checklist, print_venue_plate

    render = print_venue_plate if args.document == "venue-plate" else print_checklist
    with open_station(args) as runtime:
        result = render(runtime.context, _out(args), args.venue)
    return _done(args, result.out, result.pages, {})


def _stocktake(args: argparse.Namespace) -> int:
    from unionstation.printing.homes_api import print_stocktake

    with open_station(args) as runtime:
        result = print_stocktake(runtime.context, _out(args), args.stocktake)
    return _done(args, result.out, result.pages, {})


def _subsidy(args: argparse.Namespace) -> int:
    from unionstation.domain.homes import parse_month
    from unionstation.printing.homes_api import print_subsidy

    try:
        month = parse_month(args.month)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    with open_station(args) as runtime:
        result = print_subsidy(runtime.context, _out(args), args.venue, month)
    return _done(args, result.out, result.pages, {})
