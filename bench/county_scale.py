"""Beyond one county: N stations' first batches into one county, on SQLite and PostgreSQL.

    .venv/bin/python bench/county_scale.py [--stations 50] [--members 20000]
        [--db sqlite,postgresql] [--pg-url postgresql+psycopg://...] [--runs 50]
        [--work DIR]

Builds ONE demo station of M members (bench/search.py's generator, through the services)
and derives the other stations from its change lines (county_derive.py): each derived
station has its own code, signing key and enrolment with each county, its own member and
record ids, its own members' ID numbers (valid check digits, its own region code) and its
names shuffled among its members, so the county holds N x M distinct people. Each
station's first batch is written through the product's BatchWriter, once per county
(sealed to that county's key). Then, for each county in a child process of its own (so
the peak RSS is the county's, not the builder's), every batch goes through the real
`county import` path (County.import_paths) one station at a time, timed; then the county
member search (County.members: a page of 50 and the total) for five kinds of term, and
the county report.

JSON lines: one per county (`"db"`: import throughput in changes/s overall and for the
first and last tenth of the stations, search p95 and median by kind, report seconds,
peak RSS), then a summary line. Without --pg-url a throwaway PostgreSQL cluster is started
(tests/postgres.py: fsync off, so its writes are flattered). `--work DIR` keeps the base
station, the batches and the SQLite county there (reused on the next run for the base).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent))

from county_derive import base_lines, derive_station, station_code  # noqa: E402
from county_measure import measure  # noqa: E402
from search import BENCH_KEY, build  # noqa: E402
from unionstation.county.home import CountyHome  # noqa: E402
from unionstation.county.service import County, init_county, open_county  # noqa: E402
from unionstation.paths import StationHome  # noqa: E402
from unionstation.services.runtime import open_station  # noqa: E402
from unionstation.services.station import StationService  # noqa: E402

BASE_NAME = "第1街道总工会"


def peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM: getrusage's maxrss outlives an exec, so a
    child would report its parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def base_station(work: Path, members: int, seed: int) -> tuple[list[str], float | None]:
    """The base station's change lines (built in work/base on first use) and its build
    seconds (None when reused)."""
    home = StationHome(work / "base")
    fresh = not home.db_path.exists()
    runtime = open_station(home, BENCH_KEY)
    try:
        build_s = None
        if fresh:
            StationService(runtime.context).create(BASE_NAME, station_code(0), "")
            build_s = round(build(runtime.context, members, seed), 1)
        return base_lines(runtime.context), build_s
    finally:
        runtime.close()


def write_batches(work: Path, counties: dict[str, County], lines: list[str],
                  stations: int) -> dict[str, Any]:
    """Every station's first batch, once per county, in work/stick-KIND; seconds taken."""
    sticks = {kind: work / f"stick-{kind}" for kind in counties}
    for stick in sticks.values():
        shutil.rmtree(stick, ignore_errors=True)
        stick.mkdir()
    start = time.perf_counter()
    changes = 0
    for index in range(stations):
        changes += derive_station(index, lines, BASE_NAME, counties, sticks)
        print(f"  derived station {index + 1}/{stations}", file=sys.stderr, flush=True)
    return {"sticks": sticks, "changes": changes,
            "derive_s": round(time.perf_counter() - start, 1)}


def child(options: argparse.Namespace) -> None:
    """One county's import, search and report, in this process (its own peak RSS)."""
    county = open_county(CountyHome(Path(options.county_home)), options.db_url)
    try:
        figures = measure(county, Path(options.stick), options.runs, options.seed)
    finally:
        county.close()
    figures["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(figures), flush=True)


def postgres_url(given: str | None, keep: list[Any]) -> str:
    if given:
        from tests.postgres import fresh_database

        return fresh_database(given)
    from tests.postgres import _Cluster, find_binaries, fresh_database

    binaries = find_binaries()
    if binaries is None:
        raise SystemExit("no PostgreSQL binaries: give --pg-url")
    cluster = _Cluster(*binaries)
    keep.append(cluster)
    cluster.create()
    port = cluster.start()
    return fresh_database(f"postgresql+psycopg://postgres@127.0.0.1:{port}")


def run(options: argparse.Namespace, work: Path) -> None:
    kinds = [kind.strip() for kind in options.db.split(",") if kind.strip()]
    clusters: list[Any] = []
    urls: dict[str, str | None] = {}
    try:
        lines, build_s = base_station(work, options.members, options.seed)
        counties: dict[str, County] = {}
        try:
            for kind in kinds:
                url = postgres_url(options.pg_url, clusters) if kind == "postgresql" else None
                home = CountyHome(work / f"county-{kind}")
                shutil.rmtree(home.root, ignore_errors=True)
                counties[kind] = init_county(home, "基准县总工会", "330100", db_url=url)
                urls[kind] = url
            written = write_batches(work, counties, lines, options.stations)
        finally:
            for county in counties.values():
                county.close()
        results = []
        for kind in kinds:
            command = [sys.executable, __file__, "--child", "--county-home",
                       str(work / f"county-{kind}"), "--stick", str(written["sticks"][kind]),
                       "--runs", str(options.runs), "--seed", str(options.seed)]
            if urls[kind]:
                command += ["--db-url", str(urls[kind])]
            load_before = Path("/proc/loadavg").read_text().split()[:3]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            figures = {"db": kind, **json.loads(done.stdout.strip().splitlines()[-1])}
            figures.update(stations=options.stations, members_each=options.members,
                           loadavg_before=" ".join(load_before),
                           loadavg_after=" ".join(
                               Path("/proc/loadavg").read_text().split()[:3]))
            print(json.dumps(figures, ensure_ascii=False), flush=True)
            results.append(figures)
        print(json.dumps({
            "summary": True, "stations": options.stations, "members_each": options.members,
            "base_build_s": build_s, "base_changes": len(lines),
            "derive_s": written["derive_s"], "changes": written["changes"],
            "builder_peak_rss_mb": peak_rss_mb(),
            "by_db": {r["db"]: {key: r[key] for key in (
                "county_members", "changes_per_s", "import_s", "report_s", "peak_rss_mb")
                if key in r} for r in results}}, ensure_ascii=False), flush=True)
    finally:
        for cluster in clusters:
            cluster.destroy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stations", type=int, default=50)
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--pg-url", default=None,
                        help="a PostgreSQL server (a fresh database is made on it)")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", default=None, help="keep the work here (base reused)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--county-home", help=argparse.SUPPRESS)
    parser.add_argument("--stick", help=argparse.SUPPRESS)
    parser.add_argument("--db-url", default=None, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options)
        return
    if options.work:
        work = Path(options.work)
        work.mkdir(parents=True, exist_ok=True)
        run(options, work)
        return
    with tempfile.TemporaryDirectory() as folder:
        run(options, Path(folder))


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
