"""Pinyin search keys for names, so officers can find "曾小明" by typing "zxm" or "zengxiaoming".

pypinyin reads characters by their most common reading, which is wrong for many surnames
(曾 is "ceng" in 曾经 but "zeng" as a surname), so the surname is looked up here first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT

from unionstation.domain.text import CJK_CLASS, NAME_DOT, is_cjk, normalize_name, normalize_text

__all__ = [
    "COMPOUND_SURNAMES",
    "SURNAME_READINGS",
    "NameKeys",
    "name_search_keys",
    "name_syllables",
    "search_key",
]

COMPOUND_SURNAMES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "欧阳": ("ou", "yang"),
        "司马": ("si", "ma"),
        "上官": ("shang", "guan"),
        "诸葛": ("zhu", "ge"),
        "东方": ("dong", "fang"),
        "皇甫": ("huang", "fu"),
        "尉迟": ("yu", "chi"),
        "公孙": ("gong", "sun"),
        "慕容": ("mu", "rong"),
        "长孙": ("zhang", "sun"),
        "宇文": ("yu", "wen"),
        "司徒": ("si", "tu"),
        "司空": ("si", "kong"),
        "夏侯": ("xia", "hou"),
        "令狐": ("ling", "hu"),
        "澹台": ("tan", "tai"),
        "万俟": ("mo", "qi"),
        "单于": ("chan", "yu"),
        "端木": ("duan", "mu"),
        "呼延": ("hu", "yan"),
        "西门": ("xi", "men"),
        "东郭": ("dong", "guo"),
        "南宫": ("nan", "gong"),
        "轩辕": ("xuan", "yuan"),
        "钟离": ("zhong", "li"),
        "闻人": ("wen", "ren"),
        "赫连": ("he", "lian"),
        "淳于": ("chun", "yu"),
        "濮阳": ("pu", "yang"),
        "公冶": ("gong", "ye"),
        "太叔": ("tai", "shu"),
        "申屠": ("shen", "tu"),
        "百里": ("bai", "li"),
        "拓跋": ("tuo", "ba"),
        "独孤": ("du", "gu"),
        "鲜于": ("xian", "yu"),
        "宗政": ("zong", "zheng"),
        "乐正": ("yue", "zheng"),
        "仲孙": ("zhong", "sun"),
        "公羊": ("gong", "yang"),
        "左丘": ("zuo", "qiu"),
        "第五": ("di", "wu"),
        "闾丘": ("lv", "qiu"),
    }
)

SURNAME_READINGS: Mapping[str, str] = MappingProxyType(
    {
        "曾": "zeng",
        "单": "shan",
        "解": "xie",
        "区": "ou",
        "仇": "qiu",
        "覃": "qin",
        "朴": "piao",
        "查": "zha",
        "缪": "miao",
        "盖": "ge",
        "乐": "yue",
        "员": "yun",
        "翟": "zhai",
        "召": "shao",
        "种": "chong",
        "秘": "bi",
        "折": "she",
        "黑": "he",
        "繁": "po",
        "那": "na",
        "任": "ren",
        "燕": "yan",
        "葛": "ge",
        "华": "hua",
        "纪": "ji",
        "蔡": "cai",
        "沈": "shen",
        "宁": "ning",
        "隗": "wei",
        "句": "gou",
        "阚": "kan",
        "过": "guo",
        "能": "nai",
        "石": "shi",
        "柏": "bai",
        "粘": "nian",
        "莘": "shen",
        "要": "yao",
        "中": "zhong",
        "藏": "zang",
        "卜": "bu",
        "传": "chuan",
        "都": "du",
        "薄": "bo",
        "尉": "wei",
        "长": "chang",
        "重": "chong",
        "朝": "chao",
    }
)

# Names shorter than this are never split as compound surname + given name: "司马" alone is
# more likely 司 + 马.
_MIN_LEN_FOR_COMPOUND = 3
_WORD = re.compile(r"[a-z0-9]+")
_HAN_RUN = re.compile(f"({CJK_CLASS}+)")
_HAN_ONLY = re.compile(f"{CJK_CLASS}+")


@dataclass(frozen=True)
class NameKeys:
    """The two keys a name is findable by: full pinyin and syllable initials."""

    full: str
    initials: str


def _latin_words(text: str) -> list[str]:
    # Strip accents ("José" -> "jose") so a query typed without them still matches.
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(plain.lower())


def _syllables(text: str) -> list[str]:
    # Han runs go to pypinyin (which uses phrase context within a run); anything else is
    # read as Latin words, digits kept.
    syllables: list[str] = []
    for run in _HAN_RUN.split(text):
        if not run:
            continue
        if is_cjk(run[0]):
            syllables.extend(_han_run(run))
        else:
            syllables.extend(_latin_words(run))
    return syllables


@lru_cache(maxsize=65536)
def _han_run(run: str) -> tuple[str, ...]:
    # Given names repeat far more than whole names (伟, 秀英, 建国): one pypinyin call each.
    return tuple(lazy_pinyin(run, style=Style.NORMAL, errors="ignore"))


def _keys(syllables: list[str]) -> NameKeys:
    return NameKeys(
        full="".join(syllables), initials="".join(syllable[0] for syllable in syllables)
    )


def _han_syllables(name: str) -> list[str]:
    if len(name) >= _MIN_LEN_FOR_COMPOUND and name[:2] in COMPOUND_SURNAMES:
        return [*COMPOUND_SURNAMES[name[:2]], *_syllables(name[2:])]
    if name[0] in SURNAME_READINGS:
        return [SURNAME_READINGS[name[0]], *_syllables(name[1:])]
    if len(name) >= 2 and is_cjk(name[0]) and name[:2] not in _phrase_heads():
        # No phrase starts with the surname and the next character, so pypinyin's forward
        # maximum matching cuts after the surname anyway: the same reading, from two short
        # runs that repeat across a roster (so are cached) instead of one that does not.
        return [*_syllables(name[0]), *_syllables(name[1:])]
    return _syllables(name)


def _han_name(name: str) -> list[str]:
    """`_han_syllables` of a name of Han characters alone, whose runs are the name itself
    and its parts (most names; without splitting them into runs again)."""
    if len(name) >= _MIN_LEN_FOR_COMPOUND and name[:2] in COMPOUND_SURNAMES:
        return [*COMPOUND_SURNAMES[name[:2]], *_han_run(name[2:])]
    if name[0] in SURNAME_READINGS:
        return [SURNAME_READINGS[name[0]], *(_han_run(name[1:]) if len(name) > 1 else ())]
    if len(name) >= 2 and name[:2] not in _phrase_heads():
        return [*_han_run(name[0]), *_han_run(name[1:])]
    return list(_han_run(name))


@lru_cache(maxsize=1)
def _phrase_heads() -> frozenset[str]:
    """The first two characters of every phrase pypinyin knows (built once, 10 ms)."""
    return frozenset(word[:2] for word in PHRASES_DICT if len(word) >= 2)


@lru_cache(maxsize=65536)
def name_search_keys(name: str) -> NameKeys:
    """Full pinyin and initials of a person's name, lower-case, without tones or separators.

    Transliterated names with "·" (买买提·艾力) are not Han surname + given name, so no
    surname reading applies to them; Latin names use their words.
    """
    if _HAN_ONLY.fullmatch(name):  # Han characters alone: already normal, no dot
        return _keys(_han_name(name))
    normalized = normalize_name(name)
    if not normalized:
        return NameKeys("", "")
    if not any(is_cjk(char) for char in normalized):
        return _keys(_latin_words(normalized))
    if NAME_DOT in normalized:
        return _keys(_syllables(normalized.replace(NAME_DOT, " ")))
    return _keys(_han_syllables(normalized))


@lru_cache(maxsize=65536)
def name_syllables(name: str) -> tuple[str, ...]:
    """A person's name as its pinyin syllables (surname readings applied), for sorting."""
    normalized = normalize_name(name)
    if not normalized:
        return ()
    if not any(is_cjk(char) for char in normalized):
        return tuple(_latin_words(normalized))
    if NAME_DOT in normalized:
        return tuple(_syllables(normalized.replace(NAME_DOT, " ")))
    return tuple(_han_syllables(normalized))


def search_key(text: str) -> str:
    """Normalise a search query the way the stored keys are: lower-case, half-width, no spaces.

    Dot variants become "·" so a name typed with any of them matches the stored name.
    """
    return normalize_name(normalize_text(text)).casefold().replace(" ", "")
