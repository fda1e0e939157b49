"""`unionstation --home DIR` opens the county's window on a county folder and never treats
it as a station's (no station database is made there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from unionstation.county.home import CountyHome
from unionstation.county.service import init_county


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "unionstation", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_a_county_folder_opens_the_county_window(tmp_path: Path) -> None:
    home = CountyHome(tmp_path / "county")
    init_county(home, "测试县总工会", "330106").close()
    shot = tmp_path / "cases.png"
    result = run("--home", str(home.root), "--lang", "en", "gui", "--page", "cases",
                 "--size", "1024x600", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    assert not (home.root / "unionstation.db").exists()

    wrong = run("--home", str(home.root), "gui", "--page", "sync",
                "--screenshot", str(tmp_path / "no.png"))
    assert wrong.returncode == 2 and "county page" in wrong.stderr
    assert not (home.root / "unionstation.db").exists()
