"""Division codes: length and province checks."""

from __future__ import annotations

import pytest

from unionstation.domain.regions import (
    PROVINCE_CODES,
    InvalidDivisionCode,
    parse_division_code,
    province_name,
)


def test_province_table() -> None:
    assert len(PROVINCE_CODES) == 34
    assert PROVINCE_CODES["11"] == "北京市"
    assert PROVINCE_CODES["65"] == "新疆维吾尔自治区"
    assert PROVINCE_CODES["71"] == "台湾省"
    assert PROVINCE_CODES["81"] == "香港特别行政区"
    assert PROVINCE_CODES["82"] == "澳门特别行政区"
    assert province_name("330102001") == "浙江省"
    assert province_name("99") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("330102", "330102"),
        ("330102001", "330102001"),
        ("330102001000", "330102001000"),
        (" ３３０１０２００１ ", "330102001"),
        ("3301 0200 1000", "330102001000"),
    ],
)
def test_accepts(text: str, expected: str) -> None:
    assert parse_division_code(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "不能为空"),
        ("33010", "现为5位"),
        ("3301020011", "现为10位"),
        ("33010A001", "非法字符“A”"),
        ("990102001", "省份代码99不存在"),
    ],
)
def test_rejects(text: str, fragment: str) -> None:
    with pytest.raises(InvalidDivisionCode, match=fragment):
        parse_division_code(text)


def test_error_is_value_error() -> None:
    assert issubclass(InvalidDivisionCode, ValueError)
