"""The annual report's PDF: A4, embedded font subsets, the station's title, every section,
the campaigns, the plan and the signing lines; and something is drawn on every page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image

from tests.unit.printing.pdf import fonts, needs_poppler, page_sizes, render_png, text
from tests.unit.services.reports.sample import sample_report
from unionstation.printing.annual_report import write_annual_pdf
from unionstation.printing.fonts import choose_fonts

pytestmark = needs_poppler
A4 = (595.276, 841.89)


def test_the_annual_report_prints_on_a4_with_everything(tmp_path: Path) -> None:
    pdf = tmp_path / "年报.pdf"
    pages = write_annual_pdf(pdf, sample_report(), choose_fonts(), date(2026, 12, 4))
    assert page_sizes(pdf) == [A4] * pages
    for name, _kind, embedded, subset in fonts(pdf):
        assert (embedded, subset) == ("yes", "yes"), name
    content = text(pdf)
    for expected in ("样例街道总工会2026年度工会工作统计报表", "制表日期:2026年12月4日",
                     "基层工会总数", "324", "4,521", "快递员", "1,234,567.80", "金秋助学",
                     "=送清凉", "170,000.00", "新发展会员", "251.2%", "经办人", "审核人"):
        assert expected in content, expected
    for png in render_png(pdf, tmp_path / "page"):
        with Image.open(png) as image:
            low, high = image.convert("L").getextrema()
            assert high - low > 100, png.name


def test_no_file_is_left_when_the_folder_is_missing(tmp_path: Path) -> None:
    import pytest

    from unionstation.printing.errors import PrintError

    with pytest.raises(PrintError):
        write_annual_pdf(tmp_path / "missing" / "年报.pdf", sample_report(), choose_fonts(),
                         date(2026, 12, 4))
    assert not (tmp_path / "missing").exists()
