"""Hostile spreadsheets are refused with a message; the app's memory stays low and the
process stays up, whatever the parse does in its sandbox."""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile_sheets import HOSTILE
from tests.unit.exchange import rosters
from unionstation.exchange.roster_import import load_roster
from unionstation.exchange.sandbox import SandboxRefused, run_limited
from unionstation.exchange.spreadsheet import UnreadableFile, read_rows

MB = 1024 * 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_sheet_is_refused_with_a_message(name: str, tmp_path: Path) -> None:
    sheet = HOSTILE[name](tmp_path / f"{name}.xlsx")
    before = _peak_mb()
    with pytest.raises(UnreadableFile) as refused:
        load_roster(sheet)
    assert sheet.name in str(refused.value) or "上限" in str(refused.value)
    assert _peak_mb() - before < 100  # the app grew by less than 100 MB reading it


def test_a_cell_far_right_is_refused_before_parsing(tmp_path: Path) -> None:
    from tests.hostile_sheets import one_cell_at

    with pytest.raises(UnreadableFile, match="列"):
        read_rows(one_cell_at(tmp_path / "wide.xlsx", "XFD1"))


def test_an_ordinary_roster_still_reads(tmp_path: Path) -> None:
    sheet = load_roster(rosters.write_xlsx(tmp_path / "r.xlsx"))
    assert len(sheet.head) > 1


def _eat_memory() -> int:
    hog = bytearray(2 * 1024 * MB)
    return len(hog)


def _sleep() -> None:
    time.sleep(30)


def _abort() -> None:
    os.abort()  # what calamine's allocator does on a failed allocation


# The memory cases get time enough for a child to start on a busy machine.
@pytest.mark.parametrize(("target", "message", "seconds"), [
    (_eat_memory, "内存", 15), (_abort, "内存", 15), (_sleep, "秒", 3),
])
def test_the_sandbox_survives_what_the_parse_does(
    target: Callable[[], object], message: str, seconds: int,
) -> None:
    started = time.monotonic()
    with pytest.raises(SandboxRefused, match=message):
        run_limited(target, name="x.xlsx", seconds=seconds)
    assert time.monotonic() - started < 30
    assert run_limited(len, "still alive", name="x.xlsx") == len("still alive")


def test_names_refuse_a_leading_formula_sign() -> None:
    """Names are refused; other text is kept as typed and written quoted (test_member_ledger)."""
    from datetime import date

    from tests.factories import make_id_number
    from unionstation.services.errors import InvalidField
    from unionstation.services.member_fields import MemberDraft, clean_draft

    good = MemberDraft(name="张三", id_number=make_id_number("330106", date(1985, 5, 20), 101),
                       grassroots_union_id=None, joined_on=date(2024, 3, 1))  # type: ignore[arg-type]
    clean_draft(good, date(2026, 1, 1))
    for sign in "=+-@":
        with pytest.raises(InvalidField, match="公式"):
            clean_draft(MemberDraft(**{**good.__dict__, "name": f"{sign}cmd|' /C calc'!A0"}),
                        date(2026, 1, 1))
    clean_draft(MemberDraft(**{**good.__dict__, "employer": "=HYPERLINK(1)"}), date(2026, 1, 1))


@pytest.mark.parametrize(("ref", "message"), [
    ("GS1", "第 201 列"), ("A100001", "100001 行"), ("GS100001", "100001 行")])
def test_a_cell_just_past_a_limit_is_refused_before_parsing(
        tmp_path: Path, ref: str, message: str) -> None:
    """The scan looks one by one only at references that may lie past the limits."""
    from tests.hostile_sheets import one_cell_at

    with pytest.raises(UnreadableFile, match=message):
        read_rows(one_cell_at(tmp_path / "edge.xlsx", ref))
    assert read_rows(one_cell_at(tmp_path / "inside.xlsx", "GR3"))[2][199] == 1
