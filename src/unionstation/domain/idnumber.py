"""Resident ID numbers (公民身份号码, GB 11643-1999).

The ID number is the key that finds duplicate registrations across unions and stations, so
it is stored in exactly one form: 18 characters, upper-case X, old 15-digit numbers upgraded.
Every rejection names the concrete fault so the officer can compare with the card in hand.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date
from operator import mul

from unionstation.domain.codes import Gender
from unionstation.domain.regions import PROVINCE_CODES
from unionstation.domain.text import strip_all_spaces

__all__ = [
    "IdNumber",
    "IdNumberProblem",
    "InvalidIdNumber",
    "check_digit",
    "is_valid_id_number",
    "masked",
    "parse_id_number",
]

# ISO 7064 MOD 11-2: weight of position i (from the left, 0-based) is 2**(17-i) mod 11.
_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS = "10X98765432"
_NOT_DIGIT_OR_X = re.compile("[^0-9X]")
_SEVENTEEN_DIGITS = re.compile("[0-9]{17}")
_EARLIEST_YEAR = 1900
# Residence permits for Hong Kong (81), Macau (82) and Taiwan (83) residents share the resident
# ID's format and check digit (GB 11643); 83 is not a region code, so it is allowed here.
_PERMIT_PREFIXES = frozenset({"81", "82", "83"})


class IdNumberProblem(enum.Enum):
    """What is wrong with a rejected ID number, for callers that react differently."""

    LENGTH = "length"
    CHARACTERS = "characters"
    CHECK_DIGIT = "check_digit"
    DATE = "date"
    FUTURE_DATE = "future_date"
    PROVINCE = "province"
    FOREIGN = "foreign"


class InvalidIdNumber(ValueError):  # noqa: N818 - name is the agreed API
    """An ID number that cannot be right; `problem` says which rule it broke."""

    def __init__(self, problem: IdNumberProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class IdNumber:
    """A valid 18-character ID number and what it tells about its holder."""

    value: str
    birth_date: date
    gender: Gender
    region_code: str

    def __str__(self) -> str:
        return self.value


def check_digit(first17: str) -> str:
    """The 18th character for the given first 17 digits ("X" stands for ten)."""
    if not _SEVENTEEN_DIGITS.fullmatch(first17):
        raise ValueError(f"need exactly 17 digits, got {first17!r}")
    total = sum(map(mul, map(int, first17), _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def _clean(text: str) -> str:
    return strip_all_spaces(text).upper()


def _check_characters(value: str) -> None:
    bad = _NOT_DIGIT_OR_X.search(value)
    if bad is not None:
        raise InvalidIdNumber(IdNumberProblem.CHARACTERS,
                              f"身份证号码含有非法字符“{bad.group()}”")
    if len(value) not in (15, 18):
        raise InvalidIdNumber(
            IdNumberProblem.LENGTH, f"身份证号码应为18位(或15位旧号码),现为{len(value)}位"
        )
    if "X" in value[:-1] or (len(value) == 15 and "X" in value):
        raise InvalidIdNumber(
            IdNumberProblem.CHARACTERS, "身份证号码含有非法字符“X”,X只能是18位号码的最后一位"
        )


def _birth_date(digits: str, today: date) -> date:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidIdNumber(
            IdNumberProblem.DATE, f"身份证号码中的出生日期{digits}不存在"
        ) from None
    if born.year < _EARLIEST_YEAR:
        raise InvalidIdNumber(
            IdNumberProblem.DATE, f"身份证号码中的出生日期{digits}早于{_EARLIEST_YEAR}年"
        )
    if born > today:
        raise InvalidIdNumber(
            IdNumberProblem.FUTURE_DATE, f"身份证号码中的出生日期{digits}晚于今天"
        )
    return born


def parse_id_number(text: str, *, today: date | None = None) -> IdNumber:
    """Validate an ID number as typed or pasted and return its canonical 18-digit form.

    `today` is injectable so that tests about future birth dates do not depend on the clock.
    """
    value = _clean(text)
    if not value:
        raise InvalidIdNumber(IdNumberProblem.LENGTH, "身份证号码不能为空")
    _check_characters(value)
    if len(value) == 18 and value[0] == "9":
        raise InvalidIdNumber(
            IdNumberProblem.FOREIGN,
            "以9开头的是外国人永久居留身份证号码,不是居民身份证或港澳台居民居住证号码")
    if value[:2] not in PROVINCE_CODES and value[:2] not in _PERMIT_PREFIXES:
        raise InvalidIdNumber(IdNumberProblem.PROVINCE, f"身份证号码的省份代码{value[:2]}不存在")
    upgraded = len(value) == 15
    first17 = value[:6] + "19" + value[6:] if upgraded else value[:17]
    born = _birth_date(first17[6:14], today or date.today())
    expected = check_digit(first17)
    if not upgraded and value[17] != expected:
        raise InvalidIdNumber(
            IdNumberProblem.CHECK_DIGIT, f"身份证号码校验位应为{expected},实为{value[17]}"
        )
    gender = Gender.MALE if int(first17[16]) % 2 else Gender.FEMALE
    return IdNumber(
        value=first17 + expected, birth_date=born, gender=gender, region_code=first17[:6]
    )


def is_valid_id_number(text: str) -> bool:
    """Whether `parse_id_number` would accept the text (today's date as the limit)."""
    try:
        parse_id_number(text)
    except InvalidIdNumber:
        return False
    return True


def masked(id_number: str) -> str:
    """A display form that identifies the person to an officer but not to a bystander.

    Anything that is not a normal 18-character number keeps even less, so that a malformed
    value never leaks whole on a printed list.
    """
    value = _clean(id_number)
    if len(value) == 18:
        return value[:6] + "*" * 8 + value[-4:]
    if len(value) <= 5:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 5) + value[-2:]
