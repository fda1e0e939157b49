"""A hardship roster from Excel: the header found below a title, bad rows reported with
their row numbers, a dry run that writes nothing, a backup before a real import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import xlsxwriter
from python_calamine import CalamineWorkbook

from tests.factories import make_id_number
from unionstation.domain.hardship import FileStatus, HardshipCategory, HardshipCause
from unionstation.exchange.hardship_import import import_hardship_roster
from unionstation.services.errors import UserError
from unionstation.services.hardship.files import HardshipFileService
from unionstation.services.runtime import StationRuntime

GOOD = make_id_number("330106", date(1970, 2, 2), 51)
OTHER = make_id_number("330106", date(1972, 3, 3), 52)


def _roster(path: Path, rows: list[list[object]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("困难职工")
    sheet.write_row(0, 0, ["某街道困难职工花名册"])
    sheet.write_row(2, 0, ["序号", "姓名", "身份证号码", "困难类别", "致困原因", "家庭人口",
                           "家庭月收入", "工作单位", "零就业家庭"])
    for number, row in enumerate(rows, start=3):
        sheet.write_row(number, 0, row)
    book.close()
    return path


def test_a_roster_with_good_and_bad_rows(runtime: StationRuntime, tmp_path: Path) -> None:
    roster = _roster(tmp_path / "roster.xlsx", [
        [1, "周一", GOOD, "深度困难", "因病、因残", 3, "1,500", "示范厂", "是"],
        [2, "吴二", OTHER, "很困难", "因病", 2, "800", "", ""],
        [3, "郑三", "330106197003030000", "相对困难", "因学", 4, "2000", "", ""],
        [4, "王四", OTHER, "相对困难", "因学", "四", "2000", "", ""],
        ["合计", "", "", "", "", "", "", "", ""],
    ])
    ctx = runtime.context
    trial = import_hardship_roster(ctx, runtime.home, roster, dry_run=True)
    assert (trial.rows, trial.imported, trial.dry_run, trial.backup) == (4, 1, True, None)
    assert HardshipFileService(ctx).list() == []
    report = tmp_path / "report.xlsx"
    done = import_hardship_roster(ctx, runtime.home, roster, report=report)
    assert done.imported == 1 and done.backup is not None and done.backup.exists()
    assert [row for row, _ in done.rejected] == [5, 6, 7]
    assert "很困难" in done.rejected[0][1] and "身份证" in done.rejected[1][1]
    assert "家庭人口" in done.rejected[2][1]
    [made] = HardshipFileService(ctx).list()
    assert made.status is FileStatus.TEMPORARY and made.category is HardshipCategory.SEVERE
    assert str(made.income_per_capita) == "500.00"
    from unionstation.services.hardship.detail import FileDetailService

    detail = FileDetailService(ctx).open(made.id)
    assert detail.draft.secondary_causes == (HardshipCause.DISABILITY,)
    assert detail.draft.zero_employment
    lines = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert [line[1] for line in lines[3:]] == ["导入", "未导入", "未导入", "未导入"]
    # The same roster again: the open file is refused by its ID number, nothing doubles.
    again = import_hardship_roster(ctx, runtime.home, roster)
    assert again.imported == 0 and len(HardshipFileService(ctx).list()) == 1


def test_a_sheet_without_the_header_is_refused(runtime: StationRuntime, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet().write_row(0, 0, ["姓名", "电话"])
    book.close()
    with pytest.raises(UserError, match="身份证号"):
        import_hardship_roster(runtime.context, runtime.home, path)
