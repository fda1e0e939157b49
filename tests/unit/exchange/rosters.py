"""Messy rosters as officers have them, built in the tests (nobody real: generated IDs)."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.factories import make_id_number
from unionstation.domain.idnumber import check_digit

FACTORY = "杭州示范机械有限公司工会委员会"
SECTOR = "快递物流行业工会联合会"
ZHANG_SAN = make_id_number("330106", date(1985, 5, 20), 101)  # already in the station

HEADER = ["序号", "姓名", "性别", "公民身份号码", "出生年月", "民族", "学历", "政治面貌",
          "手机号", "所在单位", "工种", "入会时间", "农民工", "群体", "所属工会", "备注",
          "鞋码"]


def id_ending_x() -> str:
    for seq in range(1, 999):
        first17 = f"330106{date(1992, 3, 4):%Y%m%d}{seq:03d}"
        if check_digit(first17) == "X":
            return first17 + "X"
    raise AssertionError("no X")


def person(seq: int, born: date = date(1990, 6, 15)) -> str:
    return make_id_number("330106", born, seq)


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
X_ID = id_ending_x()
ID_15 = f"330106{date(1975, 8, 9):%y%m%d}123"  # upgraded to 18 digits


def messy_rows() -> list[list[Any]]:
    """Data rows; the sheet puts them from row 4 (two title rows, then the header)."""
    future = date(date.today().year + 1, 1, 1)
    bad_check = person(31)[:-1] + ("0" if person(31)[-1] != "0" else "1")
    return [
        # row 4: everything well formed, a real Excel date
        [1, "王五", "男", person(1), datetime(1990, 6, 15), "汉族", "本科", "党员",
         "139 0000 1234", "示范机械公司", "焊工", datetime(2023, 7, 21), "是", "快递员",
         FACTORY, "老会员", "42"],
        # row 5: spaces, full-width digits, lower-case x
        [2, "赵 六", "", " " + X_ID[:6] + " " + X_ID[6:-1].translate(FULLWIDTH) + "x", "",
         "汉", "大专", "群众", "", "", "", "2023.7.21", "√", "", SECTOR, "", ""],
        # row 6: a 15-digit number, upgraded
        [3, "孙七", "男", ID_15, "1975.08", "", "", "", "", "", "", "2023/7/21", "Y",
         "", FACTORY, "", ""],
        # row 7: an ID number Excel stored as a number
        [4, "周八", "", 3.30106198801011e17, "", "", "", "", "", "", "", "", "", "",
         FACTORY, "", ""],
        # rows 8-10: dates as text
        [5, "吴九", "", person(5), "", "", "", "", "", "", "", "2023年7月21日", "×", "",
         FACTORY, "", ""],
        [6, "郑十", "", person(7), "", "", "", "", "", "", "", "20230721", "N", "",
         FACTORY, "", ""],
        [7, "钱一", "", person(9), "", "", "", "", "", "", "", "2023-07-21", "1", "",
         FACTORY, "", ""],
        # row 11: an impossible date
        [8, "冯二", "", person(11), "", "", "", "", "", "", "", "2023-02-30", "0", "",
         FACTORY, "", ""],
        # row 12: gender and birth date disagree with the ID number: warnings only
        [9, "陈三", "女", person(13), "1991-01-01", "", "", "", "", "", "", "", "", "",
         FACTORY, "", ""],
        # row 13: a birth date in the future
        [10, "褚四", "", person(15), future.isoformat(), "", "", "", "", "", "", "", "",
         "", FACTORY, "", ""],
        # row 14: no name
        [11, "", "", person(17), "", "", "", "", "", "", "", "", "", "", FACTORY, "", ""],
        # row 15: no ID number
        [12, "卫五", "", "", "", "", "", "", "", "", "", "", "", "", FACTORY, "", ""],
        # row 16: wrong check digit
        [13, "蒋六", "", bad_check, "", "", "", "", "", "", "", "", "", "", FACTORY, "", ""],
        # row 17: the same person as row 4
        [14, "王五", "", person(1), "", "", "", "", "", "", "", "", "", "", FACTORY, "", ""],
        # row 18: already a member of the station (张三), with a new phone
        [15, "张三", "", ZHANG_SAN, "", "", "", "", "13911112222", "新单位", "", "", "", "",
         FACTORY, "", ""],
        # row 19: empty; row 20: totals
        ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["合计", "15人", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ]


TITLE = ["测试街道总工会会员花名册"]
FILLED_BY = ["填报单位:测试街道总工会", "", "", "填报日期:2024-05-01"]


def write_xlsx(path: Path, rows: list[list[Any]] | None = None,
               header: list[str] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "花名册"
    sheet.append(TITLE)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(FILLED_BY)
    sheet.append(header or HEADER)
    for row in rows if rows is not None else messy_rows():
        sheet.append(row)
    book.create_sheet("说明").append(["这里不是花名册"])
    book.save(path)
    return path


def write_xls(path: Path) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("花名册")
    sheet.write_merge(0, 0, 0, len(HEADER) - 1, TITLE[0])
    for col, value in enumerate(FILLED_BY):
        sheet.write(1, col, value)
    for col, value in enumerate(HEADER):
        sheet.write(2, col, value)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for r, row in enumerate(messy_rows(), 3):
        for col, value in enumerate(row):
            if isinstance(value, datetime):
                sheet.write(r, col, value, date_style)
            elif value != "":
                sheet.write(r, col, value)
    book.save(str(path))
    return path


def write_csv(path: Path, encoding: str = "gbk") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(TITLE)
        writer.writerow(FILLED_BY)
        writer.writerow(HEADER)
        for row in messy_rows():
            writer.writerow(["3.30106198801011E+17" if isinstance(v, float) else
                             v.date().isoformat() if isinstance(v, datetime) else v
                             for v in row])
    return path
