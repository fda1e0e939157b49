"""`unionstation report ...`: the year's plan, the annual report and the monthly member
report (issue 17). `--json` prints the report object itself; `--out` also writes it as a
spreadsheet (.xlsx) or, for the annual report, a PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station

if TYPE_CHECKING:
    from unionstation.county.service import County

ANNUAL_SUFFIXES = (".xlsx", ".pdf")


def _month(text: str) -> date:
    try:
        year, month = (int(part) for part in text.split("-"))
        return date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"月份应写作 YYYY-MM,而不是 {text!r}") from None


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应是整数,而不是 {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("不能是负数")
    return value


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[common], help="statistics and reports")
    verbs = report.add_subparsers(dest="verb", metavar="VERB", required=True)

    plan = verbs.add_parser("plan", parents=[common], help="set or show the year's plan")
    plan.add_argument("--year", type=int, required=True)
    plan.add_argument("--new-members", type=_count, default=None)
    plan.add_argument("--new-unions", type=_count, default=None)
    plan.add_argument("--homes", type=_count, default=None)
    plan.set_defaults(handler=_plan)

    annual = verbs.add_parser("annual", parents=[common], help="the annual report")
    annual.add_argument("--year", type=int, required=True)
    annual.add_argument("--out", type=Path, default=None, help="FILE.xlsx or FILE.pdf")
    annual.set_defaults(handler=_annual)

    members = verbs.add_parser("members", parents=[common],
                               help="the monthly member report per grassroots union")
    members.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    members.add_argument("--out", type=Path, default=None, help="FILE.xlsx")
    members.set_defaults(handler=_members)


def _plan(args: argparse.Namespace) -> int:
    from unionstation.services.reports.plan import PLAN_LABELS
    from unionstation.services.reports.service import ReportService

    targets = {"new_members": args.new_members, "new_unions": args.new_unions,
               "homes": args.homes}
    with open_station(args) as runtime:
        service = ReportService(runtime.context)
        if any(value is not None for value in targets.values()):
            plan = service.set_plan(args.year, **targets)
        else:
            plan = service.plan(args.year)
    text = "、".join(f"{PLAN_LABELS[k]} {v}" for k, v in plan.items()) or "未设定"
    emit(args, {"year": args.year, "plan": plan}, f"{args.year}年计划:{text}")
    return EXIT_OK


def _annual(args: argparse.Namespace) -> int:
    out: Path | None = args.out
    if out is not None and out.suffix.lower() not in ANNUAL_SUFFIXES:
        raise CommandError(f"--out 应是 .xlsx 或 .pdf 文件,而不是 {out.name}")
    with open_station(args) as runtime:
        if out is None:
            from unionstation.services.reports.service import ReportService

            report = ReportService(runtime.context).annual(args.year)
        elif out.suffix.lower() == ".pdf":
            from unionstation.printing.annual_report import export_annual_pdf

            report = export_annual_pdf(runtime.context, out, args.year)
        else:
            from unionstation.exchange.annual_report import export_annual_workbook

            report = export_annual_workbook(runtime.context, out, args.year)
    emit(args, report, _annual_text(report, out))
    return EXIT_OK


def _annual_text(report: dict[str, Any], out: Path | None) -> str:
    from unionstation.services.reports.figures import figure_rows

    lines = [f"{report['station']} {report['year']}年度统计"]
    lines += [f"{'  ' * row.indent}{row.name}\t{row.value}\t上年 {row.previous}"
              for row in figure_rows(report)]
    if out is not None:
        lines.append(f"已写入 {out}")
    return "\n".join(lines)


def _members(args: argparse.Namespace) -> int:
    out: Path | None = args.out
    if out is not None and out.suffix.lower() != ".xlsx":
        raise CommandError(f"--out 应是 .xlsx 文件,而不是 {out.name}")
    with open_station(args) as runtime:
        if out is None:
            from unionstation.services.reports.service import ReportService

            report = ReportService(runtime.context).monthly(args.month)
        else:
            from unionstation.exchange.annual_report import export_monthly_workbook

            report = export_monthly_workbook(runtime.context, out, args.month)
    from unionstation.services.reports.figures import monthly_rows

    lines = [f"{report['month']} 会员情况月报(月初、入会、转入、转出、减少、月末)"]
    lines += ["\t".join(str(cell) for cell in row) for row in monthly_rows(report)]
    if out is not None:
        lines.append(f"已写入 {out}")
    emit(args, report, "\n".join(lines))
    return EXIT_OK


CountyOpener = Callable[[argparse.Namespace], AbstractContextManager["County"]]


def add_county_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser],
                      county_common: argparse.ArgumentParser, opener: CountyOpener) -> None:
    """`county report`: registered by county_commands, which hands over how it opens the
    county store."""
    report = verbs.add_parser("report", parents=[county_common],
                              help="the annual report summed over the stations")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--by-station", action="store_true",
                        help="each station side by side, with its last batch date")
    report.add_argument("--out", type=Path, default=None, help="FILE.xlsx or FILE.pdf")
    report.set_defaults(handler=partial(_county_report, opener))


def _county_report(opener: CountyOpener, args: argparse.Namespace) -> int:
    from unionstation.county.report_service import export_county_report, read_county_report

    out: Path | None = args.out
    if out is not None and out.suffix.lower() not in ANNUAL_SUFFIXES:
        raise CommandError(f"--out 应是 .xlsx 或 .pdf 文件,而不是 {out.name}")
    with opener(args) as county:
        if out is None:
            report = read_county_report(county, args.year, args.by_station)
        else:
            report = export_county_report(county, out, args.year, args.by_station)
    text = _annual_text(report, out)
    if report.get("stations"):
        text += "\n" + "\n".join(
            f"{s['station']}\t{s['name']}\t在册会员 {s['members']['active']}\t"
            f"最近报送 {s['last_ack'] or '从未'}" for s in report["stations"])
    if report["not_reported"]:
        text += "\n本年未报送:" + "、".join(report["not_reported"])
    emit(args, report, text)
    return EXIT_OK
