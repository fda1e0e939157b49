"""bench/county_scale.py at a toy size: the derived stations' batches all go through the
real county import on both backends, the county holds every derived member once (distinct
ID numbers), and the JSON lines carry the figures the issue asks for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "county_scale.py"


@pytest.mark.slow
def test_county_scale_bench_runs_on_both_backends(postgres_server: str,
                                                  tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--stations", "3", "--members", "60", "--runs", "5",
         "--work", str(tmp_path), "--pg-url", postgres_server],
        capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    by_db = {line["db"]: line for line in lines if "db" in line}
    assert set(by_db) == {"sqlite", "postgresql"}
    for figures in by_db.values():
        assert figures["batches"] == 3 and figures["refused"] == 0
        assert figures["county_members"] == 180  # 3 x 60, none merged
        assert figures["changes_per_s"] > 0 and figures["report_s"] >= 0
        assert figures["peak_rss_mb"] > 0
        assert figures["search_median_hits_initials_2_3"] >= 1
        assert figures["search_median_hits_id_fragment_8"] >= 1
    assert lines[-1]["summary"] and lines[-1]["changes"] == by_db["sqlite"]["changes"]
