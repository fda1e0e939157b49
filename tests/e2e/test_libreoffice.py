"""Excel files as LibreOffice sees them (issue 4): an exported ledger converted to PDF and
then PNG looks right, and a roster LibreOffice saved as .xls imports like any other."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.unit.exchange import rosters
from tests.unit.exchange.test_import_roster import check_messy, run
from unionstation.exchange.member_ledger import export_member_ledger
from unionstation.services.member_query import MemberFilter
from unionstation.services.runtime import StationRuntime

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def soffice() -> str:
    if SOFFICE is None:
        message = "LibreOffice is not installed: apt-get install libreoffice-calc-nogui"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return SOFFICE


def convert(soffice: str, source: Path, to: str, tmp_path: Path) -> Path:
    """LibreOffice headless, with a profile of its own (a running instance must not matter)."""
    profile = tmp_path / "lo-profile"
    out = tmp_path / f"lo-{to}"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--convert-to", to, "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=300, check=False)
    converted = out / f"{source.stem}.{to.split(':')[0]}"
    assert converted.exists(), result.stdout + result.stderr
    return converted


def test_the_ledger_prints_from_libreoffice(soffice: str, runtime: StationRuntime,
                                           tmp_path: Path) -> None:
    ledger = tmp_path / "会员台账.xlsx"
    export_member_ledger(runtime.context, ledger, MemberFilter())
    pdf = convert(soffice, ledger, "pdf", tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "测试街道总工会" in text
    for name in ("张三", "李四", "曾小红"):
        assert name in text
    assert "330106********" in text.replace(" ", "")  # masked, and written as text
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    with Image.open(page) as image:
        grey = image.convert("L")
        low, high = grey.getextrema()
        assert high - low > 100, "the page is blank"
        inked = sum(grey.histogram()[:128])
        assert inked > 500, "too little on the page to be the ledger"


def test_a_roster_saved_by_libreoffice_as_xls(soffice: str, runtime: StationRuntime,
                                             tmp_path: Path) -> None:
    made = rosters.write_xlsx(tmp_path / "花名册.xlsx")
    xls = convert(soffice, made, "xls", tmp_path)
    check_messy(runtime, run(runtime, xls))
