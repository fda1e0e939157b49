"""Which column of a roster holds which field: the officers' many wordings, and the header row.

Roster headers are written by hand ("身份证号码(必填)", "手机\\n号码", "*姓名"), so a header is
compared after dropping spaces, asterisks, bracketed notes and punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from unionstation.domain.text import normalize_text
from unionstation.exchange.spreadsheet import Cell, Row, cell_text

HEADER_SEARCH_ROWS = 10

# Field key -> the label shown in the mapping, then the wordings found in real rosters.
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "会员姓名", "职工姓名", "员工姓名"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证",
                  "证件号码", "身份证件号码", "证件号"),
    "gender": ("性别",),
    "ethnicity": ("民族",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日"),
    "education": ("文化程度", "学历", "最高学历"),
    "political_status": ("政治面貌",),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "电话", "电话号码", "联系方式",
              "移动电话"),
    "employer": ("工作单位", "所在单位", "单位名称", "单位", "就业单位", "工作单位名称"),
    "job": ("岗位", "职务", "工种", "岗位(工种)", "岗位工种", "职业"),
    "joined_on": ("入会日期", "入会时间", "入会年月"),
    "migrant_worker": ("是否农民工", "农民工"),
    "priority_group": ("人员类别", "群体", "所属群体", "八大群体", "新就业形态群体",
                       "职工类别"),
    "card_no": ("会员证号", "会员证号码", "会员证编号", "会员编号"),
    "remarks": ("备注", "说明"),
    "union": ("所属工会", "基层工会", "所属基层工会", "工会名称", "所在工会"),
    "native_place": ("籍贯",),
    "household_place": ("户籍所在地", "户籍地", "户籍地址", "户口所在地"),
    "household_kind": ("户口性质", "户籍性质", "户籍类型", "户口类型"),
    "professional_title": ("职称", "专业技术职称"),
    "skill_level": ("技能等级", "职业技能等级", "技术等级"),
    "address": ("家庭住址", "住址", "现住址", "居住地址", "联系地址"),
}

_NOTES = re.compile(r"[((\[【<《][^))\]】>》]*[))\]】>》]")
_PUNCT = re.compile(r"[\s*※:::.。、,,;;/\\\-_'\"“”‘’!!??#]")


def header_key(text: str) -> str:
    """The comparable form of a header cell."""
    clean = normalize_text(text).replace("\n", "")
    stripped = _NOTES.sub("", clean)
    return _PUNCT.sub("", stripped or clean).lower()


_LOOKUP: dict[str, str] = {}
for _field, _words in FIELDS.items():
    for _word in _words:
        _LOOKUP[header_key(_word)] = _field
# "岗位(工种)" keeps its meaning once the note is dropped.
_LOOKUP.setdefault("岗位", "job")


def field_label(field: str) -> str:
    return FIELDS[field][0]


def guess_field(header: str) -> str | None:
    return _LOOKUP.get(header_key(header)) if header.strip() else None


@dataclass(frozen=True)
class HeaderGuess:
    row: int  # 1-based sheet row of the header
    headers: list[str]
    fields: list[str | None]  # per column: the field it feeds, or None (ignored)


def find_header(rows: Sequence[Row]) -> HeaderGuess | None:
    """The row among the first ten that names the most known columns (two at least)."""
    best: tuple[int, int] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = {guess_field(cell_text(v)) for v in row} - {None}
        if len(known) >= 2 and (best is None or len(known) > best[1]):
            best = (index, len(known))
    if best is None:
        return None
    return header_at(rows, best[0] + 1)


def header_at(rows: Sequence[Row], row_number: int) -> HeaderGuess:
    """Read the given row as the header and guess each column's field (first wins)."""
    cells: list[Cell] = list(rows[row_number - 1]) if 0 < row_number <= len(rows) else []
    headers = [normalize_text(cell_text(v)) for v in cells]
    fields: list[str | None] = []
    taken: set[str] = set()
    for header in headers:
        field = guess_field(header)
        if field in taken:
            field = None
        if field is not None:
            taken.add(field)
        fields.append(field)
    return HeaderGuess(row_number, headers, fields)


def validate_mapping(fields: Sequence[str | None]) -> list[str]:
    """Problems that stop an import: a field mapped twice, or no name or ID column."""
    problems = []
    chosen = [f for f in fields if f is not None]
    for field in sorted(set(chosen)):
        if chosen.count(field) > 1:
            problems.append(f"“{field_label(field)}”对应了多个列,请只保留一列。")
    for field in ("name", "id_number"):
        if field not in chosen:
            problems.append(f"没有找到“{field_label(field)}”列,请在列对应中指定。")
    return problems
