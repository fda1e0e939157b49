"""Pinyin search keys: surname readings, compound surnames, dotted and Latin names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from unionstation.domain.pinyin import (
    COMPOUND_SURNAMES,
    SURNAME_READINGS,
    NameKeys,
    name_search_keys,
    search_key,
)

# Surname -> reading, as given in the brief; pypinyin alone misreads most of them.
SURNAMES = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "仇": "qiu", "覃": "qin",
    "朴": "piao", "查": "zha", "缪": "miao", "盖": "ge", "乐": "yue", "员": "yun",
    "翟": "zhai", "召": "shao", "种": "chong", "秘": "bi", "折": "she", "黑": "he",
    "繁": "po", "那": "na", "任": "ren", "燕": "yan", "葛": "ge", "华": "hua", "纪": "ji",
    "蔡": "cai", "沈": "shen", "宁": "ning", "隗": "wei", "句": "gou", "阚": "kan",
    "过": "guo", "能": "nai", "石": "shi", "柏": "bai", "粘": "nian", "莘": "shen",
    "要": "yao", "中": "zhong", "藏": "zang", "卜": "bu", "传": "chuan", "都": "du",
}  # fmt: skip

COMPOUNDS = {
    "欧阳": "ouyang", "司马": "sima", "上官": "shangguan", "诸葛": "zhuge",
    "东方": "dongfang", "皇甫": "huangfu", "尉迟": "yuchi", "公孙": "gongsun",
    "慕容": "murong", "长孙": "zhangsun", "宇文": "yuwen", "司徒": "situ",
    "夏侯": "xiahou", "令狐": "linghu", "澹台": "tantai", "万俟": "moqi",
    "单于": "chanyu", "端木": "duanmu", "呼延": "huyan", "西门": "ximen",
}  # fmt: skip


def test_plain_name() -> None:
    assert name_search_keys("张三") == NameKeys(full="zhangsan", initials="zs")
    assert name_search_keys("李小明") == NameKeys("lixiaoming", "lxm")


@pytest.mark.parametrize(("surname", "reading"), sorted(SURNAMES.items()))
def test_surname_reading(surname: str, reading: str) -> None:
    assert SURNAME_READINGS[surname] == reading
    keys = name_search_keys(surname + "小明")
    assert keys.full == reading + "xiaoming"
    assert keys.initials == reading[0] + "xm"


@pytest.mark.parametrize(("surname", "reading"), sorted(COMPOUNDS.items()))
def test_compound_surname(surname: str, reading: str) -> None:
    assert "".join(COMPOUND_SURNAMES[surname]) == reading
    keys = name_search_keys(surname + "明")
    assert keys.full == reading + "ming"
    assert keys.initials == "".join(s[0] for s in COMPOUND_SURNAMES[surname]) + "m"


def test_compound_surname_examples() -> None:
    assert name_search_keys("尉迟恭") == NameKeys("yuchigong", "ycg")
    assert name_search_keys("万俟卨") == NameKeys("moqixie", "mqx")
    assert name_search_keys("长孙无忌") == NameKeys("zhangsunwuji", "zswj")
    assert name_search_keys("欧阳修") == NameKeys("ouyangxiu", "oyx")
    assert name_search_keys("单于洋洋").full == "chanyuyangyang"


def test_surname_rule_only_for_the_first_character() -> None:
    assert name_search_keys("曾经").full == "zengjing"
    assert name_search_keys("王曾").full == "wangceng"


def test_two_character_name_is_not_a_compound_surname() -> None:
    assert name_search_keys("司马") == NameKeys("sima", "sm")


def test_u_umlaut_is_v() -> None:
    assert name_search_keys("吕女") == NameKeys("lvnv", "ln")


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("买买提·艾力", "maimaitiaili", "mmtal"),
        ("阿依古丽·吐尔逊", "ayigulituerxun", "aygltex"),
        ("买买提•艾力", "maimaitiaili", "mmtal"),
        ("买买提．艾力", "maimaitiaili", "mmtal"),
        ("买买提・艾力", "maimaitiaili", "mmtal"),
    ],
)
def test_dotted_names(name: str, full: str, initials: str) -> None:
    assert name_search_keys(name) == NameKeys(full, initials)


def test_dotted_names_get_no_surname_rule() -> None:
    # 曾 as first character of a transliterated name is not the surname 曾.
    assert name_search_keys("曾·艾力").full.startswith("ceng")


def test_latin_names() -> None:
    assert name_search_keys("John Smith") == NameKeys("johnsmith", "js")
    assert name_search_keys("  JOSÉ   María ") == NameKeys("josemaria", "jm")
    assert name_search_keys("Ｊｏｈｎ") == NameKeys("john", "j")


def test_mixed_and_messy_input() -> None:
    assert name_search_keys("张 三") == NameKeys("zhangsan", "zs")
    assert name_search_keys("\u200b张三\u00a0") == NameKeys("zhangsan", "zs")
    assert name_search_keys("Zhang三") == NameKeys("zhangsan", "zs")
    assert name_search_keys("") == NameKeys("", "")
    assert name_search_keys("   ") == NameKeys("", "")


def test_search_key() -> None:
    assert search_key(" ＺＨＡＮＧ San ") == "zhangsan"
    assert search_key("ZS") == "zs"
    assert search_key("张 三") == "张三"
    assert search_key("买买提•艾力") == "买买提·艾力"


_han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@given(st.text(alphabet=_han, min_size=1, max_size=4))
def test_keys_are_plain_ascii(name: str) -> None:
    keys = name_search_keys(name)
    assert keys.full.isascii() and keys.full == keys.full.lower()
    assert keys.initials.isascii()
    assert len(keys.initials) <= len(name)
    assert keys.full.startswith(keys.initials[:1])
    assert " " not in keys.full and "·" not in keys.full


@pytest.mark.parametrize("name", ["王朝阳", "周长", "江都", "殷红霞", "牟平", "张伟", "李秀英",
                                  "王长江", "刘德华", "陈重", "黄河"])
def test_names_read_as_pypinyin_reads_the_whole_name(name: str) -> None:
    # Splitting off the surname (so its syllables are cached) must not change any key.
    assert name[0] not in SURNAME_READINGS
    whole = lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
    assert name_search_keys(name).full == "".join(whole)


_HAN_NAMES = st.text(
    alphabet=st.sampled_from(sorted(set("".join(COMPOUND_SURNAMES)) | set(SURNAME_READINGS)
                                    | set("王李张刘陈伟芳秀英建国长重朝都乐行银𠀋"))),
    min_size=1, max_size=5)


@given(_HAN_NAMES)
def test_a_han_name_takes_the_short_way_to_the_same_keys(name: str) -> None:
    from unionstation.domain import pinyin
    from unionstation.domain.text import normalize_name

    general = pinyin._keys(pinyin._han_syllables(normalize_name(name)))
    assert pinyin._HAN_ONLY.fullmatch(name)
    assert name_search_keys(name) == general
