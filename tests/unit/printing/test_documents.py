"""Every document: exact page size, embedded font subsets, the member's data in the text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.unit.printing.conftest import LONG_EMPLOYER, LONG_NAME, PrintStation
from tests.unit.printing.pdf import fonts, needs_poppler, page_sizes, text, words
from unionstation.printing.api import PrintError, render_to_pdf
from unionstation.printing.cards import CARD_H, CARD_W, back_slots, front_slots
from unionstation.services.history import HistoryService
from unionstation.services.members import MemberService

pytestmark = needs_poppler

A4 = (595.276, 841.89)
A4_LANDSCAPE = (841.89, 595.276)
CARD = (242.646, 153.071)


def _render(station: PrintStation, kind: str, member: str, out: Path, **options: object
            ) -> Path:
    ids = [getattr(station, member)] if member else []
    render_to_pdf(station.runtime.context, station.runtime.home, kind, ids,  # type: ignore[arg-type]
                  out, **options)  # type: ignore[arg-type]
    return out


def _assert_fonts_embedded(pdf: Path) -> None:
    found = fonts(pdf)
    assert found, "no font at all"
    for name, _kind, embedded, subset in found:
        assert (embedded, subset) == ("yes", "yes"), name


@pytest.mark.parametrize(("kind", "member", "size"), [
    ("application", "long_name", A4),
    ("registration", "long_name", A4),
    ("certificate", "long_name", A4_LANDSCAPE),
    ("transfer_letter", "li_si", A4),
])
def test_a_form_has_its_page_size_fonts_and_data(printing: PrintStation, tmp_path: Path,
                                                 kind: str, member: str,
                                                 size: tuple[float, float]) -> None:
    pdf = _render(printing, kind, member, tmp_path / f"{kind}.pdf")
    assert page_sizes(pdf) == [size]
    _assert_fonts_embedded(pdf)
    summary = MemberService(printing.runtime.context).resolve(str(getattr(printing, member)))
    content = text(pdf)
    assert summary.name in content
    assert printing.union_name in content
    assert summary.card_no and summary.card_no in content


def test_registration_sheet_carries_the_whole_id_number_and_long_fields(
        printing: PrintStation, tmp_path: Path) -> None:
    pdf = _render(printing, "registration", "long_name", tmp_path / "r.pdf")
    content = text(pdf)
    assert "650102198807011356" in content
    assert LONG_EMPLOYER in content
    assert "维吾尔族" in content and "快递员" in content


def test_the_long_minority_name_stays_inside_its_cell(printing: PrintStation,
                                                      tmp_path: Path) -> None:
    pdf = _render(printing, "registration", "long_name", tmp_path / "r.pdf")
    name = next(w for w in words(pdf) if w.text == LONG_NAME)
    # The name cell runs from 37 to 87 mm across.
    assert name.x_min >= 37 * 72 / 25.4 and name.x_max <= 87 * 72 / 25.4


def test_card_single_layout_is_id1_front_and_back(printing: PrintStation,
                                                  tmp_path: Path) -> None:
    pdf = _render(printing, "card", "long_name", tmp_path / "c.pdf", layout="single")
    assert page_sizes(pdf) == [CARD, CARD]
    _assert_fonts_embedded(pdf)
    content = text(pdf)
    card_no = MemberService(printing.runtime.context).resolve(str(printing.long_name)).card_no
    assert LONG_NAME in content and printing.union_name in content
    assert card_no and card_no in content
    assert "650102" not in content.replace(card_no, "")  # never the ID number


def test_sheet_holds_ten_cards_with_backs_mirrored(printing: PrintStation,
                                                   tmp_path: Path) -> None:
    from tests.factories import make_id_number
    from unionstation.services.members import MemberDraft
    from unionstation.services.unions import UnionService

    context = printing.runtime.context
    union = UnionService(context).resolve(printing.union_name)
    enrolled = MemberService(context).enroll_many([
        MemberDraft(name=f"测试{n:02d}",
                    id_number=make_id_number("330106", date(1990, 1, n), 300 + n),
                    grassroots_union_id=union.id, joined_on=date(2025, 1, 1))
        for n in range(1, 11)])
    ids = [printing.long_name] + [m.id for m in enrolled] + [printing.zhang_san]
    pdf = tmp_path / "sheet.pdf"
    result = render_to_pdf(context, printing.runtime.home, "card", ids, pdf, layout="sheet")
    assert result.pages == 4
    assert page_sizes(pdf) == [A4] * 4
    numbers = [MemberService(context).resolve(str(i)).card_no for i in ids]
    placed = [w for w in words(pdf) if w.text in numbers]
    fronts = {w.text: w.centre_mm for w in placed if w.page == 1}
    backs = {w.text: w.centre_mm for w in placed if w.page == 2}
    assert len(fronts) == len(backs) == 10
    for slot, (front, back) in enumerate(zip(front_slots(), back_slots(), strict=True)):
        number = numbers[slot]
        assert number is not None
        fx, fy = fronts[number]
        bx, by = backs[number]
        assert front[0] <= fx <= front[0] + CARD_W and front[1] <= fy <= front[1] + CARD_H
        assert back[0] <= bx <= back[0] + CARD_W and back[1] <= by <= back[1] + CARD_H
        assert back[0] == pytest.approx(210 - front[0] - CARD_W, abs=0.01)
    assert {w.text for w in placed if w.page in (3, 4)} == {numbers[10], numbers[11]}


def test_a_member_never_transferred_out_gets_no_letter(printing: PrintStation,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PrintError, match="没有转出"):
        _render(printing, "transfer_letter", "zhang_san", out / "t.pdf")
    assert list(out.iterdir()) == []


def test_calibration_page_is_a4_with_a_numbered_grid(printing: PrintStation,
                                                     tmp_path: Path) -> None:
    pdf = _render(printing, "calibration", "", tmp_path / "cal.pdf")
    assert page_sizes(pdf) == [A4]
    _assert_fonts_embedded(pdf)
    content = text(pdf)
    assert "套打校准页" in content and "200" in content and "280" in content


def test_fill_in_prints_only_the_data_shifted_by_the_offset(printing: PrintStation,
                                                            tmp_path: Path) -> None:
    full = _render(printing, "registration", "long_name", tmp_path / "full.pdf")
    data = _render(printing, "registration", "long_name", tmp_path / "data.pdf", fill_in=True,
                   offset_mm=(3.0, -2.0))
    assert "工会会员登记表" in text(full)
    assert "工会会员登记表" not in text(data) and "公民身份号码" not in text(data)
    before = next(w for w in words(full) if w.text == LONG_NAME).centre_mm
    after = next(w for w in words(data) if w.text == LONG_NAME).centre_mm
    assert after[0] - before[0] == pytest.approx(3.0, abs=0.05)
    assert after[1] - before[1] == pytest.approx(-2.0, abs=0.05)


def test_each_print_is_noted_in_the_members_history(printing: PrintStation,
                                                    tmp_path: Path) -> None:
    _render(printing, "card", "long_name", tmp_path / "c.pdf")
    history = HistoryService(printing.runtime.context).of(printing.long_name)
    assert any(line.kind == "printed" and "会员证" in line.summary for line in history)
    _render(printing, "certificate", "zhang_san", tmp_path / "z.pdf", record_history=False)
    history = HistoryService(printing.runtime.context).of(printing.zhang_san)
    assert not any(line.kind == "printed" for line in history)


def test_pdfs_are_deterministic(printing: PrintStation, tmp_path: Path) -> None:
    first = _render(printing, "card", "long_name", tmp_path / "1.pdf", record_history=False)
    second = _render(printing, "card", "long_name", tmp_path / "2.pdf", record_history=False)
    assert first.read_bytes() == second.read_bytes()
