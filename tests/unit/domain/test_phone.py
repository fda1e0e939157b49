"""Phone numbers: the forms people write them in and the one form we store."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionstation.domain.phone import InvalidPhone, is_mobile, masked_phone, normalize_phone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("86 13812345678", "13812345678"),
        ("(+86)13812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("\u200b138\u00a01234\u30005678", "13812345678"),
        ("19912345678", "19912345678"),
        ("0571-87654321", "0571-87654321"),
        ("057187654321", "0571-87654321"),
        ("0571 8765 4321", "0571-87654321"),
        ("(0571)87654321", "0571-87654321"),
        ("（０５７１）８７６５４３２１", "0571-87654321"),
        ("0571-8765432", "0571-8765432"),
        ("010-62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("020-87654321", "020-87654321"),
        ("02987654321", "029-87654321"),
        ("0571-87654321转123", "0571-87654321-123"),
        ("0571-87654321 转 123", "0571-87654321-123"),
        ("0571-87654321-123", "0571-87654321-123"),
        ("0571-87654321 ext 123", "0571-87654321-123"),
        ("0571-87654321 EXT.123", "0571-87654321-123"),
        ("0571-87654321分机8", "0571-87654321-8"),
        ("+86 571 87654321", "0571-87654321"),
        ("+86 10 62345678", "010-62345678"),
        ("400-123-4567", "4001234567"),
        ("4001234567", "4001234567"),
        ("800 123 4567", "8001234567"),
    ],
)
def test_normalizes(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "不能为空"),
        ("  ", "不能为空"),
        ("1381234567", "手机号码应为11位,现为10位"),
        ("138123456789", "现为12位"),
        ("12812345678", "第二位应为3至9"),
        ("138abc12345", "非法字符“a”"),
        ("87654321", "需要带区号"),
        ("0571-876543", "应为7位或8位"),
        ("0571-0765432", "不能以0开头"),
        ("057187654321123", "应为7位或8位"),
        ("0571-87654321-1234567", "分机号最多6位"),
        ("400-123-456", "服务电话应为10位"),
        ("13812345678转1", "手机号码不能带分机号"),
        ("--", "没有数字"),
        ("0012345678", "区号“0012”不存在"),
        ("56789", "无法识别"),
    ],
)
def test_rejects(text: str, fragment: str) -> None:
    with pytest.raises(InvalidPhone, match=fragment):
        normalize_phone(text)


def test_is_mobile() -> None:
    assert is_mobile("13812345678")
    assert is_mobile("+86 138 1234 5678")
    assert not is_mobile("0571-87654321")
    assert not is_mobile("4001234567")
    assert not is_mobile("junk")


def test_masked_phone() -> None:
    assert masked_phone("13812345678") == "138****5678"
    assert masked_phone("0571-87654321") == "0571-****4321"
    assert masked_phone("010-6234567") == "010-***4567"
    assert masked_phone("0571-87654321-123") == "0571-****4321"
    assert masked_phone("4001234567") == "400***4567"
    assert masked_phone("") == ""
    assert masked_phone("1234") == "****"


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mobile_round_trip(number: str) -> None:
    spaced = f"+86 {number[:3]} {number[3:7]}-{number[7:]}"
    assert normalize_phone(spaced) == number
    assert normalize_phone(number) == number
    shown = masked_phone(number)
    assert shown[:3] == number[:3] and shown[-4:] == number[-4:] and "****" in shown


@given(
    st.sampled_from(["010", "021", "0571", "0755", "0931"]),
    st.from_regex(r"[2-9][0-9]{6,7}", fullmatch=True),
)
def test_landline_round_trip(area: str, local: str) -> None:
    expected = f"{area}-{local}"
    assert normalize_phone(area + local) == expected
    assert normalize_phone(f"({area}) {local}") == expected
    assert normalize_phone(expected) == expected


@pytest.mark.parametrize("text", ["0", "0-", "05", "010", "0571", "0571-"])
def test_bare_area_codes_are_incomplete_not_a_crash(text: str) -> None:
    with pytest.raises(InvalidPhone):
        normalize_phone(text)


@given(st.text(alphabet="0123456789-+ ()#转ext", max_size=24))
def test_any_typing_is_a_number_or_a_message(text: str) -> None:
    """Officers type half a number all the time: never a crash, only InvalidPhone."""
    try:
        assert normalize_phone(text)
    except InvalidPhone as exc:
        assert str(exc)
