"""Search and import on the encrypted store against the same on plain SQLite.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/encryption.py --members 5000

Builds the same demo station `--repeat` times each way, alternating, once through the
station's SQLCipher engine (raw data key) and once through the standard `sqlite3` module on a
plain file, timing the build (enroll_many in chunks: the import path), then 200 searches of
each kind of bench/search.py on each (the register's call). Each figure is the best of the
repeats, the import both in wall-clock and in this process's CPU seconds (the machine may be
shared: CPU time is what the cipher costs). Prints a table and, as its last line, one JSON
object.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/encryption.py --reuse DIR

searches a big station instead (DIR as bench/search.py --reuse builds it, e.g. 200,000
members) beside a plain copy of it made once with `sqlcipher_export` (DIR-plain/), each kind
on both in turn, `--repeat` times, and prints one JSON line per kind with both p50 and p95
and their ratios, then the JSON object.
Goal (issue 12): the encrypted store within 1.15x plain SQLite for search and import.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import (  # noqa: E402
    BENCH_KEY,
    build,
    load_average,
    peak_rss_mb,
    percentile,
    queries,
    register_call,
    timed,
)
from unionstation.paths import StationHome  # noqa: E402
from unionstation.services.context import ServiceContext  # noqa: E402
from unionstation.services.runtime import open_station  # noqa: E402
from unionstation.store import search_index  # noqa: E402
from unionstation.store.engine import create_session_factory, create_station_engine  # noqa: E402
from unionstation.store.migrate import upgrade_to_head  # noqa: E402

GOAL = 1.15


def encrypted_context(home: StationHome) -> tuple[ServiceContext, Any]:
    runtime = open_station(home, BENCH_KEY)
    return runtime.context, runtime.close


def plain_context(home: StationHome) -> tuple[ServiceContext, Any]:
    """The station's engines over a plain file (key None: the standard sqlite3 module)."""
    home.ensure()
    engine = create_station_engine(home.db_path, None)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        search_index.rebuild(connection)
    reader = create_station_engine(home.db_path, None, reader=True)
    context = ServiceContext(create_session_factory(engine), "bench",
                             read_factory=create_session_factory(reader))

    def close() -> None:
        engine.dispose()
        reader.dispose()

    return context, close


def measure(context: ServiceContext, members: int, seed: int) -> dict[str, Any]:
    cpu = time.process_time()
    build_s = build(context, members, seed)
    cpu_s = time.process_time() - cpu
    search = register_call(context)
    kinds = {kind: statistics.median(timed(search, terms))
             for kind, terms in queries(context, seed).items()}
    return {"import_s": build_s, "import_cpu_s": cpu_s, "search_median_ms": kinds}


def plain_copy(home: StationHome) -> Path:
    """A plain SQLite copy of the station's database beside its folder (made once)."""
    from unionstation.store.engine import cipher_connect

    target = home.root.with_name(home.root.name + "-plain") / "unionstation.db"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        connection = cipher_connect(str(home.db_path), BENCH_KEY)
        try:
            connection.execute(f"ATTACH DATABASE '{partial.as_posix()}' AS plain KEY ''")
            connection.execute("SELECT sqlcipher_export('plain')")
            connection.execute("DETACH DATABASE plain")
        finally:
            connection.close()
        partial.rename(target)
    return target


def reused_contexts(root: Path) -> tuple[dict[str, ServiceContext], Any]:
    """The encrypted station in `root` and its plain copy, both open."""
    home = StationHome(root)
    plain_path = plain_copy(home)
    runtime = open_station(home, BENCH_KEY)
    engine = create_station_engine(plain_path, None)
    reader = create_station_engine(plain_path, None, reader=True)
    plain = ServiceContext(create_session_factory(engine), "bench",
                           read_factory=create_session_factory(reader))

    def close() -> None:
        runtime.close()
        engine.dispose()
        reader.dispose()

    return {"plain": plain, "encrypted": runtime.context}, close


