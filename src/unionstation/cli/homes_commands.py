"""`unionstation venues|assets|stocktake ...` (the workers' homes issue). The reading room
and service logs are in homes_reading_commands.py; the prints in homes_print_commands.py.

In every JSON answer `venue` is the venue's id; `code` its venue code."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station

KINDS = ("workers_home", "small_home", "reading_room", "nursing_room", "outdoor_station",
         "service_center", "innovation_studio")
LEVELS = ("national", "provincial", "city", "county")
CATEGORIES = ("sports", "books", "appliances", "furniture", "first_aid", "it", "other")
FUNDING = ("own_funds", "higher_union", "donation", "special_fund")
CONDITIONS = ("good", "damaged", "scrapped")


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD,而不是 {text!r}") from None


def _verbs(sub: argparse._SubParsersAction[argparse.ArgumentParser],
           common: argparse.ArgumentParser, name: str,
           text: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    parser = sub.add_parser(name, parents=[common], help=text)
    return parser.add_subparsers(dest="verb", metavar="VERB", required=True)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    venues = _verbs(sub, common, "venues", "workers' homes, reading rooms, rest stops")
    add = venues.add_parser("add", parents=[common], help="register a venue")
    add.add_argument("--kind", choices=KINDS, required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--union", required=True, help="the host union")
    add.add_argument("--level", choices=LEVELS, default=None, help="a model home's level")
    add.add_argument("--stars", type=int, default=0)
    add.add_argument("--address", default="")
    add.add_argument("--area", type=int, default=None, metavar="M2")
    add.add_argument("--opened", type=day, default=None)
    add.set_defaults(handler=_venues_add)
    listing = venues.add_parser("list", parents=[common], help="venues with asset values")
    listing.add_argument("--kind", choices=KINDS, default=None)
    listing.set_defaults(handler=_venues_list)
    checklist = venues.add_parser("checklist", parents=[common], help="the standard's items")
    checklist.add_argument("venue")
    checklist.set_defaults(handler=_venues_checklist)
    check = venues.add_parser("check", parents=[common], help="score one item")
    check.add_argument("venue")
    check.add_argument("item")
    check.add_argument("--met", choices=("yes", "no"), required=True)
    check.add_argument("--note", default="")
    check.set_defaults(handler=_venues_check)

    assets = _verbs(sub, common, "assets", "equipment of the venues")
    one = assets.add_parser("add", parents=[common], help="register an asset")
    one.add_argument("venue")
    one.add_argument("--name", required=True)
    one.add_argument("--category", choices=CATEGORIES, required=True)
    one.add_argument("--quantity", type=int, required=True)
    one.add_argument("--unit-value", required=True, metavar="YUAN")
    one.add_argument("--funding", required=True,
                     help="one of " + ", ".join(FUNDING) + ", or a mix own_funds:60,donation:40")
    one.add_argument("--unit", default="件")
    one.add_argument("--acquired", type=day, default=None)
    one.add_argument("--condition", choices=CONDITIONS, default="good")
    one.add_argument("--tag", default="")
    one.set_defaults(handler=_assets_add)
    rows = assets.add_parser("list", parents=[common], help="the asset register")
    rows.add_argument("--venue", default=None)
    rows.add_argument("--category", choices=CATEGORIES, default=None)
    rows.add_argument("--audit-due", action="store_true")
    rows.set_defaults(handler=_assets_list)
    dispose = assets.add_parser("dispose", parents=[common], help="scrap an asset (报废)")
    dispose.add_argument("tag")
    dispose.add_argument("--reason", required=True)
    dispose.set_defaults(handler=_assets_dispose)
    load = assets.add_parser("import", parents=[common], help="import an asset list")
    load.add_argument("file")
    load.add_argument("--dry-run", action="store_true")
    load.set_defaults(handler=_assets_import)
    export = assets.add_parser("export", parents=[common], help="the asset ledger as .xlsx")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.set_defaults(handler=_assets_export)

    stocktake = _verbs(sub, common, "stocktake", "count a venue's assets (盘点)")
    start = stocktake.add_parser("start", parents=[common], help="freeze the list")
    start.add_argument("venue")
    start.set_defaults(handler=_stocktake_start)
    count = stocktake.add_parser("count", parents=[common], help="count one tag")
    count.add_argument("stocktake")
    count.add_argument("tag", help="the tag or the label's scanned text")
    count.add_argument("--quantity", type=int, required=True)
    count.add_argument("--condition", choices=CONDITIONS, default=None)
    count.set_defaults(handler=_stocktake_count)
    close = stocktake.add_parser("close", parents=[common], help="close and adjust")
    close.add_argument("stocktake")
    close.add_argument("--counters", default="", help="the names of who counted")
    close.set_defaults(handler=_stocktake_close)


def _venue_json(row: Any) -> dict[str, Any]:
    return {"venue": str(row.id), "code": row.code, "kind": row.kind.value, "name": row.name,
            "union": row.host_union, "level": row.level.value if row.level else None,
            "stars": row.stars, "assets": row.assets, "asset_value": str(row.asset_value)}


def _venues_add(args: argparse.Namespace) -> int:
    from unionstation.domain.homes import ModelLevel, VenueKind
    from unionstation.services.homes.venues import VenueDraft, VenueService

    with open_station(args) as runtime:
        row = VenueService(runtime.context).add(VenueDraft(
            VenueKind(args.kind), args.name, args.union,
            ModelLevel(args.level) if args.level else None, args.stars, args.address,
            args.area, args.opened))
    emit(args, {"venue": str(row.id), "code": row.code}, f"已登记阵地:{row.name}({row.code})")
    return EXIT_OK


def _venues_list(args: argparse.Namespace) -> int:
    from unionstation.domain.homes import VenueKind
    from unionstation.services.homes.venues import VenueService

    with open_station(args) as runtime:
        rows = VenueService(runtime.context).list(VenueKind(args.kind) if args.kind else None)
    text = "\n".join(f"{r.code}\t{r.kind.label}\t{r.name}\t{r.assets} 件\t¥{r.asset_value}"
                     for r in rows)
    emit(args, {"total": len(rows), "venues": [_venue_json(r) for r in rows]},
         text or "还没有阵地")
    return EXIT_OK


def _checklist_out(args: argparse.Namespace, view: Any) -> int:
    payload = {"venue": str(view.venue_id), "standard": view.standard,
               "items": [{"item": i.item, "title": i.title, "met": i.met, "note": i.note}
                         for i in view.items], "met": view.met, "total": view.total}
    lines = [f"{'√' if i.met else '×'} {i.item}\t{i.title}\t{i.note}" for i in view.items]
    emit(args, payload, "\n".join([f"{view.standard_title}:{view.met}/{view.total}", *lines]))
    return EXIT_OK


def _venues_checklist(args: argparse.Namespace) -> int:
    from unionstation.services.homes.venues import VenueService

    with open_station(args) as runtime:
        view = VenueService(runtime.context).checklist(args.venue)
    return _checklist_out(args, view)


def _venues_check(args: argparse.Namespace) -> int:
    from unionstation.services.homes.venues import VenueService

    with open_station(args) as runtime:
        view = VenueService(runtime.context).check(args.venue, args.item, args.met == "yes",
                                                   args.note)
    return _checklist_out(args, view)


def _assets_add(args: argparse.Namespace) -> int:
    from unionstation.domain.homes import AssetCategory, AssetCondition
    from unionstation.services.homes.assets import AssetDraft, AssetService, parse_funding

    draft = AssetDraft(args.name, AssetCategory(args.category), args.quantity, args.unit_value,
                       parse_funding(args.funding), args.unit, args.acquired,
                       AssetCondition(args.condition), tag=args.tag)
    with open_station(args) as runtime:
        row = AssetService(runtime.context).add(args.venue, draft)
    emit(args, {"asset": str(row.id), "tag": row.tag}, f"已登记资产:{row.name},标签 {row.tag}")
    return EXIT_OK


def _assets_list(args: argparse.Namespace) -> int:
    from decimal import Decimal

    from unionstation.domain.homes import AssetCategory
    from unionstation.services.homes.assets import (
        AssetFilter,
        AssetService,
        funding_text,
    )
    from unionstation.services.homes.venues import VenueService

    with open_station(args) as runtime:
        criteria = AssetFilter(category=AssetCategory(args.category) if args.category else None,
                               audit_due=args.audit_due)
        if args.venue:
            criteria.venue_id = VenueService(runtime.context).get(args.venue).id
        rows = AssetService(runtime.context).rows(criteria)
    value = sum((r.value for r in rows if r.condition.value != "scrapped"), Decimal("0.00"))
    payload = {"total": len(rows), "value": str(value), "assets": [
        {"asset": str(r.id), "tag": r.tag, "venue": str(r.venue_id), "name": r.name,
         "category": r.category.value, "quantity": r.quantity, "unit_value": str(r.unit_value),
         "value": str(r.value), "condition": r.condition.value,
         "funding": funding_text(r.funding)} for r in rows]}
    text = "\n".join(f"{r.tag}\t{r.name}\t{r.venue_code}\t{r.quantity}{r.unit}\t¥{r.value}\t"
                     f"{r.condition.label}" for r in rows)
    emit(args, payload, f"{text}\n共 {len(rows)} 项,在用价值 ¥{value}" if rows else "没有资产")
    return EXIT_OK


def _assets_dispose(args: argparse.Namespace) -> int:
    from unionstation.services.homes.assets import AssetService

    with open_station(args) as runtime:
        row = AssetService(runtime.context).dispose(args.tag, args.reason)
    emit(args, {"tag": row.tag, "condition": row.condition.value}, f"{row.tag} 已报废")
    return EXIT_OK


def _assets_import(args: argparse.Namespace) -> int:
    from unionstation.exchange.asset_ledger import import_asset_sheet

    with open_station(args) as runtime:
        result = import_asset_sheet(runtime.context, Path(args.file), dry_run=args.dry_run)
    lines = [f"第{row}行:{message}" for row, message in result.errors]
    trial = "(试导入,未写入)" if args.dry_run else ""
    lines.append(f"{trial}新增 {result.added},更新 {result.updated},未变 {result.unchanged},"
                 f"未导入 {result.rejected}")
    emit(args, result.as_json(), "\n".join(lines))
    return EXIT_OK


def _assets_export(args: argparse.Namespace) -> int:
    from unionstation.exchange.asset_ledger import export_asset_ledger

    out = Path(args.out).expanduser().absolute()
    with open_station(args) as runtime:
        result = export_asset_ledger(runtime.context, out)
    emit(args, {"out": str(result.path), "rows": result.rows, "value": str(result.value)},
         f"已导出资产台账:{result.path}(共 {result.rows} 项,¥{result.value})")
    return EXIT_OK


def _stocktake_start(args: argparse.Namespace) -> int:
    from unionstation.services.homes.stocktakes import StocktakeService

    with open_station(args) as runtime:
        view = StocktakeService(runtime.context).start(args.venue)
    emit(args, {"stocktake": str(view.id), "items": len(view.lines)},
         f"已开始盘点 {view.venue_name}:{len(view.lines)} 项,盘点编号 {view.id}")
    return EXIT_OK


def _stocktake_count(args: argparse.Namespace) -> int:
    from unionstation.domain.homes import AssetCondition
    from unionstation.services.homes.stocktakes import StocktakeService

    if args.quantity < 0:
        raise CommandError("--quantity 不能是负数")
    with open_station(args) as runtime:
        line = StocktakeService(runtime.context).count(
            args.stocktake, args.tag, args.quantity,
            AssetCondition(args.condition) if args.condition else None)
    emit(args, {"stocktake": args.stocktake, "tag": line.tag, "expected": line.expected,
                "counted": line.counted},
         f"{line.tag}:账面 {line.expected},实盘 {line.counted}")
    return EXIT_OK


def _stocktake_close(args: argparse.Namespace) -> int:
    from unionstation.services.homes.stocktakes import StocktakeService

    with open_station(args) as runtime:
        view = StocktakeService(runtime.context).close(args.stocktake, args.counters)
    emit(args, {"stocktake": str(view.id), "counted": view.counted, "missing": view.missing,
                "surplus": view.surplus},
         f"盘点已结束:已盘 {view.counted} 项,盘亏 {'、'.join(view.missing) or '无'},"
         f"盘盈 {'、'.join(view.surplus) or '无'}")
    return EXIT_OK
