"""Text normalisation: the single form every validator and search key builds on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unionstation.domain.text import (
    _normalized,
    _normalized_name,
    normalize_name,
    normalize_text,
    strip_all_spaces,
    to_halfwidth,
)


def test_halfwidth_maps_fullwidth_ascii_and_ideographic_space() -> None:
    assert to_halfwidth("１２３ＡＢＣａｂｃ！～") == "123ABCabc!~"
    assert to_halfwidth("\u3000") == " "
    assert to_halfwidth("中文不变") == "中文不变"


@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E)))
def test_halfwidth_inverts_fullwidth(text: str) -> None:
    fullwidth = "".join(chr(ord(ch) + 0xFEE0) for ch in text)
    assert to_halfwidth(fullwidth) == text


def test_normalize_text_none_and_empty() -> None:
    assert normalize_text(None) == ""
    assert normalize_text("") == ""
    assert normalize_text(" \u3000\u00a0 ") == ""


def test_normalize_text_removes_zero_width() -> None:
    assert normalize_text("a\u200bb\u200cc\u200dd\ufeffe\u2060f") == "abcdef"


def test_normalize_text_collapses_unicode_spaces() -> None:
    assert normalize_text("  a\u00a0\u00a0b\u2003c\u3000\u3000d\t\ne  ") == "a b c d e"
    assert normalize_text("a\u202fb\u205fc") == "a b c"


def test_strip_all_spaces() -> None:
    assert strip_all_spaces(" 138 1234\u00a05678\u3000") == "13812345678"
    assert strip_all_spaces(None) == ""


def test_normalize_name_removes_spaces_between_han() -> None:
    assert normalize_name("张 三") == "张三"
    assert normalize_name(" 欧阳\u3000 修 ") == "欧阳修"


def test_normalize_name_keeps_latin_spaces() -> None:
    assert normalize_name("  John   Smith ") == "John Smith"
    assert normalize_name("Ｊｏｈｎ Ｓｍｉｔｈ") == "John Smith"


def test_normalize_name_dot_variants() -> None:
    for dot in ["\u00b7", "\u2022", "\uff0e", "\u30fb", "\uff65", "."]:
        assert normalize_name(f"买买提{dot}艾力") == "买买提·艾力", dot
    assert normalize_name("阿依古丽 · 吐尔逊") == "阿依古丽·吐尔逊"
    assert normalize_name("J. Smith") == "J. Smith"


def test_normalize_name_none() -> None:
    assert normalize_name(None) == ""


@given(st.text())
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "  " not in once
    assert once == once.strip()


@given(st.text())
def test_normalize_name_is_idempotent(text: str) -> None:
    once = normalize_name(text)
    assert normalize_name(once) == once


_MIXED = st.text(alphabet=st.sampled_from(
    "张三李四 \u3000\u00a0\t\n\u200b\ufeff１２ＡＢａ\uff0e·•.-abc 123\u4e00\u9fff\U00020000"))


@given(st.one_of(st.text(), _MIXED))
def test_normalize_text_fast_path_agrees_with_the_full_one(text: str) -> None:
    assert normalize_text(text) == _normalized(text)


@given(st.one_of(st.text(), _MIXED, st.text(alphabet="张三李四王\u4e00\U00020000", min_size=1)))
def test_normalize_name_fast_path_agrees_with_the_full_one(text: str) -> None:
    assert normalize_name(text) == _normalized_name(text)
