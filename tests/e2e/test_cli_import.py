"""`unionstation members import` as a county script runs it."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import as_json, cli
from tests.unit.exchange import rosters
from unionstation.paths import StationHome


def test_import_json_and_report(station_home: StationHome, tmp_path: Path) -> None:
    roster = rosters.write_xlsx(tmp_path / "花名册.xlsx")
    report = tmp_path / "report.xlsx"
    result = cli("members", "import", str(roster), "--report", str(report), "--json",
                 home=station_home.root)
    assert result.returncode == 0, result.stderr
    payload = as_json(result)
    assert set(payload) == {"rows", "imported", "updated", "skipped", "rejected", "warnings",
                            "header_row", "report", "rejections"}  # the contract, no more
    assert {k: payload[k] for k in ("rows", "imported", "updated", "skipped", "rejected",
                                    "warnings", "header_row")} == {
        "rows": 15, "imported": 7, "updated": 0, "skipped": 1, "rejected": 7, "warnings": 1,
        "header_row": 3}
    assert payload["report"] == str(report) and report.exists()
    assert payload["rejections"][0] == {
        "row": 7, "field": "公民身份号码",
        "reason": "身份证号被存成了数字,末几位已丢失:请把该列设置为文本格式,再重新输入完整号码。"}
    assert [r["row"] for r in payload["rejections"]] == [7, 11, 13, 14, 15, 16, 17]
    listed = as_json(cli("members", "list", "--search", "王五", "--json",
                         home=station_home.root))
    assert listed["total"] == 1


def test_update_dry_run_and_default_union(station_home: StationHome, tmp_path: Path) -> None:
    rows = [r[:14] + [""] + r[15:] for r in rosters.messy_rows()]
    roster = rosters.write_xlsx(tmp_path / "nounion.xlsx", rows)
    dry = cli("members", "import", str(roster), "--union", rosters.SECTOR, "--dry-run",
              "--on-duplicate", "update", "--json", home=station_home.root)
    assert dry.returncode == 0, dry.stderr
    assert as_json(dry)["imported"] == 7 and as_json(dry)["updated"] == 1
    assert as_json(cli("members", "list", "--search", "王五", "--json",
                       home=station_home.root))["total"] == 0
    run = cli("members", "import", str(roster), "--union", rosters.SECTOR,
              "--on-duplicate", "update", "--json", home=station_home.root)
    assert (as_json(run)["imported"], as_json(run)["updated"]) == (7, 1)


def test_all_or_nothing_exits_one(station_home: StationHome, tmp_path: Path) -> None:
    roster = rosters.write_xlsx(tmp_path / "r.xlsx")
    result = cli("members", "import", str(roster), "--all-or-nothing", "--json",
                 home=station_home.root)
    assert result.returncode == 1
    assert as_json(result)["imported"] == 0 and "--all-or-nothing" in result.stderr
    assert as_json(cli("members", "list", "--search", "王五", "--json",
                       home=station_home.root))["total"] == 0


def test_unreadable_and_headerless_files_exit_one(station_home: StationHome,
                                                  tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"hello, I am not a spreadsheet")
    result = cli("members", "import", str(junk), home=station_home.root)
    assert result.returncode == 1 and "不是 Excel" in result.stderr
    headerless = rosters.write_xlsx(tmp_path / "h.xlsx", rows=[], header=["甲"])
    result = cli("members", "import", str(headerless), "--json", home=station_home.root)
    assert result.returncode == 1 and "表头" in result.stderr


def test_the_copy_saved_before_an_import_is_named(station_home: StationHome,
                                                  tmp_path: Path) -> None:
    roster = rosters.write_xlsx(tmp_path / "r.xlsx")
    result = cli("members", "import", str(roster), home=station_home.root)
    assert result.returncode == 0, result.stderr
    (copy,) = (station_home.backups_dir / "imports").iterdir()
    assert f"导入前的数据已备份到:{copy}" in result.stdout


def test_the_report_is_masked_unless_asked(station_home: StationHome, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    roster = rosters.write_xlsx(tmp_path / "花名册.xlsx")
    masked_report, whole_report = tmp_path / "masked.xlsx", tmp_path / "whole.xlsx"
    assert cli("members", "import", str(roster), "--dry-run", "--report", str(masked_report),
               home=station_home.root).returncode == 0
    assert cli("members", "import", str(roster), "--dry-run", "--report", str(whole_report),
               "--unmasked-report", home=station_home.root).returncode == 0
    masked_row = next(load_workbook(masked_report).active.iter_rows(min_row=4, values_only=True))
    whole_row = next(load_workbook(whole_report).active.iter_rows(min_row=4, values_only=True))
    assert masked_row[3] != rosters.person(1) and "********" in str(masked_row[3])
    assert whole_row[3] == rosters.person(1) and masked_row[8] == "139****1234"
