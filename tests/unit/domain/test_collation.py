"""The stored collation key orders, byte by byte, exactly as the station's pinyin order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unionstation.domain.collation import name_collation_key, name_sort_key, sorted_by_pinyin

NAMES = ["张三", "曾小明", "阿里", "李安", "李安娜", "连杰", "Alice", "lian", "单田芳",
         "王五", "王 五", "欧阳修", "", "买买提·艾力"]


def test_the_key_sorts_as_the_pinyin_order() -> None:
    by_key = sorted(NAMES, key=name_collation_key)
    assert by_key == sorted_by_pinyin(NAMES, str, person=True)
    # 李安 (li an) before 连杰 (lian jie): syllable by syllable, not letters run together.
    assert by_key.index("李安") < by_key.index("lian") < by_key.index("连杰")
    assert by_key[:3] == ["", "阿里", "Alice"]


def test_the_key_sorts_the_same_as_utf8_bytes() -> None:
    """SQLite's BINARY and PostgreSQL's "C" compare UTF-8 bytes."""
    keys = [name_collation_key(name) for name in NAMES]
    assert sorted(keys) == sorted(keys, key=lambda key: key.encode())


@given(st.lists(st.text(alphabet="张曾阿李安娜连杰王五欧阳修单田芳abcz ·", max_size=5),
                max_size=8))
def test_any_names_sort_the_same_either_way(names: list[str]) -> None:
    assert ([name_sort_key(n) for n in sorted(names, key=name_collation_key)]
            == sorted(name_sort_key(n) for n in names))
