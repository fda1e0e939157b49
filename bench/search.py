"""Register search speed: the service's indexes against a plain LIKE scan, and first paint.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/search.py --members 50000 [--reuse DIR]

Builds a demo station through DemoDataService (in chunks, one transaction each), then times
200 searches of each kind through the register's own call (`MemberQueryService.search`
with the register's default filter, active members, and its page size: a page plus the
total) beside `scan_baseline(q)`, and the register's first paint over the station.
`--reuse DIR` keeps the station in DIR and reuses it on the next run (the build is slow:
200,000 members take about 8 minutes).
Prints a table, one JSON line per kind and one for the first paint (each with the load
average and this process's peak RSS), and, as its last line, one JSON object with every
figure. Goals (issues 3 and 18): p95 < 10 ms for every kind at 200,000 members, >= 3x the
scan, first paint < 100 ms, memory growth < 40 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from unionstation.paths import StationHome  # noqa: E402
from unionstation.services.context import ServiceContext  # noqa: E402
from unionstation.services.demo import DemoDataService  # noqa: E402
from unionstation.services.members import DuplicateMember, MemberService  # noqa: E402
from unionstation.services.runtime import StationRuntime, open_station  # noqa: E402
from unionstation.services.unions import UnionService  # noqa: E402

CHUNK = 2_000
RUNS = 200

LAST_PAINT_CPU_MS = float("nan")  # the CPU side of the last first_paint
# The data key of this benchmark's throwaway stations (they have no officers).
BENCH_KEY = bytes(range(100, 132))


def build(context: ServiceContext, members: int, seed: int) -> float:
    """Seconds to enroll `members` demo members: generate() once for the station and its
    unions (Faker's company names run out if it is asked for members/40 unions again and
    again), then CHUNK drafts at a time from the same generator through enroll_many."""
    from faker import Faker

    start = time.perf_counter()
    demo = DemoDataService(context)
    done = min(CHUNK, members)
    demo.generate(done, seed=seed)
    unions = UnionService(context).list()
    rng = random.Random(seed + 1)
    fake = Faker("zh_CN")
    fake.seed_instance(rng.randrange(2**32))
    taken: set[str] = set()
    today = context.today()
    while done < members:
        size = min(CHUNK, members - done)
        drafts = [demo._draft(fake, rng, unions, taken, today) for _ in range(size)]
        try:
            MemberService(context).enroll_many(drafts)
        except DuplicateMember:  # drawn in the first chunk too: draw this chunk again
            continue
        done += size
        rate = done / (time.perf_counter() - start)
        print(f"  built {done:>6} members ({rate:.0f}/s)", file=sys.stderr, flush=True)
    return time.perf_counter() - start


@contextmanager
def demo_station(reuse: Path | None, folder: Path, members: int,
                 seed: int) -> Iterator[tuple[StationRuntime, float | None]]:
    """The demo station in `reuse` (built there on first use) or a throwaway one in
    `folder`, open; with the seconds its build took (None when reused)."""
    home = StationHome(reuse or folder / "home")
    fresh = not home.db_path.exists()
    runtime = open_station(home, BENCH_KEY)
    try:
        yield runtime, build(runtime.context, members, seed) if fresh else None
    finally:
        runtime.close()


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def peak_rss_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def register_call(context: ServiceContext) -> Callable[[str], object]:
    """The register's search: its default filter (active members), its page size."""
    from unionstation.domain.codes import MemberStatus
    from unionstation.services.member_query import MemberFilter, MemberQueryService
    from unionstation.ui.members.register_model import PAGE_SIZE

    service = MemberQueryService(context)
    active = (MemberStatus.ACTIVE,)
    return lambda q: service.search(MemberFilter(text=q, statuses=active), 0, PAGE_SIZE)


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def queries(context: ServiceContext, seed: int) -> dict[str, list[str]]:
    """200 realistic terms of each kind, drawn from the station's own members."""
    from sqlalchemy import func, select

    from unionstation.store.models import Member

    with context.reading() as session:  # members drawn from the whole station
        details = session.execute(
            select(Member.name, Member.name_initials, Member.id_number, Member.phone)
            .order_by(func.random()).limit(2_000)
        ).all()
    rng = random.Random(seed)
    picked = [rng.choice(details) for _ in range(RUNS)]

    def fragment(text: str, size: int) -> str:
        at = rng.randrange(0, max(1, len(text) - size + 1))
        return text[at:at + size]

    return {
        "name fragment (1-2 chars)": [fragment(p[0], rng.choice((1, 2))) for p in picked],
        "pinyin initials": [p[1][: rng.choice((2, 3))] for p in picked],
        "ID fragment (4 digits)": [fragment(p[2][:17], 4) for p in picked],
        "phone fragment (4 digits)": [fragment(p[3], 4) for p in picked],
    }


def timed(call: Callable[[str], object], terms: list[str],
          cpu: list[float] | None = None) -> list[float]:
    """Wall-clock milliseconds of each call (and its CPU milliseconds into `cpu`)."""
    for term in terms[:5]:  # warm the page cache
        call(term)
    times = []
    for term in terms:
        start, used = time.perf_counter(), time.process_time()
        call(term)
        times.append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - used) * 1000)
    return times


