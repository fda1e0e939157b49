"""Telephone numbers: mobiles, landlines with area codes, 400/800 service numbers, and
Hong Kong, Macau and Taiwan numbers in international form (+852, +853, +886).

Members are contacted by phone and duplicates are found by phone, so numbers are stored in one
form whatever way they were written ("+86 138-1234-5678", "(0571)8765 4321 转 123").
"""

from __future__ import annotations

import re

from unionstation.domain.text import normalize_text

__all__ = ["InvalidPhone", "is_mobile", "masked_phone", "normalize_phone"]

_MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)
_SERVICE = re.compile(r"[48]00\d{7}", re.ASCII)
_LANDLINE = re.compile(r"(0\d{2,3})-([2-9]\d{6,7})(?:-(\d{1,6}))?", re.ASCII)
_EXTENSION = re.compile(r"(?:转|分机|ext\.?|x|#)\s*(\d+)\s*$", re.IGNORECASE | re.ASCII)
_COUNTRY_PREFIX = re.compile(r"^(?:\+|00)?86(?=\D|1[3-9]\d{9}$)[\s-]*|^\(\+?86\)\s*", re.ASCII)
_SEPARATORS = re.compile(r"[\s\-()\u2010-\u2015./]+")
_MAX_EXTENSION = 6
_TRUNK_MOBILE = re.compile(r"01[3-9]\d{9}", re.ASCII)  # a mobile typed with a leading 0
_INTERNATIONAL = re.compile(r"^(?:\+|00)\s*(\d{1,3})", re.ASCII)
# Country code -> (place, allowed national number) for the numbers members from Hong Kong,
# Macau and Taiwan give; lengths and leading digits as libphonenumber has them.
_NEIGHBOURS: dict[str, tuple[str, re.Pattern[str]]] = {
    "852": ("香港", re.compile(r"[2-9]\d{7}", re.ASCII)),
    "853": ("澳门", re.compile(r"[2-8]\d{7}", re.ASCII)),
    "886": ("台湾", re.compile(r"9\d{8}|[2-8]\d{7,8}", re.ASCII)),
}
_STORED_INTERNATIONAL = re.compile(r"\+(852|853|886)(\d{8,9})", re.ASCII)


class InvalidPhone(ValueError):  # noqa: N818 - name is the agreed API
    """A phone number that cannot be right, with a Chinese message saying why."""


def _area_code_length(digits: str) -> int:
    # Beijing (010) and the big cities 020-029 have 3-digit area codes, every other area
    # code is 4 digits, so the split is unambiguous even without a separator.
    if digits.startswith(("010", "02")):
        return 3
    return 4


def _mobile(digits: str) -> str:
    if len(digits) != 11:
        raise InvalidPhone(f"手机号码应为11位,现为{len(digits)}位")
    if not _MOBILE.fullmatch(digits):
        raise InvalidPhone(f"手机号码第二位应为3至9,实为{digits[1]}")
    return digits


def _landline(groups: list[str], extension: str) -> str:
    digits = "".join(groups)
    area_len = _area_code_length(digits)
    area = digits[:area_len]
    if len(digits) <= area_len:
        raise InvalidPhone(f"电话号码“{digits}”不完整")
    if area[1] == "0":
        raise InvalidPhone(f"区号“{area}”不存在")
    if len(groups[0]) >= area_len:
        first = groups[0][area_len:]
        rest = ([first] if first else []) + groups[1:]
    else:
        rest = [digits[area_len:]]
    # The local number may itself be written in blocks ("8765 4321"); what follows it is
    # an extension.
    local = ""
    while rest and len(local) < 7:
        local += rest.pop(0)
    if len(local) not in (7, 8):
        raise InvalidPhone(f"固定电话号码应为7位或8位(不含区号),现为{len(local)}位")
    if local[0] in "01":
        raise InvalidPhone(f"固定电话号码(不含区号)不能以{local[0]}开头")
    if rest:
        if extension:
            raise InvalidPhone("电话号码后有多余的数字")
        extension = "".join(rest)
    if len(extension) > _MAX_EXTENSION:
        raise InvalidPhone(f"分机号最多{_MAX_EXTENSION}位,现为{len(extension)}位")
    number = f"{area}-{local}"
    return f"{number}-{extension}" if extension else number


