"""The blank roster template (会员信息导入模板) officers fill in and import.

Coded columns offer drop-downs (gender and yes/no inline; ethnicity, education, political
status, group and union from a hidden code sheet, since a list typed into the validation
itself may not pass 255 characters), the ID number, phone and card columns are formatted
as text before anything is typed (Excel would otherwise turn an ID number into 3.3E+17 and
drop its last digits), and every header carries a comment saying what to write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from unionstation.domain._labeled import LabeledEnum
from unionstation.domain.codes import (
    Education,
    Ethnicity,
    Gender,
    PoliticalStatus,
    PriorityGroup,
)
from unionstation.exchange.files import atomic_file
from unionstation.services.context import ServiceContext
from unionstation.services.unions import UnionService

SHEET = "会员信息"
CODE_SHEET = "代码表"
HELP_SHEET = "填写说明"
YES_NO = ("是", "否")
LAST_ROW = 1_048_575  # Excel's last row (0-based): validations cover the whole column
Kind = Literal["text", "date", "list"]


@dataclass(frozen=True)
class TemplateColumn:
    header: str
    note: str
    kind: Kind = "text"
    width: float = 14
    choices: tuple[str, ...] = ()
    #: The choices live on the hidden code sheet (long lists) rather than inline.
    coded: bool = False


def _labels(codes: type[LabeledEnum]) -> tuple[str, ...]:
    return tuple(label for _code, label in codes.choices())


def template_columns(unions: Sequence[str] = ()) -> tuple[TemplateColumn, ...]:
    """The standard columns; `unions` (the station's unions) fill the union drop-down."""
    return (
        TemplateColumn("姓名", "必填。与身份证上的姓名一致。", width=10),
        TemplateColumn("身份证号", "必填。18位公民身份号码,末位 X 大小写均可。本列已设为文本格式,"
                       "请直接输入,不要设为数值。", width=21),
        TemplateColumn("性别", "可不填:导入时按身份证号确定。", "list", 6,
                       _labels(Gender)),
        TemplateColumn("民族", "从下拉列表中选择,如“汉族”。", "list", 10,
                       _labels(Ethnicity), coded=True),
        TemplateColumn("出生日期", "可不填:导入时按身份证号确定。格式 2023-07-21。", "date", 12),
        TemplateColumn("文化程度", "从下拉列表中选择。", "list", 14, _labels(Education),
                       coded=True),
        TemplateColumn("政治面貌", "从下拉列表中选择。", "list", 14,
                       _labels(PoliticalStatus), coded=True),
        TemplateColumn("手机号码", "11位手机号码或带区号的固定电话。", width=14),
        TemplateColumn("工作单位", "单位全称。", width=24),
        TemplateColumn("岗位", "岗位或工种。", width=12),
        TemplateColumn("入会日期", "必填。格式 2023-07-21,不能晚于今天。", "date", 12),
        TemplateColumn("是否农民工", "是 或 否,不填视为否。", "list", 11, YES_NO),
        TemplateColumn("人员类别", "新就业形态劳动者(八大群体)才填,从下拉列表中选择。", "list", 14,
                       _labels(PriorityGroup), coded=True),
        TemplateColumn("所属工会", "会员所在的基层工会全称,从下拉列表中选择;"
                       "不填时按导入时选择的工会。", "list", 28, tuple(unions), coded=True),
        TemplateColumn("会员证号", "已有会员证的填写,没有的留空,导入后自动编号。", width=16),
        TemplateColumn("备注", "其他需要说明的情况。", width=24),
    )


def write_template(path: Path, unions: Sequence[str] = ()) -> Path:
    """Write the blank template to `path` (atomically) and return the path."""
    columns = template_columns(unions)
    with atomic_file(Path(path)) as handle:
        book = xlsxwriter.Workbook(handle, {"strings_to_numbers": False,
                                            "strings_to_formulas": False,
                                            "strings_to_urls": False})
        try:
            _fill(book, columns)
        finally:
            book.close()
    return Path(path)


def export_template(context: ServiceContext, path: Path) -> Path:
    """The template with this station's open unions in the union drop-down."""
    return write_template(path, [union.name for union in UnionService(context).list()])


def _fill(book: Any, columns: Sequence[TemplateColumn]) -> None:
    sheet = book.add_worksheet(SHEET)
    helps = book.add_worksheet(HELP_SHEET)
    codes = book.add_worksheet(CODE_SHEET)
    codes.hide()
    header = book.add_format({"bold": True, "border": 1, "align": "center",
                              "valign": "vcenter", "bg_color": "#DDEBF7"})
    required = book.add_format({"bold": True, "border": 1, "align": "center",
                                "valign": "vcenter", "bg_color": "#FCE4D6"})
    text = book.add_format({"num_format": "@"})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.set_row(0, 22)
    sheet.freeze_panes(1, 0)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    code_col = 0
    for col, column in enumerate(columns):
        must = column.note.startswith("必填")
        sheet.write_string(0, col, column.header, required if must else header)
        sheet.write_comment(0, col, column.note, {"x_scale": 1.6, "y_scale": 1.2})
        cell_format = day if column.kind == "date" else text if column.kind == "text" else None
        sheet.set_column(col, col, column.width, cell_format)
        if column.kind != "list" or not column.choices:
            continue
        if column.coded:
            codes.write_string(0, code_col, column.header)
            for at, choice in enumerate(column.choices, start=1):
                codes.write_string(at, code_col, choice)
            letter = xl_col_to_name(code_col)
            source: str | list[str] = (
                f"='{CODE_SHEET}'!${letter}$2:${letter}${len(column.choices) + 1}")
            code_col += 1
        else:
            source = list(column.choices)
        sheet.data_validation(1, col, LAST_ROW, col, {
            "validate": "list", "source": source,
            # A warning, not a stop: the import also reads short forms (汉, 本科, 党员).
            "error_type": "stop" if not column.coded else "warning",
            "error_title": column.header,
            "error_message": f"请从下拉列表中选择{column.header}。",
            "input_title": column.header[:32],
            "input_message": column.note[:255],
        })
    _write_help(book, helps, columns)
    sheet.activate()


def _write_help(book: Any, helps: Any, columns: Sequence[TemplateColumn]) -> None:
    bold = book.add_format({"bold": True, "font_size": 12})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    helps.set_column(0, 0, 14)
    helps.set_column(1, 1, 80)
    helps.write_string(0, 0, "会员信息导入模板填写说明", bold)
    lines = (
        "1. 在“会员信息”工作表中每行填写一名会员,第一行标题请勿修改、删除或调换顺序。",
        "2. 姓名、身份证号、入会日期为必填项(标题为橙色)。",
        "3. 身份证号、手机号码、会员证号列已设为文本格式;从其他表格粘贴时请选择“只粘贴数值”,"
        "不要粘贴成数字,否则身份证号的后几位会丢失。",
        "4. 日期写作 2023-07-21(也可写 2023.7.21、2023年7月21日)。",
        "5. 带下拉箭头的列请从列表中选择。",
    )
    for at, line in enumerate(lines, start=2):
        helps.merge_range(at, 0, at, 1, line, wrap)
    top = len(lines) + 3
    helps.write_string(top, 0, "列名", bold)
    helps.write_string(top, 1, "填写要求", bold)
    for at, column in enumerate(columns, start=top + 1):
        helps.write_string(at, 0, column.header)
        helps.write_string(at, 1, column.note, wrap)
