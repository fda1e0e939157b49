"""Reading PDFs back with poppler-utils, as an officer's viewer would."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None,
                                   reason="poppler-utils (pdfinfo, pdffonts) not installed")


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points, as pdfinfo prints it (three decimals)."""
    text = _run("pdfinfo", "-f", "1", "-l", "100000", str(path))
    return [(float(w), float(h)) for w, h in
            re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", text)]


def fonts(path: Path) -> list[tuple[str, str, str, str]]:
    """(name, type, emb, sub) of every font."""
    rows = _run("pdffonts", str(path)).splitlines()[2:]
    found = []
    for row in rows:
        parts = row.split()
        # name type... encoding emb sub uni object ID: emb/sub/uni are the 5th-3rd from last
        found.append((parts[0], parts[1], parts[-5], parts[-4]))
    return found


def text(path: Path) -> str:
    """All the text with white space removed, so that wrapped lines join again."""
    return re.sub(r"\s+", "", _run("pdftotext", str(path), "-"))


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float

    @property
    def centre_mm(self) -> tuple[float, float]:
        return ((self.x_min + self.x_max) / 2 * 25.4 / 72,
                (self.y_min + self.y_max) / 2 * 25.4 / 72)


def words(path: Path) -> list[Word]:
    """Words with their boxes (points, from the page's top-left)."""
    html = _run("pdftotext", "-bbox", str(path), "-")
    found: list[Word] = []
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                          r'yMax="([\d.]+)">(.*?)</word>', line)
        if match:
            x0, y0, x1, y1, word = match.groups()
            found.append(Word(page, word, float(x0), float(y0), float(x1), float(y1)))
    return found


def render_png(pdf: Path, prefix: Path, dpi: int = 50) -> list[Path]:
    _run("pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix))
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))
