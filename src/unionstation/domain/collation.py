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

__all__ = ["name_sort_key", "sorted_by_pinyin", "text_sort_key"]

T = TypeVar("T")

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
