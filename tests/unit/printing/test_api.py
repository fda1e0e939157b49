"""render_to_pdf's promises: atomic files, progress, cancel, and who gets cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.printing.conftest import PrintStation
from unionstation.printing.api import (
    PrintCancelled,
    PrintError,
    card_member_ids,
    render_to_pdf,
)
from unionstation.services.history import HistoryService


def test_a_folder_that_does_not_exist_is_an_error_and_leaves_nothing(
        printing: PrintStation, tmp_path: Path) -> None:
    runtime = printing.runtime
    with pytest.raises(PrintError, match="无法写入"):
        render_to_pdf(runtime.context, runtime.home, "card", [printing.zhang_san],
                      tmp_path / "missing" / "c.pdf")
    assert not (tmp_path / "missing").exists()


def test_an_out_path_that_is_a_folder_leaves_no_partial_file(printing: PrintStation,
                                                             tmp_path: Path) -> None:
    runtime = printing.runtime
    target = tmp_path / "out"
    (target / "c.pdf").mkdir(parents=True)
    with pytest.raises(PrintError, match="无法写入"):
        render_to_pdf(runtime.context, runtime.home, "card", [printing.zhang_san],
                      target / "c.pdf")
    assert [p.name for p in target.iterdir()] == ["c.pdf"]
    assert HistoryService(runtime.context).of(printing.zhang_san)[0].kind != "printed"


def test_progress_counts_pages_and_cancel_leaves_no_file(printing: PrintStation,
                                                         tmp_path: Path) -> None:
    runtime = printing.runtime
    ids = [printing.long_name, printing.zhang_san]
    seen: list[tuple[int, int]] = []
    result = render_to_pdf(runtime.context, runtime.home, "card", ids, tmp_path / "a.pdf",
                           layout="single", progress=lambda done, total: seen.append(
                               (done, total)))
    assert result.pages == 4 and seen == [(1, 4), (2, 4), (3, 4), (4, 4)]

    out = tmp_path / "cancelled"
    out.mkdir()
    with pytest.raises(PrintCancelled):
        render_to_pdf(runtime.context, runtime.home, "card", ids, out / "b.pdf",
                      layout="single", cancelled=lambda: len(seen) >= 6,
                      progress=lambda done, total: seen.append((done, total)))
    assert list(out.iterdir()) == []


def test_an_existing_file_is_replaced_whole(printing: PrintStation, tmp_path: Path) -> None:
    runtime = printing.runtime
    target = tmp_path / "c.pdf"
    target.write_bytes(b"old")
    render_to_pdf(runtime.context, runtime.home, "certificate", [printing.zhang_san], target)
    assert target.read_bytes().startswith(b"%PDF")


def test_nothing_chosen_is_an_error(printing: PrintStation, tmp_path: Path) -> None:
    runtime = printing.runtime
    with pytest.raises(PrintError, match="选择"):
        render_to_pdf(runtime.context, runtime.home, "card", [], tmp_path / "c.pdf")


def test_card_member_ids_by_union_and_all(printing: PrintStation) -> None:
    from unionstation.services.unions import UnionService

    context = printing.runtime.context
    union = UnionService(context).resolve(printing.union_name)
    by_union = card_member_ids(context, union_id=union.id)
    everyone = card_member_ids(context, all_active=True)
    assert printing.li_si not in by_union  # transferred out
    assert set(by_union) == set(everyone) == {printing.long_name, printing.zhang_san,
                                              *by_union}
    assert len(everyone) == 3
    other = UnionService(context).resolve("快递物流行业工会联合会")
    assert card_member_ids(context, union_id=other.id) == []
    with pytest.raises(PrintError):
        card_member_ids(context)
    with pytest.raises(PrintError):
        card_member_ids(context, union_id=union.id, all_active=True)
