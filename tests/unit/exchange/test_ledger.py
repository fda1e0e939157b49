"""The generic ledger writer: cell types, formula-like text, layout, progress, cancel."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from unionstation.exchange.files import FileNotWritable
from unionstation.exchange.ledger import (
    FIRST_DATA_ROW,
    Column,
    ExportCancelled,
    LedgerSpec,
    display_width,
    formula_like,
    write_ledger,
)

COLUMNS = (
    Column("序号", "number"),
    Column("姓名"),
    Column("身份证号", width=21),
    Column("出生日期", "date"),
    Column("金额", "money"),
    Column("是否农民工", "bool"),
    Column("备注"),
)
SPEC = LedgerSpec("测试台账", "测试街道总工会", date(2025, 6, 1), COLUMNS)
ID = "330106198505201012"
HOSTILE = ["=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-3", "@SUM(A1)", "\tcmd", "\r=1",
           "=cmd|' /C calc'!A0"]


def read(path: Path) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def sheet_xml(path: Path) -> str:
    return zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode("utf-8")


def rows(count: int) -> Iterator[tuple[object, ...]]:
    for number in range(1, count + 1):
        yield (number, f"会员{number}", ID, date(1985, 5, 20), Decimal("1234.50"),
               number % 2 == 0, None)


def test_cells_keep_their_kinds_when_read_back_by_another_reader(tmp_path: Path) -> None:
    out = tmp_path / "ledger.xlsx"
    data = [(1, "张三", ID, date(1985, 5, 20), Decimal("12.30"), True, "备注"),
            (2, "李四", "11010519920709124X", datetime(1992, 7, 9), 0, False, None),
            (3, "王五", "000123", None, None, False, "0012")]
    assert write_ledger(out, SPEC, data) == 3
    sheet = read(out)
    assert sheet[0][0] == "测试街道总工会测试台账"
    assert "2025年06月01日" in str(sheet[1][0]) and "测试街道总工会" in str(sheet[1][0])
    assert sheet[2] == [c.header for c in COLUMNS]
    first, second, third = sheet[FIRST_DATA_ROW:]
    assert first == [1.0, "张三", ID, date(1985, 5, 20), 12.3, "是", "备注"]
    assert second[2] == "11010519920709124X" and second[3] == date(1992, 7, 9)
    assert second[4] == 0.0 and second[5] == "否"
    # leading zeros survive: codes are text, never numbers
    assert third[2] == "000123" and third[6] == "0012" and third[3] == ""
    xml = sheet_xml(out)
    assert f"<t>{ID}</t>" in xml  # an inline string, not <v>3.3E+17</v>


def test_layout_frozen_header_autofilter_widths_and_print_setup(tmp_path: Path) -> None:
    out = tmp_path / "ledger.xlsx"
    long_name = "一个名字非常非常长的工作单位有限责任公司"
    write_ledger(out, SPEC, [(1, long_name, ID, date(2000, 1, 1), None, True, "x")])
    sheet = openpyxl.load_workbook(out)[SPEC.sheet_name]
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == "A3:G4"
    assert "A1:G1" in {str(r) for r in sheet.merged_cells.ranges}
    widths = {key: dim.width for key, dim in sheet.column_dimensions.items()}
    assert widths["B"] >= display_width(long_name)
    assert 21 <= widths["C"] < 23
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$3:$3"
    assert sheet["C4"].number_format == "@" and sheet["D4"].number_format == "yyyy-mm-dd"
    assert sheet["A4"].border.left.style == "thin"
    assert sheet["E4"].border.left.style == "thin"  # an empty cell keeps its border


def test_an_empty_ledger_has_its_header(tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    assert write_ledger(out, SPEC, []) == 0
    assert read(out)[2][0] == "序号"
    assert openpyxl.load_workbook(out).active.auto_filter.ref == "A3:G3"


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_never_a_formula(tmp_path: Path, text: str) -> None:
    out = tmp_path / "hostile.xlsx"
    write_ledger(out, SPEC, [(1, text, text, None, None, False, text)])
    assert "<f>" not in sheet_xml(out)
    assert read(out)[FIRST_DATA_ROW][1] == text
    cell = openpyxl.load_workbook(out).active["B4"]
    # openpyxl leaves a control character in its XML escape (_x000D_); calamine decodes it
    assert cell.data_type == "s" and cell.value.endswith(text.lstrip("\t\r"))
    assert cell.quotePrefix  # Excel's apostrophe: stays text even after an edit
    assert formula_like(text)


def test_plain_text_carries_no_quote_prefix(tmp_path: Path) -> None:
    out = tmp_path / "plain.xlsx"
    write_ledger(out, SPEC, [(1, "张三", ID, None, None, False, "a=b")])
    sheet = openpyxl.load_workbook(out).active
    assert not sheet["B4"].quotePrefix and not sheet["G4"].quotePrefix


@pytest.mark.parametrize("text", ["<r><t>x</t></r>", "<r>broken</r>", "a & <b> \x01 c",
                                  " leading and trailing "])
def test_markup_and_control_characters_are_escaped(tmp_path: Path, text: str) -> None:
    """XlsxWriter's constant-memory mode would paste `<r>...</r>` into the XML raw."""
    out = tmp_path / "markup.xlsx"
    write_ledger(out, SPEC, [(1, text, ID, None, None, False, "ok")])
    assert read(out)[FIRST_DATA_ROW][1] == text
    if text.isprintable():  # openpyxl does not decode _x0001_
        assert openpyxl.load_workbook(out).active["B4"].value == text


