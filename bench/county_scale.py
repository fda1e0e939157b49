"""Beyond one county: N stations' first batches into one county, on SQLite and PostgreSQL.

    .venv/bin/python bench/county_scale.py [--stations 50] [--members 20000]
        [--db sqlite,postgresql] [--pg-url postgresql+psycopg://...] [--runs 50]

Builds N demo stations of M members each (bench/search.py's generator), exports each
one's first batch twice (enrolled with a county on SQLite, then with one on PostgreSQL:
each batch is sealed to its county's key), imports each set into its county, and prints
import throughput (changes and members a second), the county member search's p95 (through
County.members, a page of 50 and the total) for four kinds of term, and the county report's
time. Without --pg-url a throwaway PostgreSQL cluster is started (tests/postgres.py: fsync
off, so its writes are flattered). One JSON line per county, then one summary line. The
full default (50 x 20,000) takes hours on a small machine; `--stations 4 --members 2000`
runs in minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent))

from search import BENCH_KEY, build, percentile  # noqa: E402
from sync import pair  # noqa: E402
from unionstation.county.home import CountyHome  # noqa: E402
from unionstation.county.models import CountyMember  # noqa: E402
from unionstation.county.report import county_report  # noqa: E402
from unionstation.county.service import County, init_county  # noqa: E402
from unionstation.paths import StationHome  # noqa: E402
from unionstation.services.runtime import open_station  # noqa: E402
from unionstation.services.station import StationService  # noqa: E402
from unionstation.sync.station_sync import SyncService  # noqa: E402


def build_stations(work: Path, counties: dict[str, County], count: int,
                   members: int) -> dict[str, Any]:
    """Each station built, then its first batch exported once per county."""
    sticks = {kind: work / f"stick-{kind}" for kind in counties}
    for stick in sticks.values():
        stick.mkdir()
    build_s = changes = 0.0
    for index in range(count):
        runtime = open_station(StationHome(work / f"station-{index}"), BENCH_KEY)
        try:
            code = f"3301{index + 1:05d}"
            StationService(runtime.context).create(f"第{index + 1}街道总工会", code, "")
            build_s += build(runtime.context, members, 100 + index)
            for kind, county in counties.items():
                sync = pair(county, runtime, f"第{index + 1}街道总工会")
                sync.resend_everything()
                changes = changes + SyncService(runtime.context, runtime.home).export_to(
                    sticks[kind]).changes / len(counties)
        finally:
            runtime.close()
    return {"build_s": round(build_s, 1), "changes": int(changes), "sticks": sticks}


def search_terms(county: County, seed: int) -> dict[str, list[str]]:
    from sqlalchemy import select

    with county.store.read_session_factory() as session:
        rows = session.execute(select(CountyMember.name, CountyMember.id_number)
                               .limit(5000)).all()
    rng = random.Random(seed)
    picked = [rng.choice(rows) for _ in range(50)]
    return {
        "name_1_char": [name[0] for name, _id in picked],
        "name_2_chars": [name[-2:] for name, _id in picked],
        "name_3_chars": [name[:3] for name, _id in picked if len(name) >= 3] or ["欧阳明"],
        "id_fragment_8": [id_number[6:14] for _name, id_number in picked],
    }


def measure(kind: str, county: County, stick: Path, runs: int, seed: int) -> dict[str, Any]:
    start = time.perf_counter()
    summary = county.import_paths([stick], None)
    import_s = time.perf_counter() - start
    total, _rows = county.members(limit=1)
    result: dict[str, Any] = {"db": kind, "batches_applied": summary["applied"],
                              "refused": len(summary["refused"]), "county_members": total,
                              "import_s": round(import_s, 2)}
    for name, terms in search_terms(county, seed).items():
        times = []
        for term in (terms * (runs // len(terms) + 1))[:runs]:
            begin = time.perf_counter()
            county.members(search=term, limit=50)
            times.append((time.perf_counter() - begin) * 1000)
        result[f"search_p95_ms_{name}"] = round(percentile(times, 0.95), 1)
        result[f"search_median_ms_{name}"] = round(statistics.median(times), 1)
    start = time.perf_counter()
    with county.store.read_session_factory() as session:
        county_report(session.connection(), county.name, time.localtime().tm_year)
    result["report_s"] = round(time.perf_counter() - start, 2)
    return result


def postgres_url(given: str | None, keep: list[Any]) -> str:
    if given:
        return given
    from tests.postgres import _Cluster, find_binaries, fresh_database

    binaries = find_binaries()
    if binaries is None:
        raise SystemExit("no PostgreSQL binaries: give --pg-url")
    cluster = _Cluster(*binaries)
    keep.append(cluster)
    cluster.create()
    port = cluster.start()
    return fresh_database(f"postgresql+psycopg://postgres@127.0.0.1:{port}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stations", type=int, default=50)
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--pg-url", default=None)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    kinds = [kind.strip() for kind in options.db.split(",") if kind.strip()]
    clusters: list[Any] = []
    counties: dict[str, County] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        try:
            for kind in kinds:
                url = postgres_url(options.pg_url, clusters) if kind == "postgresql" else None
                counties[kind] = init_county(CountyHome(work / f"county-{kind}"),
                                             "基准县总工会", "330100", db_url=url)
            built = build_stations(work, counties, options.stations, options.members)
            results = []
            for kind, county in counties.items():
                figures = measure(kind, county, built["sticks"][kind], options.runs,
                                  options.seed)
                figures.update(stations=options.stations, members_each=options.members,
                               changes=built["changes"],
                               changes_per_s=round(built["changes"] / figures["import_s"]),
                               members_per_s=round(options.stations * options.members
                                                   / figures["import_s"]))
                print(json.dumps(figures), flush=True)
                results.append(figures)
            print(json.dumps({"summary": True, "build_s": built["build_s"],
                              "stations": options.stations, "members_each": options.members,
                              "by_db": {r["db"]: {k: v for k, v in r.items() if k != "db"}
                                        for r in results}}))
        finally:
            for county in counties.values():
                county.close()
            for cluster in clusters:
                cluster.destroy()


if __name__ == "__main__":
    main()