def compare_searches(root: Path, seed: int, repeat: int) -> None:
    """Each kind of search on the plain copy and on the encrypted station in turn."""
    contexts, close = reused_contexts(root)
    try:
        terms_by_kind = queries(contexts["encrypted"], seed)
        calls = {name: register_call(context) for name, context in contexts.items()}
        for calls_warm in calls.values():  # fill both page caches alike
            for terms in terms_by_kind.values():
                timed(calls_warm, terms[:40])
        figures: dict[str, Any] = {}
        for kind, terms in terms_by_kind.items():
            best: dict[str, dict[str, float]] = {}
            for _ in range(repeat):
                for name, call in calls.items():
                    cpu: list[float] = []
                    wall = timed(call, terms, cpu)
                    found = {"p50_ms": statistics.median(wall),
                             "p95_ms": percentile(wall, 0.95),
                             "cpu_p50_ms": statistics.median(cpu)}
                    kept = best.setdefault(name, found)
                    for key, value in found.items():
                        kept[key] = min(kept[key], value)
            plain, encrypted = best["plain"], best["encrypted"]
            figures[kind] = line = {
                "bench": "encryption_search", "kind": kind,
                **{f"plain_{k}": round(v, 2) for k, v in plain.items()},
                **{f"encrypted_{k}": round(v, 2) for k, v in encrypted.items()},
                "ratio_p50": round(encrypted["p50_ms"] / plain["p50_ms"], 3),
                "ratio_p95": round(encrypted["p95_ms"] / plain["p95_ms"], 3),
                "ratio_cpu_p50": round(encrypted["cpu_p50_ms"] / plain["cpu_p50_ms"], 3),
                "goal": GOAL, "load_average": load_average(), "peak_rss_mb": peak_rss_mb()}
            print(json.dumps(line, ensure_ascii=False), flush=True)
    finally:
        close()
    print(json.dumps({"reused": str(root), "search": figures, "goal": GOAL},
                     ensure_ascii=False))


def best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {"import_s": min(r["import_s"] for r in runs),
            "import_cpu_s": min(r["import_cpu_s"] for r in runs),
            "search_median_ms": {kind: min(r["search_median_ms"][kind] for r in runs)
                                 for kind in runs[0]["search_median_ms"]}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--reuse", type=Path, default=None,
                        help="search this built station (bench/search.py --reuse) and a "
                             "plain copy of it, instead of building both")
    options = parser.parse_args()
    if options.reuse is not None:
        compare_searches(options.reuse, options.seed, options.repeat)
        return
    runs: dict[str, list[dict[str, Any]]] = {"plain": [], "encrypted": []}
    with tempfile.TemporaryDirectory() as folder:
        for index in range(options.repeat):
            for name, opener in (("plain", plain_context), ("encrypted", encrypted_context)):
                context, close = opener(StationHome(Path(folder) / f"{name}-{index}"))
                try:
                    runs[name].append(measure(context, options.members, options.seed))
                finally:
                    close()
    plain, encrypted = best(runs["plain"]), best(runs["encrypted"])
    import_ratio = encrypted["import_s"] / plain["import_s"]
    cpu_ratio = encrypted["import_cpu_s"] / plain["import_cpu_s"]
    search_ratios = {kind: encrypted["search_median_ms"][kind] / ms
                     for kind, ms in plain["search_median_ms"].items()}
    print(f"encrypted (SQLCipher) against plain SQLite, {options.members} members")
    print(f"  import (enroll_many): {encrypted['import_s']:.2f} s vs {plain['import_s']:.2f} s"
          f" = {import_ratio:.2f}x; CPU {encrypted['import_cpu_s']:.2f} s vs "
          f"{plain['import_cpu_s']:.2f} s = {cpu_ratio:.2f}x (goal <= {GOAL})")
    for kind, ratio in search_ratios.items():
        print(f"  search {kind:<28}{encrypted['search_median_ms'][kind]:>7.2f} ms vs "
              f"{plain['search_median_ms'][kind]:>6.2f} ms = {ratio:.2f}x")
    print(json.dumps({"members": options.members, "plain": plain, "encrypted": encrypted,
                      "import_ratio": round(import_ratio, 3),
                      "import_cpu_ratio": round(cpu_ratio, 3),
                      "search_ratio": {k: round(v, 3) for k, v in search_ratios.items()},
                      "goal": GOAL}))


if __name__ == "__main__":
    main()
