"""What the county window and `county report` call: the county's annual report, read under
the officer's role, and written to .xlsx or PDF by the station's own report writers
(exchange.annual_report, printing.annual_report), with the stations side by side."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionstation.county.report import county_report
from unionstation.domain.permissions import Action
from unionstation.services.errors import InvalidField
from unionstation.services.reports.service import check_year

if TYPE_CHECKING:
    from unionstation.county.service import County

SUFFIXES = (".xlsx", ".pdf")


def read_county_report(county: County, year: int, by_station: bool = False,
                       ) -> dict[str, Any]:
    """The stations' reports of `year` added up (and, `by_station`, side by side)."""
    county.require(Action.COUNTY_READ, "report")
    check_year(year)
    with county.store.read_session_factory() as session:
        return county_report(session.connection(), county.name, year, by_station)


def write_county_report(report: dict[str, Any], path: Path, made_on: date) -> None:
    """The report as a spreadsheet (a sheet per section, then the stations side by side
    when the report holds them) or as a PDF, by the file's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidField("县汇总统计", "文件",
                           f"应是 .xlsx 或 .pdf 文件,而不是 {Path(path).name}")
    if suffix == ".pdf":
        from unionstation.printing.annual_report import write_annual_pdf
        from unionstation.printing.fonts import choose_fonts

        write_annual_pdf(Path(path), report, choose_fonts(), made_on)
        return
    from unionstation.exchange.annual_report import annual_sheets, stations_sheet, write_sheets

    sheets = annual_sheets(report, made_on)
    if report.get("stations"):
        sheets.append(stations_sheet(report, made_on))
    write_sheets(Path(path), sheets)


def export_county_report(county: County, path: Path, year: int, by_station: bool = True,
                         made_on: date | None = None) -> dict[str, Any]:
    """Read the report of `year` and write it to `path`; the export is audited."""
    report = read_county_report(county, year, by_station)
    county.require(Action.REPORT_EXPORT, "report")
    write_county_report(report, path, made_on or date.today())
    county.audit("report.export", "report", f"county:{year}:{Path(path).suffix.lower()[1:]}")
    return report
