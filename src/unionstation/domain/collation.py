"""Pinyin order for every list of names an officer reads: unions, members, stations.

Code-point order puts 七喜传媒 before 阿里巴巴; officers look names up by their reading, as in
a dictionary. People's names use the surname readings (曾 zeng, 单 shan); other names (unions,
employers, stations) read each character as pypinyin reads it in context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from pypinyin import Style, lazy_pinyin

from unionstation.domain.pinyin import name_syllables
from unionstation.domain.text import normalize_text

__all__ = ["name_collation_key", "name_sort_key", "sorted_by_pinyin", "text_sort_key"]

T = TypeVar("T")

# A stored key (name_collation_key) joins the syllables with a space and ends them with
# \x01: both sort below every character a syllable holds, so comparing the text byte by
# byte (SQLite's BINARY, PostgreSQL's "C") orders as the tuple key does.
_SYLLABLE_GAP = " "
_SYLLABLES_END = "\x01"

SortKey = tuple[tuple[str, ...], str]


@lru_cache(maxsize=16384)
def text_sort_key(text: str) -> SortKey:
    """An organisation's or place's name: syllable by syllable, then the text itself."""
    clean = normalize_text(text)
    syllables = tuple(s.lower() for s in lazy_pinyin(clean, style=Style.TONE3))
    return syllables, clean


@lru_cache(maxsize=65536)
def name_sort_key(name: str) -> SortKey:
    """A person's name: surname readings first (曾 is zeng), then the name itself."""
    return name_syllables(name), normalize_text(name)


def sorted_by_pinyin(items: Iterable[T], name: Callable[[T], str], *,
                     person: bool = False) -> list[T]:
    """`items` in pinyin order of `name(item)`."""
    key = name_sort_key if person else text_sort_key
    return sorted(items, key=lambda item: key(name(item)))


def name_collation_key(name: str) -> str:
    """`name_sort_key` as one text, for a database column ordered byte by byte.

    Sorting by this text gives the order `sorted_by_pinyin(..., person=True)` gives, so a
    list a database orders and pages (the county's members, on SQLite or PostgreSQL) reads
    as the station's lists do.
    """
    syllables, clean = name_sort_key(name)
    return _SYLLABLE_GAP.join(syllables) + _SYLLABLES_END + clean
