"""canonical_line (orjson, json where orjson differs) writes what canonical_json writes."""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionstation.sync.canonical import (
    LINE_DECODER,
    ParsedFloat,
    canonical_json,
    canonical_line,
)

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | _text
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(value=st.dictionaries(_text, _values, max_size=6))
def test_a_line_read_back_is_written_as_canonical_json_writes_it(value: dict[str, Any]) -> None:
    text = json.dumps(value, ensure_ascii=False)
    # What the county hashed before (json read, json written) and what it hashes now.
    assert canonical_line(LINE_DECODER.decode(text)) == canonical_json(json.loads(text))


@pytest.mark.parametrize("number", ["1e16", "1E+16", "1.5e-07", "0.1", "-0.0", "2.5",
                                    "123456789012345678.0"])
def test_floats_are_written_as_json_writes_them(number: str) -> None:
    line = LINE_DECODER.decode(f'{{"data":{{"x":{number}}},"a":[{number}]}}')
    assert isinstance(line["a"][0], ParsedFloat)
    assert canonical_line(line) == canonical_json(json.loads(json.dumps(line)))
    assert canonical_line(line) == canonical_json({"a": [float(number)],
                                                   "data": {"x": float(number)}})


def test_numbers_past_64_bits_and_deep_nesting_fall_back_to_json() -> None:
    deep: Any = 1
    for _ in range(300):
        deep = [deep]
    for value in ({"n": 2**64 + 1}, {"n": -(2**63) - 1}, {"deep": deep}):
        assert canonical_line(value) == canonical_json(value)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant: str) -> None:
    line = LINE_DECODER.decode(f'{{"x":{constant}}}')
    assert isinstance(line["x"], ParsedFloat) and not math.isfinite(line["x"])
    with pytest.raises(ValueError):
        canonical_line(line)


def test_a_lone_surrogate_is_refused() -> None:
    line = LINE_DECODER.decode('{"name":"\\ud800"}')
    with pytest.raises(UnicodeEncodeError):
        canonical_line(line)


def test_the_hash_of_a_station_line_is_unchanged() -> None:
    line = ('{"base_version":0,"change_id":"00000000-0000-0000-0000-000000000001",'
            '"change_seq":1,"created_at":"2025-03-01T08:00:00+00:00",'
            '"data":{"name":"张三","id":"x","n":1,"z":null,"t":true,"q":"a\\"b\\n\\u0001"},'
            '"entity":"member","entity_id":"00000000-0000-0000-0000-0000000003e9",'
            '"op":"upsert","officer":"王干事","version":1}')
    old = hashlib.sha256(canonical_json(json.loads(line))).hexdigest()
    assert hashlib.sha256(canonical_line(LINE_DECODER.decode(line))).hexdigest() == old


@settings(max_examples=300, deadline=None)
@given(value=st.dictionaries(_text, _values, max_size=6), spaced=st.booleans())
def test_a_line_reads_the_same_the_fast_way_and_its_hash_too(value: dict[str, Any],
                                                              spaced: bool) -> None:
    from unionstation.sync.stream import _parse

    separators = (", ", ": ") if spaced else (",", ":")
    row = json.dumps(value, ensure_ascii=False, separators=separators).encode()
    read = _parse(row, 0, 1, lambda _change, _seq: None)
    slow = LINE_DECODER.decode(row.decode())
    assert read == slow
    assert canonical_line(read) == canonical_line(slow) == canonical_json(value)
