"""ID numbers: every rejection reason, clean-up of pasted input, and the 15-digit upgrade.

All numbers are generated with `check_digit`; none belongs to a real person.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionstation.domain.codes import Gender
from unionstation.domain.idnumber import (
    IdNumber,
    IdNumberProblem,
    InvalidIdNumber,
    check_digit,
    is_valid_id_number,
    masked,
    parse_id_number,
)
from unionstation.domain.regions import PROVINCE_CODES

TODAY = date(2024, 6, 1)


def make_id(region: str = "330102", born: str = "19900307", seq: str = "123") -> str:
    """A synthetic but valid ID number."""
    first17 = region + born + seq
    return first17 + check_digit(first17)


def with_check(first17: str, wrong: bool = False) -> str:
    right = check_digit(first17)
    if not wrong:
        return first17 + right
    return first17 + ("0" if right != "0" else "1")


def test_check_digit_known_weights() -> None:
    # Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; sum of all-ones is 100, 100 % 11 = 1 -> "0".
    assert check_digit("1" * 17) == "0"
    assert check_digit("0" * 17) == "1"
    with pytest.raises(ValueError):
        check_digit("123")
    with pytest.raises(ValueError):
        check_digit("1234567890123456X")


def test_check_digit_can_be_x() -> None:
    for seq in range(1000):
        first17 = f"33010219900307{seq:03d}"
        if check_digit(first17) == "X":
            break
    else:  # pragma: no cover
        pytest.fail("no X check digit in 1000 sequences")
    number = first17 + "X"
    assert parse_id_number(number, today=TODAY).value == number
    assert parse_id_number(number.lower(), today=TODAY).value == number
    assert parse_id_number(number[:-1] + "ｘ", today=TODAY).value == number


def test_parse_valid() -> None:
    number = make_id(seq="123")
    parsed = parse_id_number(number, today=TODAY)
    assert parsed == IdNumber(
        value=number, birth_date=date(1990, 3, 7), gender=Gender.MALE, region_code="330102"
    )
    assert str(parsed) == number
    assert parse_id_number(make_id(seq="124"), today=TODAY).gender is Gender.FEMALE


@pytest.mark.parametrize(
    "decorate",
    [
        lambda s: f"  {s}  ",
        lambda s: f"{s[:6]} {s[6:14]} {s[14:]}",
        lambda s: f"\u00a0{s[:6]}\u00a0{s[6:]}",
        lambda s: "\u200b".join(s),
        lambda s: f"\ufeff{s}\u2060",
        lambda s: f"\u3000{s[:9]}\u3000{s[9:]}",
        lambda s: "".join(chr(ord(c) + 0xFEE0) for c in s),
    ],
)
def test_accepts_pasted_forms(decorate: object) -> None:
    number = make_id()
    assert callable(decorate)
    assert parse_id_number(decorate(number), today=TODAY).value == number


def test_upgrades_15_digit_numbers() -> None:
    old = "330102900307123"
    parsed = parse_id_number(old, today=TODAY)
    assert parsed.value == make_id("330102", "19900307", "123")
    assert len(parsed.value) == 18
    assert parsed.birth_date == date(1990, 3, 7)
    assert parsed.gender is Gender.MALE
    assert parsed.region_code == "330102"


def problem_of(text: str) -> InvalidIdNumber:
    with pytest.raises(InvalidIdNumber) as caught:
        parse_id_number(text, today=TODAY)
    return caught.value


def test_length() -> None:
    error = problem_of(make_id()[:17])
    assert error.problem is IdNumberProblem.LENGTH
    assert str(error) == "身份证号码应为18位(或15位旧号码),现为17位"
    assert problem_of("").problem is IdNumberProblem.LENGTH
    assert problem_of(make_id() + "1").problem is IdNumberProblem.LENGTH


def test_characters() -> None:
    error = problem_of(make_id()[:10] + "A" + make_id()[11:])
    assert error.problem is IdNumberProblem.CHARACTERS
    assert str(error) == "身份证号码含有非法字符“A”"
    assert problem_of("3301021990X307123X").problem is IdNumberProblem.CHARACTERS
    assert problem_of("33010290030712X").problem is IdNumberProblem.CHARACTERS
    assert problem_of("330102-19900307-123").problem is IdNumberProblem.CHARACTERS


def test_check_digit_problem() -> None:
    first17 = "33010219900307123"
    right = check_digit(first17)
    wrong = "3" if right != "3" else "4"
    error = problem_of(first17 + wrong)
    assert error.problem is IdNumberProblem.CHECK_DIGIT
    assert str(error) == f"身份证号码校验位应为{right},实为{wrong}"


def test_date_problem() -> None:
    error = problem_of(with_check("33010219900230123"))
    assert error.problem is IdNumberProblem.DATE
    assert str(error) == "身份证号码中的出生日期19900230不存在"
    assert problem_of(with_check("33010219901301123")).problem is IdNumberProblem.DATE
    assert problem_of(with_check("33010218991231123")).problem is IdNumberProblem.DATE
    assert problem_of("330102900230123").problem is IdNumberProblem.DATE


def test_future_date_problem() -> None:
    error = problem_of(with_check("33010220300101123"))
    assert error.problem is IdNumberProblem.FUTURE_DATE
    assert str(error) == "身份证号码中的出生日期20300101晚于今天"
    assert parse_id_number(with_check("33010220240601123"), today=TODAY)


def test_province_problem() -> None:
    error = problem_of(with_check("20010219900307123"))
    assert error.problem is IdNumberProblem.PROVINCE
    assert str(error) == "身份证号码的省份代码20不存在"


def test_problem_is_value_error() -> None:
    assert issubclass(InvalidIdNumber, ValueError)


def test_is_valid() -> None:
    assert is_valid_id_number(make_id())
    assert not is_valid_id_number(make_id()[:-1])
    assert not is_valid_id_number(with_check("33010219900307123", wrong=True))


def test_masked() -> None:
    assert masked("610625199001011234") == "610625********1234"
    assert masked("") == ""
    assert masked("330102900307123") == "330**********23"
    assert masked("12345") == "*****"
    assert masked(" 6106 2519 9001 0112 34 ") == "610625********1234"


@st.composite
def id_parts(draw: st.DrawFn) -> tuple[str, date, int]:
    province = draw(st.sampled_from(sorted(PROVINCE_CODES)))
    rest = draw(st.integers(0, 9999))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    seq = draw(st.integers(0, 999))
    return f"{province}{rest:04d}", born, seq


@given(id_parts())
def test_round_trip(parts: tuple[str, date, int]) -> None:
    region, born, seq = parts
    number = make_id(region, born.strftime("%Y%m%d"), f"{seq:03d}")
    parsed = parse_id_number(number, today=TODAY)
    assert parsed.value == number
    assert parsed.birth_date == born
    assert parsed.region_code == region
    assert parsed.gender is (Gender.MALE if seq % 2 else Gender.FEMALE)
    shown = masked(parsed.value)
    assert shown[:6] == number[:6] and shown[-4:] == number[-4:]
    assert shown[6:14] == "*" * 8


@given(
    st.sampled_from(sorted(PROVINCE_CODES)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)),
    st.integers(0, 999),
)
def test_old_numbers_upgrade(province: str, born: date, seq: int) -> None:
    region = province + "0102"
    old = f"{region}{born.strftime('%y%m%d')}{seq:03d}"
    parsed = parse_id_number(old, today=TODAY)
    assert parsed.value == make_id(region, born.strftime("%Y%m%d"), f"{seq:03d}")
    assert parsed.birth_date == born


@given(id_parts(), st.integers(0, 16), st.integers(1, 9))
def test_single_digit_change_is_caught(parts: tuple[str, date, int], pos: int, delta: int) -> None:
    region, born, seq = parts
    number = make_id(region, born.strftime("%Y%m%d"), f"{seq:03d}")
    changed = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]
    with pytest.raises(InvalidIdNumber):
        parse_id_number(changed, today=TODAY)


@given(st.text(alphabet="0123456789xX ０１２３", max_size=20))
def test_any_text_is_an_id_or_a_message(text: str) -> None:
    try:
        assert len(parse_id_number(text).value) == 18
    except InvalidIdNumber as exc:
        assert str(exc)
