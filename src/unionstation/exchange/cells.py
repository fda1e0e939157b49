"""Turning one roster cell into a value: dates, yes/no, ID numbers and code lists.

Each parser raises CellProblem with the officer's words for what is wrong with the cell.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TypeVar

from unionstation.domain.codes import LabeledEnum
from unionstation.domain.text import normalize_text, strip_all_spaces
from unionstation.exchange.spreadsheet import Cell, cell_text

EXCEL_NUMBER_ID = ("身份证号被存成了数字,末几位已丢失:请把该列设置为文本格式,"
                   "再重新输入完整号码。")

_DATE = re.compile(r"^(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*(?:[.\-/月]\s*(\d{1,2})\s*日?)?\s*月?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")

E = TypeVar("E", bound=LabeledEnum)

_YES = {"是", "√", "✓", "✔", "y", "yes", "1", "true", "有", "对"}
_NO = {"否", "×", "✗", "✘", "n", "no", "0", "false", "无", "不是", "非"}


class CellProblem(ValueError):
    """The cell's value cannot be used; str() says why and what to do."""


def parse_date(value: Cell) -> date | None:
    """A real Excel date, or text such as 2023.7.21, 2023-07-21, 2023/7/21, 2023年7月21日,
    20230721 (a year and month alone mean the first of that month)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellProblem(f"“{cell_text(value)}”不是日期,请写作 2023-07-21。")
    text = strip_all_spaces(cell_text(value))
    if not text:
        return None
    text = _TIME_TAIL.sub("", text)
    match = _DATE.match(text) or _COMPACT.match(text)
    if match is None:
        raise CellProblem(f"无法识别的日期“{text}”,请写作 2023-07-21。")
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    try:
        return date(year, month, day)
    except ValueError:
        raise CellProblem(f"日期“{text}”不存在,请核对。") from None


def parse_yes_no(value: Cell) -> bool | None:
    if isinstance(value, bool):
        return value
    text = strip_all_spaces(cell_text(value)).lower()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellProblem(f"“{text}”应填 是/否(也可写 √/×、Y/N、1/0)。")


def id_number_text(value: Cell) -> str:
    """The ID number as typed; a number Excel has rounded is refused, not guessed."""
    if isinstance(value, bool):
        raise CellProblem("不是身份证号。")
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise CellProblem(EXCEL_NUMBER_ID)
        digits = str(int(value))
        if len(digits) > 15:
            raise CellProblem(EXCEL_NUMBER_ID)
        return digits
    text = strip_all_spaces(cell_text(value))
    if _SCIENTIFIC.match(text):
        raise CellProblem(EXCEL_NUMBER_ID)
    return text


def plain_text(value: Cell) -> str:
    return normalize_text(cell_text(value))


def parse_code(enum_class: type[E], value: Cell) -> E | None:
    text = plain_text(value)
    if not text:
        return None
    found = enum_class.from_label(text)
    if found is None:
        raise CellProblem(f"“{text}”无法识别,未导入该项。")
    return found
