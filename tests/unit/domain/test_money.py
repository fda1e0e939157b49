"""Money: exact parsing, fen round trips and receipt capitals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionstation.domain.money import (
    MAX_CAPITAL_AMOUNT,
    InvalidAmount,
    chinese_capital,
    format_yuan,
    from_fen,
    to_decimal,
    to_fen,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1,234.50", Decimal("1234.50")),
        ("¥100", Decimal("100.00")),
        ("￥100", Decimal("100.00")),  # full-width yen
        ("１００", Decimal("100.00")),
        (" 12.5元 ", Decimal("12.50")),
        ("-3.2", Decimal("-3.20")),
        ("\u22123.2", Decimal("-3.20")),
        (".5", Decimal("0.50")),
        ("0.005", Decimal("0.01")),
        ("2.675", Decimal("2.68")),
        (7, Decimal("7.00")),
        (Decimal("1.005"), Decimal("1.01")),
        (Decimal("-1.005"), Decimal("-1.01")),
    ],
)
def test_to_decimal(value: str | int | Decimal, expected: Decimal) -> None:
    result = to_decimal(value)
    assert result == expected
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize("junk", ["", "abc", "1.2.3", "12元5角", "NaN", "Infinity", "1e5", "--1"])
def test_to_decimal_rejects_junk(junk: str) -> None:
    with pytest.raises(InvalidAmount, match="金额"):
        to_decimal(junk)


def test_to_decimal_rejects_float_and_bool() -> None:
    with pytest.raises(TypeError):
        to_decimal(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_decimal(True)
    with pytest.raises(InvalidAmount):
        to_decimal(Decimal("NaN"))


def test_fen() -> None:
    assert to_fen(Decimal("12.34")) == 1234
    assert to_fen(Decimal("-0.05")) == -5
    assert from_fen(1234) == Decimal("12.34")
    assert from_fen(-5) == Decimal("-0.05")
    with pytest.raises(TypeError):
        from_fen(True)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("1234.50", "壹仟贰佰叁拾肆元伍角"),
        (100, "壹佰元整"),
        ("0.05", "伍分"),
        ("0.5", "伍角"),
        ("0.15", "壹角伍分"),
        ("1000.07", "壹仟元零柒分"),
        (100000, "壹拾万元整"),
        (1005, "壹仟零伍元整"),
        (10, "壹拾元整"),
        (0, "零元整"),
        ("123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
        ("20.0", "贰拾元整"),
        ("-1234.50", "负壹仟贰佰叁拾肆元伍角"),
        (100005, "壹拾万零伍元整"),
        (10050000, "壹仟零伍万元整"),
        (100000000, "壹亿元整"),
        (100010000, "壹亿零壹万元整"),
        (100001000, "壹亿零壹仟元整"),
        (1010, "壹仟零壹拾元整"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        (Decimal("3.60"), "叁元陆角"),
    ],
)
def test_chinese_capital(amount: Decimal | int | str, expected: str) -> None:
    assert chinese_capital(amount) == expected


def test_chinese_capital_upper_limit() -> None:
    with pytest.raises(InvalidAmount, match="超出"):
        chinese_capital("1,000,000,000,000")
    with pytest.raises(InvalidAmount):
        chinese_capital(-(MAX_CAPITAL_AMOUNT + 1))


def test_format_yuan() -> None:
    assert format_yuan(Decimal("1234.5")) == "¥1,234.50"
    assert format_yuan(0) == "¥0.00"
    assert format_yuan("-1234567.891") == "-¥1,234,567.89"


_fen = st.integers(min_value=-(10**14), max_value=10**14)


@given(_fen)
def test_fen_round_trip(fen: int) -> None:
    assert to_fen(from_fen(fen)) == fen
    assert from_fen(fen) == Decimal(fen) / 100


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_decimal_string_round_trip(amount: Decimal) -> None:
    assert to_decimal(str(amount)) == amount
    assert to_decimal(format_yuan(amount)) == amount


@given(st.integers(min_value=0, max_value=int(MAX_CAPITAL_AMOUNT * 100)))
def test_capital_shape(fen: int) -> None:
    text = chinese_capital(from_fen(fen))
    assert text
    assert text[0] in "零壹贰叁肆伍陆柒捌玖"
    assert text[-1] in "整角分"
    assert "零零" not in text
    assert chinese_capital(-from_fen(fen)) in (text, "负" + text)
