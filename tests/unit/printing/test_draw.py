"""Text fitting: shrink, then wrap, never past the box."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.printing.conftest import LONG_EMPLOYER, LONG_NAME
from unionstation.printing.draw import PT_MM, fit, text_width, wrap
from unionstation.printing.fonts import choose_fonts


@pytest.fixture(scope="module")
def font() -> str:
    try:
        return choose_fonts(None, Path("/nonexistent")).body.key
    except Exception:  # noqa: BLE001
        pytest.skip("no CJK font on this machine")


def test_a_long_minority_name_shrinks_onto_one_line(font: str) -> None:
    size, lines = fit(LONG_NAME, font, 11, 40, 7, shrink=0.6)
    assert lines == [LONG_NAME] and size < 11
    assert text_width(LONG_NAME, font, size) <= 40


def test_a_40_character_employer_wraps_inside_its_box(font: str) -> None:
    assert len(LONG_EMPLOYER) >= 34
    size, lines = fit(LONG_EMPLOYER * 1, font, 11, 60, 10)
    assert "".join(lines) == LONG_EMPLOYER
    assert all(text_width(line, font, size) <= 60 for line in lines)
    assert len(lines) * size * PT_MM * 1.25 <= 10.01


def test_text_too_long_for_any_size_is_cut_with_an_ellipsis(font: str) -> None:
    size, lines = fit(LONG_EMPLOYER * 5, font, 11, 20, 3)
    assert size == 4.5 and lines[-1].endswith("…")
    assert all(text_width(line, font, size) <= 20 for line in lines)


def test_the_name_dot_never_starts_a_line(font: str) -> None:
    for width in range(8, 40):
        for line in wrap(LONG_NAME, font, 11, width):
            assert not line.startswith("·")


def test_numbers_stay_whole_when_they_fit(font: str) -> None:
    lines = wrap("会员证号330106001000001", font, 10, 35)
    assert lines[-1].endswith("330106001000001") or "330106001000001" in lines[-1]
