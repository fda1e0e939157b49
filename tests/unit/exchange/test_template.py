"""The blank import template: headers, drop-downs, the ID column as text, the notes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from unionstation.domain.codes import Education, Ethnicity, PoliticalStatus, PriorityGroup
from unionstation.exchange.template import (
    CODE_SHEET,
    HELP_SHEET,
    SHEET,
    export_template,
    write_template,
)
from unionstation.services.runtime import StationRuntime

HEADERS = ["姓名", "身份证号", "性别", "民族", "出生日期", "文化程度", "政治面貌", "手机号码",
           "工作单位", "岗位", "入会日期", "是否农民工", "人员类别", "所属工会", "会员证号",
           "备注"]


def validations(path: Path) -> dict[str, tuple[str, str]]:
    """Header -> (formula, error style) of each column's drop-down."""
    sheet = openpyxl.load_workbook(path)[SHEET]
    headers = {cell.column_letter: cell.value for cell in sheet[1]}
    found = {}
    for rule in sheet.data_validations.dataValidation:
        assert rule.type == "list"
        first = str(rule.sqref).split(":")[0]
        assert first[1:] == "2" and str(rule.sqref).endswith("1048576")
        found[headers[first[0]]] = (rule.formula1, rule.errorStyle or "stop")
    return found


def code_list(path: Path, formula: str) -> list[str]:
    """The values a `'代码表'!$A$2:$A$59` formula points at."""
    book = openpyxl.load_workbook(path)
    sheet_name, cells = formula.split("!")
    assert sheet_name.strip("'") == CODE_SHEET
    return [c.value for row in book[CODE_SHEET][cells.replace("$", "")] for c in row]


def test_headers_formats_and_notes(tmp_path: Path) -> None:
    out = write_template(tmp_path / "模板.xlsx", ["甲工会", "乙工会"])
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [SHEET, HELP_SHEET, CODE_SHEET]
    assert book.active.title == SHEET and book[CODE_SHEET].sheet_state == "hidden"
    sheet = book[SHEET]
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.max_row == 1 and sheet.freeze_panes == "A2"
    columns = {c.value: c.column_letter for c in sheet[1]}
    for text_column in ("身份证号", "手机号码", "会员证号"):
        assert sheet.column_dimensions[columns[text_column]].number_format == "@"
    for date_column in ("出生日期", "入会日期"):
        assert sheet.column_dimensions[columns[date_column]].number_format == "yyyy-mm-dd"
    for cell in sheet[1]:
        assert cell.comment is not None and cell.comment.text
    assert "文本格式" in sheet["B1"].comment.text
    assert "填写说明" in str(book[HELP_SHEET]["A1"].value)
    # another reader sees the same header row and nothing else on the sheet
    data = CalamineWorkbook.from_path(str(out)).get_sheet_by_name(SHEET).to_python()
    assert data == [HEADERS]


def test_drop_downs_for_every_coded_column(tmp_path: Path) -> None:
    out = write_template(tmp_path / "模板.xlsx", ["甲工会", "乙工会"])
    found = validations(out)
    assert set(found) == {"性别", "民族", "文化程度", "政治面貌", "是否农民工", "人员类别",
                          "所属工会"}
    assert found["性别"] == ('"男,女"', "stop")
    assert found["是否农民工"] == ('"是,否"', "stop")
    ethnicities = code_list(out, found["民族"][0])
    assert len(ethnicities) >= 56 and ethnicities[0] == "汉族"
    assert ethnicities == [e.label for e in Ethnicity]
    assert code_list(out, found["文化程度"][0]) == [e.label for e in Education]
    assert code_list(out, found["政治面貌"][0]) == [p.label for p in PoliticalStatus]
    assert code_list(out, found["人员类别"][0]) == [g.label for g in PriorityGroup]
    assert code_list(out, found["所属工会"][0]) == ["甲工会", "乙工会"]
    assert found["民族"][1] == "warning"  # short forms (汉) are still accepted on import


def test_without_unions_the_union_column_is_free_text(tmp_path: Path) -> None:
    out = write_template(tmp_path / "t.xlsx")
    assert "所属工会" not in validations(out)


def test_the_station_template_offers_its_unions(runtime: StationRuntime,
                                                tmp_path: Path) -> None:
    out = export_template(runtime.context, tmp_path / "t.xlsx")
    assert sorted(code_list(out, validations(out)["所属工会"][0])) == sorted([
        "杭州示范机械有限公司工会委员会", "快递物流行业工会联合会"])
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]
