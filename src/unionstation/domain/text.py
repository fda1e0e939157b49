"""Text normalisation shared by every validator and search key.

Officers paste data from Word, WeChat, PDFs and Excel sheets typed with a Chinese input method,
so the same value arrives with full-width digits, non-breaking or ideographic spaces and
invisible zero-width characters. Everything that compares or stores text goes through here
first, so that two spellings of the same thing become the same string.
"""

from __future__ import annotations

import re

__all__ = [
    "CJK_CLASS",
    "NAME_DOT",
    "is_cjk",
    "normalize_name",
    "normalize_text",
    "strip_all_spaces",
    "to_halfwidth",
]

NAME_DOT = "\u00b7"
"""The interpunct used in transliterated names (买买提·艾力); the one form we store."""

_FULLWIDTH_OFFSET = 0xFEE0
_HALFWIDTH_TABLE: dict[int, int] = {
    code: code - _FULLWIDTH_OFFSET for code in range(0xFF01, 0xFF5F)
}
_HALFWIDTH_TABLE[0x3000] = 0x20

# Zero-width characters come in with copy-paste from web pages and chat apps; they are
# invisible to the officer and would make two equal ID numbers compare different.
_ZERO_WIDTH = {0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None, 0x2060: None}

# Look-alikes of the name dot.  They are mapped before half-width conversion because
# U+FF0E (full-width full stop) would otherwise become an ASCII "." and be lost in a name.
_NAME_DOT_VARIANTS = "\u2022\uff0e\u30fb\uff65\u2027\u2219\u22c5\u0387\u00b7\u16eb\u2e31"
_NAME_DOT_TABLE = {ord(ch): NAME_DOT for ch in _NAME_DOT_VARIANTS}

_SPACE_RUN = re.compile(r"\s+")

_CJK = (
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0003134f"  # extensions B..G: rare surname and given-name characters
)
CJK_CLASS = f"[{_CJK}]"
"""Regular-expression class matching one Han character (BMP and supplementary planes)."""
_CJK_CHAR = CJK_CLASS
_SPACE_BETWEEN_CJK = re.compile(rf"(?<={_CJK_CHAR})\s+(?={_CJK_CHAR})")
_SPACE_AROUND_DOT = re.compile(rf"\s*{NAME_DOT}\s*")
_ASCII_DOT_BETWEEN_CJK = re.compile(rf"(?<={_CJK_CHAR})\s*\.\s*(?={_CJK_CHAR})")
_CJK_ONE = re.compile(_CJK_CHAR)
_CJK_ONLY = re.compile(f"{_CJK_CHAR}+")
# What `to_halfwidth` maps among printable characters (the ideographic space is not one).
_FULLWIDTH_ASCII = re.compile("[\uff01-\uff5e]")


def is_cjk(char: str) -> bool:
    """Tell a Han character from anything else; names are treated differently by script."""
    return bool(_CJK_ONE.fullmatch(char))


def to_halfwidth(text: str) -> str:
    """Map full-width ASCII and the ideographic space to plain ASCII.

    Chinese input methods in full-width mode produce "１１０１０１" for digits; validators only
    want to know about one form.
    """
    return text.translate(_HALFWIDTH_TABLE)


def normalize_text(text: str | None) -> str:
    """Return the canonical single-line form of a user-entered value (None becomes "")."""
    if not text:
        return ""
    if _already_normal(text):
        return text  # the common case (digits, dates, codes, plain Chinese): nothing to do
    return _normalized(text)


def _already_normal(text: str) -> bool:
    # A printable string has no whitespace but the ASCII space and no zero-width characters
    # (they are "Other" or "Separator"), so only doubled or outer spaces and full-width
    # ASCII are left for `_normalized` to change.
    return (text.isprintable() and "  " not in text and text == text.strip()
            and (text.isascii() or _FULLWIDTH_ASCII.search(text) is None))


def _normalized(text: str) -> str:
    text = to_halfwidth(text).translate(_ZERO_WIDTH)
    # str.isspace covers NBSP, U+2000..U+200A, U+202F, U+205F, tabs and newlines alike.
    return _SPACE_RUN.sub(" ", text).strip()


def strip_all_spaces(text: str | None) -> str:
    """Normalise and drop every space, for values where spaces are only visual grouping.

    People write ID numbers and phone numbers in blocks ("138 1234 5678"); the stored value
    must not depend on that.
    """
    return normalize_text(text).replace(" ", "")


def normalize_name(text: str | None) -> str:
    """Normalise a person's name for storage and comparison.

    Han names never contain spaces, so "张 三" (typed to align with three-character names on
    paper forms) becomes "张三". Latin names keep their single inner spaces. All dot
    look-alikes in transliterated names become U+00B7 with no spaces around it.
    """
    if text is None:
        return ""
    if _CJK_ONLY.fullmatch(text):
        return text  # most names: nothing to change
    return _normalized_name(text)


def _normalized_name(text: str) -> str:
    text = normalize_text(text.translate(_NAME_DOT_TABLE))
    text = _ASCII_DOT_BETWEEN_CJK.sub(NAME_DOT, text)
    text = _SPACE_AROUND_DOT.sub(NAME_DOT, text)
    return _SPACE_BETWEEN_CJK.sub("", text)


# What a spreadsheet program reads as the start of a formula (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would run `text` as a formula rather than show it."""
    return text.startswith(FORMULA_STARTS)
