"""Venue paper passes the printing checks (page size, fonts embedded, text extractable), and
every QR on the label sheet and the plate decodes to exactly its tag or code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, A5

from tests.homes_world import build
from tests.unit.printing.pdf import fonts, needs_poppler, page_sizes, render_png, text, words
from unionstation.domain.homes import ServiceKind
from unionstation.printing.homes_api import (
    print_asset_tags,
    print_checklist,
    print_stocktake,
    print_subsidy,
    print_venue_plate,
)
from unionstation.services.homes.assets import AssetDraft, AssetService
from unionstation.services.homes.service_logs import ServiceLogService
from unionstation.services.homes.stocktakes import StocktakeService
from unionstation.services.print_settings import PrintSettingsService
from unionstation.services.runtime import StationRuntime
from unionstation.services.yearly_values import YearlyValues

zxingcpp = pytest.importorskip("zxingcpp")
pytestmark = needs_poppler


def _checked(pdf: Path, size: tuple[float, float], pages: int = 1) -> str:
    assert [(round(w), round(h)) for w, h in page_sizes(pdf)] == [
        (round(size[0]), round(size[1]))] * pages
    found = fonts(pdf)
    assert found and all((emb, sub) == ("yes", "yes") for _n, _t, emb, sub in found)
    return text(pdf)


def _decoded(pdf: Path, tmp_path: Path) -> list[str]:
    from PIL import Image

    found: list[str] = []
    for png in render_png(pdf, tmp_path / pdf.stem, dpi=150):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    return found


def test_every_label_decodes_to_its_tag(runtime: StationRuntime, tmp_path: Path) -> None:
    world = build(runtime.context)
    assets = AssetService(runtime.context)
    for number in range(25):
        assets.add(world.stop.id, AssetDraft(f"折叠椅{number}", *_chair()))
    result = print_asset_tags(runtime.context, tmp_path / "tags.pdf", venue=world.stop.code)
    assert (result.labels, result.pages) == (28, 2)
    content = _checked(result.out, A4, pages=2)
    assert "WB-01" in content and "快递小哥驿站" in content
    tags = sorted(a.tag for a in assets.rows())
    assert sorted(_decoded(result.out, tmp_path)) == sorted(
        f"US1:A:330106001:{tag}" for tag in tags)


def _chair() -> tuple[object, ...]:
    from unionstation.domain.homes import AssetCategory

    return (AssetCategory.FURNITURE, 1, "45", {"own_funds": 100})


def test_the_label_sheet_moves_by_the_printers_offset(runtime: StationRuntime,
                                                      tmp_path: Path) -> None:
    build(runtime.context)
    PrintSettingsService(runtime.context).set_printer_offset("Label printer", 3.0, -2.0)
    plain = print_asset_tags(runtime.context, tmp_path / "a.pdf", tags=["WB-01"])
    moved = print_asset_tags(runtime.context, tmp_path / "b.pdf", tags=["wb-01"],
                             printer="Label printer")
    before = next(w for w in words(plain.out) if w.text == "WB-01").centre_mm
    after = next(w for w in words(moved.out) if w.text == "WB-01").centre_mm
    assert after[0] - before[0] == pytest.approx(3.0, abs=0.05)
    assert after[1] - before[1] == pytest.approx(-2.0, abs=0.05)


def test_the_plate_carries_the_venue_code(runtime: StationRuntime, tmp_path: Path) -> None:
    world = build(runtime.context)
    result = print_venue_plate(runtime.context, tmp_path / "plate.pdf", world.stop.code)
    content = _checked(result.out, A5)
    assert world.stop.code in content and "户外劳动者服务站点" in content
    assert _decoded(result.out, tmp_path) == [f"US1:V:{world.stop.code}"]


def test_self_assessment_stocktake_and_claim(runtime: StationRuntime, tmp_path: Path) -> None:
    world = build(runtime.context)
    from unionstation.services.homes.venues import VenueService

    VenueService(runtime.context).check(world.stop.id, "sign", True, "门口已挂牌")
    checklist = _checked(print_checklist(runtime.context, tmp_path / "c.pdf",
                                         world.stop.id).out, A4)
    assert "自评得分:1/6" in checklist and "门口已挂牌" in checklist and "(公章)" in checklist

    stocktakes = StocktakeService(runtime.context)
    view = stocktakes.start(world.stop.id)
    stocktakes.count(view.id, "WB-01", 2)
    stocktakes.count(view.id, "EXTRA-1", 1)
    stocktakes.close(view.id, "王干事、李干事")
    report = _checked(print_stocktake(runtime.context, tmp_path / "s.pdf", view.id).out, A4)
    assert "资产盘点表" in report and "盘亏2项" in report and "盘盈1项" in report
    assert "王干事、李干事" in report

    YearlyValues(runtime.context).set_service_rate(2026, "haircut", "3.00")
    ServiceLogService(runtime.context).log(world.stop.id, date(2026, 11, 2),
                                           ServiceKind.HAIRCUT, 412)
    claim = _checked(print_subsidy(runtime.context, tmp_path / "m.pdf", world.stop.id,
                                   date(2026, 11, 1)).out, A4)
    assert "¥1,236.00" in claim and "壹仟贰佰叁拾陆元整" in claim and "2026年11月" in claim
