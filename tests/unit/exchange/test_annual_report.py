"""The report workbooks: one sheet per section, numbers written as numbers (money with
two decimals), text that looks like a formula kept as text, and the county's stations
side by side lined up by figure even when their code lists differ."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.services.reports.sample import sample_report
from unionstation.exchange.annual_report import annual_sheets, stations_sheet, write_sheets
from unionstation.services.reports.sums import add_reports


def _rows(path: Path, sheet: str) -> dict[object, tuple[object, ...]]:
    book = load_workbook(path)
    return {r[0]: r[1:] for r in book[sheet].iter_rows(min_row=4, values_only=True)}


def test_one_sheet_per_section_with_numbers(tmp_path: Path) -> None:
    out = tmp_path / "年报.xlsx"
    write_sheets(out, annual_sheets(sample_report(), date(2026, 12, 4)))
    book = load_workbook(out)
    assert book.sheetnames == ["基层工会", "会员", "职工之家阵地", "困难帮扶", "帮扶活动",
                               "计划完成"]
    sheet = book["会员"]
    assert sheet["A1"].value == "样例街道总工会2026年度统计·会员"
    assert "2026年12月04日" in str(sheet["A2"].value)
    venues = _rows(out, "职工之家阵地")
    assert venues["资产价值(元)"] == (1234567.8, 1234567.8, 0)
    money_row = next(row for row in book["职工之家阵地"].iter_rows(min_row=4)
                     if row[0].value == "资产价值(元)")
    assert money_row[1].number_format == "#,##0.00"
    assert money_row[1].data_type == "n"
    assert venues["阵地"] == (53, 53, 0)
    campaigns = _rows(out, "帮扶活动")
    assert campaigns["=送清凉"] == ("summer", 640, 0, 0)  # text, not a formula
    assert book["帮扶活动"]["A5"].data_type == "s"
    assert _rows(out, "计划完成")["新发展会员"] == (1800, 4521, "251.2%")


def test_stations_side_by_side_line_up_by_figure(tmp_path: Path) -> None:
    east, west = sample_report("东"), sample_report("西")
    west["venues"]["by_kind"] = {"rest_stop": 2, "library": 1}
    total = add_reports([east, west], sample_report())
    county = {"year": 2026, "station": "县", **total, "plan": {},
              "stations": [{"station": "001", "name": "东", "last_ack": "2026-12-01",
                            **east}, {"station": "002", "name": "西", "last_ack": None,
                                      **west}]}
    out = tmp_path / "县.xlsx"
    write_sheets(out, [stations_sheet(county, date(2026, 12, 4))])
    rows = _rows(out, "各站对比")
    assert rows["最近报送日期"][:2] == ("2026-12-01", "从未报送")
    assert rows["\u3000rest_stop"] == (6, 2, 6 + 2 + 6)  # the sample's zero adds 6
    assert rows["\u3000library"] == (0, 1, 1)
    assert rows["在册会员"] == (2900, 2900, 3 * 2900)
