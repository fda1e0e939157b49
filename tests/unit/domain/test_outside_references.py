"""The rules python-stdnum and libphonenumber hold, checked against them (issue points 15-17)."""

from __future__ import annotations

import random
from datetime import date

import phonenumbers
import pytest
from stdnum.cn import ric, uscc

from unionstation.domain.credit_code import (
    InvalidCreditCode,
    credit_code_check_char,
    parse_credit_code,
    parse_union_credit_code,
)
from unionstation.domain.idnumber import (
    IdNumberProblem,
    InvalidIdNumber,
    check_digit,
    parse_id_number,
)
from unionstation.domain.phone import InvalidPhone, masked_phone, normalize_phone

# -- 15: residence permits and the foreign permanent-resident ID --------------------------


def permit(prefix: str, seq: int) -> str:
    first17 = f"{prefix}0000{date(1990, 1, 1):%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


@pytest.mark.parametrize("prefix", ["81", "82", "83"])
def test_hong_kong_macau_and_taiwan_permits_are_accepted(prefix: str) -> None:
    rng = random.Random(prefix)
    for _ in range(200):
        number = permit(prefix, rng.randrange(1000))
        assert ric.calc_check_digit(number) == number[-1]  # the same MOD 11-2 rule
        assert parse_id_number(number).value == number


def test_foreign_permanent_resident_id_is_refused_by_name() -> None:
    first17 = f"93{'0' * 4}{date(1990, 1, 1):%Y%m%d}123"
    with pytest.raises(InvalidIdNumber) as caught:
        parse_id_number(first17 + check_digit(first17))
    assert caught.value.problem is IdNumberProblem.FOREIGN
    assert "外国人永久居留身份证" in str(caught.value)
    assert "省份代码" not in str(caught.value)


# -- 16: a union's credit code ------------------------------------------------------------


def code(first17: str) -> str:
    return first17 + credit_code_check_char(first17)


def test_check_character_agrees_with_stdnum() -> None:
    rng = random.Random(16)
    for _ in range(2000):
        first = rng.choice("123456789ANY")
        first17 = first + "1" + "".join(rng.choice("0123456789") for _ in range(6)) + "".join(
            rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        assert uscc.calc_check_digit(first17) == credit_code_check_char(first17)


def test_hyphens_and_spaces_are_removed_as_stdnum_does() -> None:
    value = code("81330106MA27XXXX0")
    pasted = f"{value[:4]}-{value[4:10]} {value[10:]}"
    assert uscc.compact(pasted) == value
    assert parse_credit_code(pasted) == value
    assert parse_union_credit_code(pasted) == value


def test_an_enterprise_code_is_not_its_unions() -> None:
    enterprise = code("91330106MA27XXXX0")
    assert uscc.is_valid(enterprise)
    with pytest.raises(InvalidCreditCode) as caught:
        parse_union_credit_code(enterprise)
    assert "企业" in str(caught.value) and "不是其工会的" in str(caught.value)
    with pytest.raises(InvalidCreditCode, match="民政部门"):
        parse_union_credit_code(code("51330106MA27XXXX0"))


# -- 17: phones ---------------------------------------------------------------------------

ACCEPTED = [
    ("013812345678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("+852 9123 4567", "+85291234567"),
    ("00853 6612 3456", "+85366123456"),
    ("+886 912 345 678", "+886912345678"),
    ("+886 2 2345 6789", "+886223456789"),
]


@pytest.mark.parametrize(("typed", "stored"), ACCEPTED)
def test_phones_libphonenumber_accepts(typed: str, stored: str) -> None:
    parsed = phonenumbers.parse(typed.replace("00853", "+853"), "CN")
    assert phonenumbers.is_valid_number(parsed)
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    assert normalize_phone(typed) == (stored if stored.startswith("+") else stored)
    assert e164.endswith(normalize_phone(typed).lstrip("+"))


@pytest.mark.parametrize(("typed", "words"), [
    ("+1 415 555 1234", "+1"),
    ("+852 123", "香港"),
    ("+886 12345", "台湾"),
])
def test_phone_messages_name_the_problem(typed: str, words: str) -> None:
    assert not phonenumbers.is_valid_number(phonenumbers.parse(typed, "CN")) or words == "+1"
    with pytest.raises(InvalidPhone, match=words.replace("+", r"\+")):
        normalize_phone(typed)


def test_international_numbers_are_masked() -> None:
    assert masked_phone("+85291234567") == "+852 ****4567"
    assert masked_phone("13812345678") == "138****5678"
