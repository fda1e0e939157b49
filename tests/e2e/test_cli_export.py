"""`unionstation members export` and `members template`: options, JSON, exit codes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from tests.e2e.cli_runner import as_json, cli
from unionstation.paths import StationHome


def names(path: Path) -> list[str]:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[2][1] == "姓名"
    return [str(row[1]) for row in rows[3:]]


def id_numbers(path: Path) -> list[object]:
    """As the reader found them: text, never a number."""
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return [row[4] for row in rows[3:]]


def test_export_masked_then_filtered_then_unmasked(station_home: StationHome,
                                                   tmp_path: Path) -> None:
    home = station_home.root
    out = tmp_path / "台账.xlsx"
    masked = as_json(cli("members", "export", str(out), "--json", home=home))
    assert masked == {"out": str(out), "rows": 3, "unmasked": False}
    assert sorted(names(out)) == sorted(["张三", "李四", "曾小红"])
    assert all(isinstance(n, str) and "********" in n for n in id_numbers(out))

    union = as_json(cli("members", "export", str(tmp_path / "u.xlsx"), "--union",
                        "快递物流行业工会联合会", "--json", home=home))
    assert union["rows"] == 0
    searched = as_json(cli("members", "export", str(tmp_path / "s.xlsx"), "--search", "zs",
                           "--json", home=home))
    assert searched["rows"] == 1 and names(tmp_path / "s.xlsx") == ["张三"]

    full = as_json(cli("members", "export", str(out), "--unmasked", "--json", home=home))
    assert full == {"out": str(out), "rows": 3, "unmasked": True}
    numbers = id_numbers(out)
    assert all(isinstance(n, str) and len(n) == 18 and "*" not in n for n in numbers)

    text = cli("members", "export", str(tmp_path / "t.xlsx"), home=home)
    assert text.returncode == 0 and "3 名" in text.stdout and str(tmp_path) in text.stdout


def test_an_unwritable_path_fails_with_one_line_and_no_file(station_home: StationHome,
                                                           tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    missing = tmp_path / "no such folder" / "台账.xlsx"
    result = cli("members", "export", str(missing), home=station_home.root)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "无法写入" in result.stderr
    assert not missing.parent.exists()
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    for verb in ("export", "template"):
        result = cli("members", verb, str(folder), home=station_home.root)
        assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["a folder.xlsx"]
    assert not any(folder.iterdir())


def test_template(station_home: StationHome, tmp_path: Path) -> None:
    out = tmp_path / "模板.xlsx"
    payload = as_json(cli("members", "template", str(out), "--json", home=station_home.root))
    assert payload == {"out": str(out)}
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "姓名" and sheet["B1"].value == "身份证号"
    assert len(sheet.data_validations.dataValidation) == 7