def first_paint(runtime: StationRuntime) -> tuple[float, float, int]:
    """Milliseconds from building the register to its table's first paint, RSS growth in
    MB, and the rows the model had loaded by then."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from unionstation.services.station import StationService
    from unionstation.ui.dialogs import DialogService
    from unionstation.ui.members.register import RegisterView
    from unionstation.ui.page_context import PageContext

    app = QApplication.instance() or QApplication(sys.argv[:1])
    station = StationService(runtime.context).require()
    painted: list[float] = []
    painted_cpu: list[float] = []  # this process's CPU time by then (the machine may be busy)

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
                painted_cpu.append(time.process_time())
            return False

    watch = PaintWatch()
    # The window has painted before the register is built: pay Qt's one-time font and
    # style set-up on a throwaway table, as the main window does in the app.
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    warm = QWidget()
    QVBoxLayout(warm).addWidget(QTableView(warm))
    warm.layout().addWidget(QLineEdit("搜索 zs", warm))
    warm.show()
    for _ in range(5):
        app.processEvents()
    warm.close()
    before = rss_kb()
    start, start_cpu = time.perf_counter(), time.process_time()
    view = RegisterView(PageContext(runtime, station, DialogService()))
    view.table.viewport().installEventFilter(watch)
    view.resize(1280, 800)
    view.show()
    while not painted and time.perf_counter() - start < 10:
        app.processEvents()
    growth = (rss_kb() - before) / 1024
    loaded = view.model.loaded_rows()
    view.close()
    global LAST_PAINT_CPU_MS
    LAST_PAINT_CPU_MS = (painted_cpu[0] - start_cpu) * 1000 if painted_cpu else float("nan")
    return (painted[0] - start) * 1000, growth, loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reuse", type=Path, default=None,
                        help="keep the station here and reuse it when it is already built")
    parser.add_argument("--no-scan", action="store_true",
                        help="skip the LIKE scan baseline (slow at 200,000)")
    parser.add_argument("--no-paint", action="store_true", help="skip the first paint")
    options = parser.parse_args()

    with (tempfile.TemporaryDirectory() as folder,
          demo_station(options.reuse, Path(folder), options.members, options.seed)
          as (runtime, build_s)):
        figures = measure(runtime, options, build_s)
    print(json.dumps(figures))


def measure(runtime: StationRuntime, options: argparse.Namespace,
            build_s: float | None) -> dict[str, Any]:
    from unionstation.services.member_query import MemberQueryService
    service = MemberQueryService(runtime.context)
    members = MemberService(runtime.context).count_active()
    search = register_call(runtime.context)
    # First: the register opens on a station just opened, its page cache cold.
    paint_ms, growth_mb, loaded = ((float("nan"), float("nan"), 0) if options.no_paint
                                   else first_paint(runtime))
    kinds: dict[str, Any] = {}
    for kind, terms in queries(runtime.context, options.seed).items():
        cpu: list[float] = []
        fast = timed(search, terms, cpu)
        scan = ([float("nan")] if options.no_scan else
                timed(lambda q: service.scan_baseline(q, limit=200), terms))
        kinds[kind] = {
            "median_ms": round(statistics.median(fast), 2),
            "p95_ms": round(percentile(fast, 0.95), 2),
            "cpu_p95_ms": round(percentile(cpu, 0.95), 2),
            "scan_median_ms": round(statistics.median(scan), 2),
            "scan_p95_ms": round(percentile(scan, 0.95), 2),
            "ratio": round(statistics.median(scan) / statistics.median(fast), 1),
            "examples": terms[:3],
        }
        print(json.dumps({"bench": "search", "members": members, "kind": kind,
                          "p50_ms": kinds[kind]["median_ms"], "p95_ms": kinds[kind]["p95_ms"],
                          "cpu_p95_ms": kinds[kind]["cpu_p95_ms"], "goal_p95_ms": 10,
                          "load_average": load_average(), "peak_rss_mb": peak_rss_mb()},
                         ensure_ascii=False), flush=True)
    print(json.dumps({"bench": "register_first_paint", "members": members,
                      "first_paint_ms": round(paint_ms, 1), "goal_ms": 100,
                      "first_paint_cpu_ms": round(LAST_PAINT_CPU_MS, 1),
                      "rss_growth_mb": round(growth_mb, 1), "goal_mb": 40,
                      "rows_loaded": loaded, "load_average": load_average(),
                      "peak_rss_mb": peak_rss_mb()}), flush=True)
    build_text = "reused" if build_s is None else f"{build_s:.0f} s"
    print(f"register search over {members} active members (build: {build_text})")
    print(f"  {'kind':<28}{'median':>8}{'p95':>8}{'scan med':>10}{'scan p95':>10}"
          f"{'ratio':>8}   (ms)")
    for kind, k in kinds.items():
        print(f"  {kind:<28}{k['median_ms']:>8.2f}{k['p95_ms']:>8.2f}"
              f"{k['scan_median_ms']:>10.2f}{k['scan_p95_ms']:>10.2f}{k['ratio']:>7.1f}x")
    print(f"  register first paint: {paint_ms:.1f} ms (goal < 100), "
          f"memory growth {growth_mb:.1f} MB (goal < 40), rows loaded {loaded}")
    return {
        "members": members,
        "build_s": None if build_s is None else round(build_s, 1),
        "runs": RUNS,
        "kinds": kinds,
        "first_paint_ms": round(paint_ms, 1),
        "memory_growth_mb": round(growth_mb, 1),
        "rows_loaded_at_first_paint": loaded,
        "goals": {"p95_ms": 10, "ratio": 3, "first_paint_ms": 100, "memory_growth_mb": 40},
    }


if __name__ == "__main__":
    main()
