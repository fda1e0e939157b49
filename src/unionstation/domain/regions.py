"""Administrative division codes (GB/T 2260 and the statistical 12-digit codes).

Only the province part can be checked offline without shipping the whole division table;
that already catches the usual slips (a digit dropped, a county code pasted into a township
field).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from unionstation.domain.text import strip_all_spaces

__all__ = ["PROVINCE_CODES", "InvalidDivisionCode", "parse_division_code", "province_name"]

PROVINCE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "11": "北京市",
        "12": "天津市",
        "13": "河北省",
        "14": "山西省",
        "15": "内蒙古自治区",
        "21": "辽宁省",
        "22": "吉林省",
        "23": "黑龙江省",
        "31": "上海市",
        "32": "江苏省",
        "33": "浙江省",
        "34": "安徽省",
        "35": "福建省",
        "36": "江西省",
        "37": "山东省",
        "41": "河南省",
        "42": "湖北省",
        "43": "湖南省",
        "44": "广东省",
        "45": "广西壮族自治区",
        "46": "海南省",
        "50": "重庆市",
        "51": "四川省",
        "52": "贵州省",
        "53": "云南省",
        "54": "西藏自治区",
        "61": "陕西省",
        "62": "甘肃省",
        "63": "青海省",
        "64": "宁夏回族自治区",
        "65": "新疆维吾尔自治区",
        "71": "台湾省",
        "81": "香港特别行政区",
        "82": "澳门特别行政区",
    }
)

_VALID_LENGTHS = (6, 9, 12)


class InvalidDivisionCode(ValueError):  # noqa: N818 - name is the agreed API
    """Raised with a message an officer can act on when a division code is malformed."""


def province_name(code: str) -> str | None:
    """Name of the province a division code or ID number region starts with, if known."""
    return PROVINCE_CODES.get(code[:2])


def parse_division_code(text: str) -> str:
    """Return the canonical digits of a county (6) or township (9 or 12) division code."""
    code = strip_all_spaces(text)
    if not code:
        raise InvalidDivisionCode("行政区划代码不能为空")
    for char in code:
        if not ("0" <= char <= "9"):
            raise InvalidDivisionCode(f"行政区划代码只能由数字组成,含有非法字符“{char}”")
    if len(code) not in _VALID_LENGTHS:
        raise InvalidDivisionCode(f"行政区划代码应为6位、9位或12位数字,现为{len(code)}位")
    if code[:2] not in PROVINCE_CODES:
        raise InvalidDivisionCode(f"行政区划代码的省份代码{code[:2]}不存在")
    return code
