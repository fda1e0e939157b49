"""The annual report's workbook as LibreOffice reads it (headless, as CI runs it): every
sheet opens and shows the same figures as the report."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.e2e.test_libreoffice import convert, soffice  # noqa: F401  (the fixture)
from tests.unit.services.reports.sample import sample_report
from unionstation.exchange.annual_report import annual_sheets, write_sheets

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def test_the_annual_workbook_opens_in_libreoffice_with_the_figures(
        soffice: str, tmp_path: Path) -> None:  # noqa: F811
    book = tmp_path / "年报.xlsx"
    write_sheets(book, annual_sheets(sample_report(), date(2026, 12, 4)))
    pdf = convert(soffice, book, "pdf", tmp_path)
    content = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in content.splitlines()]
    for expected in ("基层工会总数 324 324 0", "新入会 4521 4521 0",
                     "资产价值(元) 1,234,567.80 1,234,567.80 0.00",
                     "金秋助学 education 84 170,000.00 200,000.00",
                     "新发展会员 1800 4521 251.2%"):
        assert expected in lines, expected
    for title in ("2026年度统计·基层工会", "2026年度统计·会员", "2026年度统计·计划完成"):
        assert title in content.replace(" ", "")
