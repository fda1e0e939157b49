"""`unionstation report ...` as scripts call it: exact keys, counts as integers, money as
decimal text, exit codes, and the files written by --out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.e2e.cli_runner import as_json, cli
from tests.factories import open_test_station
from tests.unit.printing.pdf import needs_poppler, page_sizes, text
from tests.unit.services.reports import fixture_station as hand
from unionstation.paths import StationHome

MONEY = {("venues", "asset_value"), ("hardship", "paid_total")}


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report-cli")
    runtime = open_test_station(StationHome(root))
    try:
        hand.build(runtime.context)
    finally:
        runtime.close()
    return root


def _ok(*args: str, home: Path) -> dict[str, Any]:
    result = cli(*args, "--json", home=home)
    assert result.returncode == 0, result.stderr
    return as_json(result)


def test_plan_then_annual(station: Path) -> None:
    assert _ok("report", "plan", "--year", "2026", "--new-members", "2", "--new-unions", "1",
               home=station) == {"year": 2026, "plan": {"new_members": 2, "new_unions": 1}}
    assert _ok("report", "plan", "--year", "2026", home=station)["plan"] == {
        "new_members": 2, "new_unions": 1}
    report = _ok("report", "annual", "--year", "2026", home=station)
    assert list(report) == ["year", "station", "unions", "members", "venues", "hardship",
                            "campaigns", "plan", "previous_year"]
    assert report["members"] == hand.ANNUAL_2026_MEMBERS
    assert report["unions"] == hand.ANNUAL_2026_UNIONS
    assert report["previous_year"]["members"] == hand.ANNUAL_2025_MEMBERS
    assert report["plan"] == {"new_members": {"plan": 2, "actual": 3, "percent": "150.0"},
                              "new_unions": {"plan": 1, "actual": 1, "percent": "100.0"}}
    for section in ("unions", "members", "venues", "hardship"):
        for key, value in report[section].items():
            if (section, key) in MONEY:
                assert value == "0.00"
            elif (section, key) == ("hardship", "paid_by_funding"):
                assert set(value.values()) == {"0.00"}, (section, key)
            elif isinstance(value, dict):
                assert all(type(v) is int for v in value.values()), (section, key)
            else:
                assert type(value) is int, (section, key)


def test_refusals_and_their_exit_codes(station: Path, tmp_path: Path) -> None:
    assert cli("report", "plan", "--year", "2026", "--homes", "-1",
               home=station).returncode == 2
    assert cli("report", "members", "--month", "2026-13", home=station).returncode == 2
    wrong = cli("report", "annual", "--year", "2026", "--out", str(tmp_path / "a.txt"),
                "--json", home=station)
    assert wrong.returncode == 1
    assert ".xlsx" in as_json(wrong)["error"]
    assert not (tmp_path / "a.txt").exists()


def test_members_of_a_month(station: Path, tmp_path: Path) -> None:
    report = _ok("report", "members", "--month", "2026-03", home=station)
    assert report["month"] == "2026-03"
    keys = ("start", "joined", "transferred_in", "transferred_out", "left", "end")
    assert {r["union"]: tuple(r[k] for k in keys) for r in report["unions"]} == \
        hand.MARCH_2026
    assert tuple(report["totals"][k] for k in keys) == hand.MARCH_2026_TOTALS
    out = tmp_path / "月报.xlsx"
    assert _ok("report", "members", "--month", "2026-03", "--out", str(out),
               home=station) == report
    rows = list(load_workbook(out, read_only=True)["会员月报"].iter_rows(
        min_row=4, values_only=True))
    assert {r[0]: tuple(r[1:]) for r in rows[:-1]} == hand.MARCH_2026
    assert rows[-1] == ("合计", *hand.MARCH_2026_TOTALS)


def test_annual_to_excel(station: Path, tmp_path: Path) -> None:
    out = tmp_path / "年报.xlsx"
    report = _ok("report", "annual", "--year", "2026", "--out", str(out), home=station)
    assert report["members"]["active"] == 6
    book = load_workbook(out, read_only=True)
    unions = {r[0]: r[1:] for r in book["基层工会"].iter_rows(min_row=4, values_only=True)}
    assert unions["基层工会总数"] == (4, 3, 1)
    assert unions["新建基层工会"] == (1, 1, 0)
    members = {r[0]: r[1:] for r in book["会员"].iter_rows(min_row=4, values_only=True)}
    assert members["新入会"] == (3, 3, 0)
    assert members["\u3000快递员"] == (1, 1, 0)
    assert members["\u3000县级劳动模范"] == (1, 1, 0)
    money = {r[0]: r[1:] for r in book["困难帮扶"].iter_rows(min_row=4, values_only=True)}
    assert money["发放金额(元)"][0] == 0


@needs_poppler
def test_annual_to_pdf(station: Path, tmp_path: Path) -> None:
    out = tmp_path / "年报.pdf"
    _ok("report", "annual", "--year", "2026", "--out", str(out), home=station)
    assert set(page_sizes(out)) == {(595.276, 841.89)}
    content = text(out)
    assert f"{hand.STATION}2026年度工会工作统计报表" in content
    assert "制表日期" in content
    assert "经办人" in content and "审核人" in content
    assert "在册会员" in content