def test_rows_stream_with_progress(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    consumed = 0

    def counted() -> Iterator[tuple[object, ...]]:
        nonlocal consumed
        for row in rows(1_234):
            consumed += 1
            yield row

    out = tmp_path / "many.xlsx"
    written = write_ledger(out, SPEC, counted(), total=1_234,
                           progress=lambda done, total: seen.append((done, total)))
    assert written == consumed == 1_234
    assert seen == [(500, 1_234), (1_000, 1_234), (1_234, 1_234)]
    sheet = read(out)
    assert len(sheet) == FIRST_DATA_ROW + 1_234 and sheet[-1][1] == "会员1234"


def no_leftovers(folder: Path, keep: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
    return {p.name for p in folder.iterdir()} == keep


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "ledger.xlsx"
    out.write_bytes(b"the old ledger")
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2  # after 1,000 rows

    with pytest.raises(ExportCancelled):
        write_ledger(out, SPEC, rows(5_000), cancelled=cancelled)
    assert out.read_bytes() == b"the old ledger"
    assert no_leftovers(tmp_path, {"ledger.xlsx"})
    with pytest.raises(ExportCancelled):
        write_ledger(tmp_path / "new.xlsx", SPEC, rows(10), cancelled=lambda: True)
    assert no_leftovers(tmp_path, {"ledger.xlsx"})


def test_a_failure_while_writing_or_committing_leaves_no_file(tmp_path: Path) -> None:
    def broken() -> Iterator[tuple[object, ...]]:
        yield from rows(700)
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_ledger(tmp_path / "a.xlsx", SPEC, broken())
    assert no_leftovers(tmp_path)

    def refuse(count: int) -> None:
        raise RuntimeError(f"audit failed after {count}")

    with pytest.raises(RuntimeError, match="after 3"):
        write_ledger(tmp_path / "b.xlsx", SPEC, rows(3), before_commit=refuse)
    assert no_leftovers(tmp_path)


def test_an_unwritable_target_fails_before_reading_any_row(tmp_path: Path) -> None:
    def untouched() -> Iterator[tuple[object, ...]]:
        raise AssertionError("rows read for a file that cannot be written")
        yield ()

    with pytest.raises(FileNotWritable, match="文件夹不存在"):
        write_ledger(tmp_path / "missing" / "a.xlsx", SPEC, untouched())
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    with pytest.raises(FileNotWritable):
        write_ledger(folder, SPEC, rows(2))
    assert no_leftovers(tmp_path, {"a folder.xlsx"})
    assert not any(folder.iterdir())


def test_display_width_counts_chinese_twice() -> None:
    assert display_width("abc") == 3
    assert display_width("张三") == 4
    assert display_width("张三ab") == 6
