"""Money in yuan: exact decimals, integer fen, and the capital numerals of receipts.

Hardship payments and venue assets are audited; binary floats would make totals differ by a
fen from the printed sign-off sheets, so floats are refused outright.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from unionstation.domain.text import normalize_text

__all__ = [
    "InvalidAmount",
    "MAX_CAPITAL_AMOUNT",
    "chinese_capital",
    "format_yuan",
    "from_fen",
    "to_decimal",
    "to_fen",
]

_CENT = Decimal("0.01")
_AMOUNT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
_CURRENCY_MARKS = str.maketrans("", "", "¥\uffe5,\uff0c元 ")
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\uff0d": "-"})

MAX_CAPITAL_AMOUNT = Decimal("999999999999.99")
"""Largest amount `chinese_capital` writes; beyond it the 万亿 unit would be needed."""

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿")


class InvalidAmount(ValueError):  # noqa: N818 - name is the agreed API
    """An amount that is not a number of yuan, with a Chinese message saying why."""


def to_decimal(value: str | int | Decimal) -> Decimal:
    """Parse yuan as typed ("1,234.50", "¥100", "１００") into a Decimal rounded to the fen.

    Negative amounts are allowed because reversals are recorded as negative entries.
    """
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(f"amount must be str, int or Decimal, not {type(value).__name__}")
    if isinstance(value, str):
        text = normalize_text(value.translate(_MINUS_SIGNS)).translate(_CURRENCY_MARKS)
        if not _AMOUNT.fullmatch(text):
            raise InvalidAmount(f"金额“{normalize_text(value)}”不是有效的数字")
        amount = Decimal(text)
    else:
        amount = Decimal(value)
    if not amount.is_finite():
        raise InvalidAmount("金额不是有效的数字")
    return amount.quantize(_CENT, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    """Whole fen, for storage as an integer and for exact sums."""
    return int(to_decimal(amount) * 100)


def from_fen(fen: int) -> Decimal:
    """Yuan with two decimals from a whole number of fen."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"fen must be int, not {type(fen).__name__}")
    return (Decimal(fen) / 100).quantize(_CENT)


def _integer_capital(yuan: int) -> str:
    digits = str(yuan)
    parts: list[str] = []
    pending_zero = False
    for index, char in enumerate(digits):
        position = len(digits) - 1 - index
        digit = int(char)
        if digit:
            if pending_zero:
                parts.append("零")
                pending_zero = False
            parts.append(_DIGITS[digit] + _SMALL_UNITS[position % 4])
        else:
            pending_zero = True
        if position % 4 == 0 and position:
            group = digits[max(0, index - 3) : index + 1]
            if int(group):
                parts.append(_BIG_UNITS[position // 4])
    return "".join(parts)


def chinese_capital(amount: Decimal | int | str) -> str:
    """The amount in capital numerals as written on receipts (大写金额).

    Follows the usual financial rules: 零 marks skipped digits, 整 ends an amount without jiao
    and fen, an amount with jiao and no fen ends in 角.
    """
    value = to_decimal(amount)
    if abs(value) > MAX_CAPITAL_AMOUNT:
        raise InvalidAmount(f"金额{value}超出大写金额的范围(最大{MAX_CAPITAL_AMOUNT}元)")
    sign = "负" if value < 0 else ""
    fen_total = abs(to_fen(value))
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    if fen_total == 0:
        return "零元整"
    text = _integer_capital(yuan) + "元" if yuan else ""
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif fen and yuan:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    if not jiao and not fen:
        text += "整"
    return sign + text


def format_yuan(amount: Decimal | int | str) -> str:
    """Display form with the yuan sign and thousands separators: "¥1,234.50"."""
    value = to_decimal(amount)
    sign = "-" if value < 0 else ""
    return f"{sign}¥{abs(value):,.2f}"
