"""Sync speed: a 50,000-member station's first batch, its county import, and ten stations.

    .venv/bin/python bench/sync.py --members 50000 [--stations 10] [--reuse DIR]

Builds a demo station the way bench/search.py does (or reuses the one in DIR), pairs it
with a fresh county, then times `SyncService.export_to` (the first batch: every change the
station ever made) and `County.import_paths` of that batch; then ten stations of
members/10 each, exported and imported into one county. Each figure stands beside the bare
time to gzip the same JSON Lines bytes and write them to a file (the floor any batch
format pays). Prints a table and, as its last line, one JSON object.
Goals (issue 6): the 50,000-member batch exported in under 10 s, imported in under 20 s.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import build, demo_station  # noqa: E402
from unionstation.county.home import CountyHome  # noqa: E402
from unionstation.county.service import County, init_county  # noqa: E402
from unionstation.paths import StationHome  # noqa: E402
from unionstation.services.runtime import StationRuntime, open_station  # noqa: E402
from unionstation.services.station import StationService  # noqa: E402
from unionstation.sync.outbox import unacknowledged  # noqa: E402
from unionstation.sync.station_sync import SyncService  # noqa: E402

EXPORT_GOAL_S = 10.0
IMPORT_GOAL_S = 20.0

# The data key of this benchmark's throwaway stations (they have no officers).
BENCH_KEY = bytes(range(100, 132))


def bare_gzip_copy(runtime: StationRuntime, folder: Path) -> tuple[float, int]:
    """Seconds to gzip the station's change lines and write them, and their raw size."""
    with runtime.context.reading() as session:
        raw = unacknowledged(session).body()
    start = time.perf_counter()
    packed = gzip.compress(raw, compresslevel=6, mtime=0)
    target = folder / "bare.jsonl.gz"
    with open(target, "wb") as handle:
        handle.write(packed)
        handle.flush()
        os.fsync(handle.fileno())
    seconds = time.perf_counter() - start
    target.unlink()
    return seconds, len(raw)


def pair(county: County, runtime: StationRuntime, name: str) -> SyncService:
    sync = SyncService(runtime.context, runtime.home)
    code = StationService(runtime.context).require().division_code
    sync.enrol(county.enrol_station(code, name))
    county.register_station_key(sync.station_key_file())
    return sync


def one_station(reuse: Path | None, members: int, seed: int, work: Path) -> dict[str, Any]:
    with demo_station(reuse, work, members, seed) as (runtime, build_s):
        return first_batch(runtime, members, build_s, work)


def first_batch(runtime: StationRuntime, members: int, build_s: float | None,
                work: Path) -> dict[str, Any]:
    """The station's first batch exported, then imported into a fresh county, timed."""
    county = init_county(CountyHome(work / "county-one"), "基准县总工会", "330100")
    try:
        sync = pair(county, runtime, "基准街道总工会")
        sync.resend_everything()  # a reused station: its first batch again
        bare_s, raw = bare_gzip_copy(runtime, work)
        stick = work / "stick"
        stick.mkdir()
        start = time.perf_counter()
        result = sync.export_to(stick)
        export_s = time.perf_counter() - start
        assert result.batch is not None
        start = time.perf_counter()
        summary = county.import_paths([result.batch], None)
        import_s = time.perf_counter() - start
        assert summary["applied"] == 1, summary
        return {
            "members": members, "changes": result.changes,
            "json_mb": round(raw / 2**20, 1),
            "batch_mb": round(result.batch.stat().st_size / 2**20, 1),
            "export_s": round(export_s, 2), "import_s": round(import_s, 2),
            "bare_gzip_copy_s": round(bare_s, 2),
            "export_ratio": round(export_s / bare_s, 1),
            "import_ratio": round(import_s / bare_s, 1),
            "build_s": None if build_s is None else round(build_s, 1),
            "export_met": export_s < EXPORT_GOAL_S, "import_met": import_s < IMPORT_GOAL_S,
        }
    finally:
        county.close()


def ten_stations(count: int, members: int, work: Path) -> dict[str, Any]:
    county = init_county(CountyHome(work / "county-ten"), "基准县总工会", "330100")
    stick = work / "stick-ten"
    stick.mkdir()
    bare_total = 0.0
    try:
        for index in range(count):
            runtime = open_station(StationHome(work / f"station-{index}"), BENCH_KEY)
            try:
                code = f"3301000{index + 1:02d}"
                StationService(runtime.context).create(f"第{index + 1}街道总工会", code, "")
                build(runtime.context, members, 100 + index)
                sync = pair(county, runtime, f"第{index + 1}街道总工会")
                bare_s, _raw = bare_gzip_copy(runtime, work)
                bare_total += bare_s
                assert sync.export_to(stick).batch is not None
            finally:
                runtime.close()
        start = time.perf_counter()
        summary = county.import_paths([stick], None)
        import_s = time.perf_counter() - start
        assert summary["applied"] == count, summary
        total, _rows = county.members(limit=1)
        return {"stations": count, "members_each": members, "county_members": total,
                "import_s": round(import_s, 2), "bare_gzip_copy_s": round(bare_total, 2),
                "import_ratio": round(import_s / bare_total, 1)}
    finally:
        county.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--stations", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reuse", type=Path, default=None,
                        help="keep the big station here and reuse it when already built")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        figures: dict[str, Any] = {"one_station": one_station(options.reuse, options.members,
                                                              options.seed, work)}
        if options.stations:
            figures["ten_stations"] = ten_stations(
                options.stations, max(1, options.members // options.stations), work)
    for part, values in figures.items():
        print(part)
        for key, value in values.items():
            print(f"  {key:<20}{value}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
