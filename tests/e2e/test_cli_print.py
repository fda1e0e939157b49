"""`unionstation print ...`: the documents as PDF files, JSON, exit codes, no half files."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.e2e.cli_runner import as_json, cli
from tests.factories import make_id_number
from unionstation.paths import StationHome

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

ZHANG = make_id_number("330106", date(1985, 5, 20), 101)
LI = make_id_number("330106", date(1990, 1, 2), 102)
UNION = "杭州示范机械有限公司工会委员会"


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return "".join(out.split())


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines()
                    if line.startswith("Pages:")))


@pytest.mark.parametrize("document", ["application", "registration", "certificate"])
def test_a_members_form(station_home: StationHome, tmp_path: Path, document: str) -> None:
    out = tmp_path / f"{document}.pdf"
    payload = as_json(cli("print", document, ZHANG, "--out", str(out), "--json",
                          home=station_home.root))
    assert set(payload) == {"out", "pages", "font"}
    assert payload["out"] == str(out) and payload["pages"] == 1 and payload["font"]
    text = _text(out)
    assert "张三" in text and UNION in text and "330106001000001" in text


def test_cards_single_and_sheet(station_home: StationHome, tmp_path: Path) -> None:
    single = as_json(cli("print", "card", ZHANG, "330106001000002", "--layout", "single",
                         "--out", str(tmp_path / "s.pdf"), "--json", home=station_home.root))
    assert single["pages"] == 4
    sheet = as_json(cli("print", "cards", "--union", UNION, "--out", str(tmp_path / "u.pdf"),
                        "--json", home=station_home.root))
    assert sheet["pages"] == 2 and _pages(tmp_path / "u.pdf") == 2
    text = _text(tmp_path / "u.pdf")
    assert all(name in text for name in ("张三", "李四", "曾小红"))
    everyone = as_json(cli("print", "cards", "--all", "--layout", "single", "--out",
                           str(tmp_path / "a.pdf"), "--json", home=station_home.root))
    assert everyone["pages"] == 6


def test_transfer_letter_needs_a_transfer_out(station_home: StationHome,
                                              tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    refused = cli("print", "transfer-letter", LI, "--out", str(out), home=station_home.root)
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1 and "转出" in refused.stderr
    assert not out.exists()
    moved = cli("members", "transfer-out", LI, "--to", "杭州市西湖区文新街道总工会",
                "--date", "2025-01-02", home=station_home.root)
    assert moved.returncode == 0, moved.stderr
    payload = as_json(cli("print", "transfer-letter", LI, "--out", str(out), "--json",
                          home=station_home.root))
    assert payload["pages"] == 1
    text = _text(out)
    assert "杭州市西湖区文新街道总工会" in text and "李四" in text and LI in text


def test_calibration(station_home: StationHome, tmp_path: Path) -> None:
    out = tmp_path / "cal.pdf"
    payload = as_json(cli("print", "calibration", "--out", str(out), "--json",
                          home=station_home.root))
    assert payload["pages"] == 1 and "套打校准页" in _text(out)


def test_failures_exit_1_with_one_line_and_no_file(station_home: StationHome,
                                                   tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    unknown = cli("print", "application", "330106001999999", "--out",
                  str(folder / "x.pdf"), home=station_home.root)
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
    unwritable = cli("print", "card", ZHANG, "--out", str(folder / "no" / "c.pdf"),
                     home=station_home.root)
    assert unwritable.returncode == 1 and len(unwritable.stderr.strip().splitlines()) == 1
    assert list(folder.iterdir()) == []