def _neighbour(value: str) -> str | None:
    """"+852 9123 4567" -> "+85291234567"; None when the number is not international."""
    match = _INTERNATIONAL.match(value)
    if match is None:
        return None
    digits = "".join(ch for ch in value if ch.isascii() and ch.isdigit())
    if value.startswith("00"):
        digits = digits[2:]
        if not digits.startswith((*_NEIGHBOURS, "86")):
            return None  # "0012345678" is a mistyped landline, not a call abroad
    for code, (place, pattern) in _NEIGHBOURS.items():
        if digits.startswith(code):
            national = digits[len(code):]
            if national.startswith("0"):
                national = national[1:]  # "+886 (0)912…": the trunk 0 is not dialled
            if not pattern.fullmatch(national):
                raise InvalidPhone(f"{place}电话号码(+{code})的位数或开头不对:“{national}”")
            return f"+{code}{national}"
    if digits.startswith("86"):
        return None
    raise InvalidPhone("只能登记中国大陆及港澳台的电话号码,国际区号"
                       f"“+{match.group(1)}”不在其中")


def normalize_phone(text: str) -> str:
    """Return "13812345678", "0571-87654321[-123]", "4001234567" or "+85291234567",
    or raise InvalidPhone with what is wrong."""
    value = normalize_text(text)
    if not value:
        raise InvalidPhone("电话号码不能为空")
    international = _neighbour(value)
    if international is not None:
        return international
    extension = ""
    match = _EXTENSION.search(value)
    if match:
        extension = match.group(1)
        value = value[: match.start()].rstrip()
    value, prefixes = _COUNTRY_PREFIX.subn("", value, count=1)
    for char in value:
        if not (char.isascii() and char.isdigit()) and not _SEPARATORS.fullmatch(char):
            raise InvalidPhone(f"电话号码含有非法字符“{char}”")
    groups = [g for g in _SEPARATORS.split(value) if g]
    digits = "".join(groups)
    if not digits:
        raise InvalidPhone("电话号码中没有数字")
    if prefixes and not digits.startswith("0") and not _MOBILE.fullmatch(digits):
        # "+86 571 87654321": the international form drops the trunk prefix 0.
        groups[0] = "0" + groups[0]
        digits = "0" + digits
    if _TRUNK_MOBILE.fullmatch(digits):
        digits = digits[1:]
    if digits.startswith("1"):
        if extension:
            raise InvalidPhone("手机号码不能带分机号")
        return _mobile(digits)
    if digits.startswith(("400", "800")) and not extension:
        if not _SERVICE.fullmatch(digits):
            raise InvalidPhone(f"{digits[:3]}服务电话应为10位,现为{len(digits)}位")
        return digits
    if not digits.startswith("0"):
        if len(digits) in (7, 8):
            raise InvalidPhone("固定电话需要带区号,例如0571-87654321")
        raise InvalidPhone(f"无法识别的电话号码“{normalize_text(text)}”")
    return _landline(groups, extension)


def is_mobile(phone: str) -> bool:
    """Whether the (already normalised or raw) number is a mainland mobile number."""
    try:
        return bool(_MOBILE.fullmatch(normalize_phone(phone)))
    except InvalidPhone:
        return False


def masked_phone(phone: str) -> str:
    """Hide the middle digits for printed lists: "138****5678", "0571-****4321"."""
    value = normalize_text(phone)
    if _MOBILE.fullmatch(value):
        return value[:3] + "****" + value[-4:]
    international = _STORED_INTERNATIONAL.fullmatch(value)
    if international:
        code, national = international.groups()
        return f"+{code} {'*' * (len(national) - 4)}{national[-4:]}"
    landline = _LANDLINE.fullmatch(value)
    if landline:
        area, local, _ = landline.groups()
        return f"{area}-{'*' * (len(local) - 4)}{local[-4:]}"
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) <= 4:
        return "*" * len(digits)
    keep = min(3, len(digits) - 4)
    return digits[:keep] + "*" * (len(digits) - keep - 4) + digits[-4:]
