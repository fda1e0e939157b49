"""One county's side of bench/county_scale.py: import every station's batch through the
real `county import` path, one station at a time, then search and report, timed."""

from __future__ import annotations

import random
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from search import percentile
from unionstation.county.batch_files import batch_files
from unionstation.county.models import CountyMember
from unionstation.county.report import county_report
from unionstation.county.service import County
from unionstation.domain.pinyin import name_search_keys
from unionstation.sync.container import MAGIC_BATCH, unpack

_HEAD_BYTES = 64 * 1024


def _changes(path: Path) -> int:
    """The change count in a batch file's header (read from its first bytes only)."""
    with open(path, "rb") as handle:
        envelope = unpack(handle.read(_HEAD_BYTES), MAGIC_BATCH)
    return int(envelope.header["changes"])


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def import_all(county: County, stick: Path) -> dict[str, Any]:
    rates: list[float] = []
    total_s = 0.0
    changes = refused = 0
    for path in batch_files([stick]):
        count = _changes(path)
        start = time.perf_counter()
        summary = county.import_paths([path], None)
        seconds = time.perf_counter() - start
        refused += len(summary["refused"])
        if summary["applied"] != 1:
            raise SystemExit(f"{path.name} was not applied: {summary}")
        total_s += seconds
        changes += count
        rates.append(count / seconds)
    tenth = max(1, len(rates) // 10)
    return {"batches": len(rates), "refused": refused, "changes": changes,
            "import_s": round(total_s, 1), "changes_per_s": round(changes / total_s),
            "changes_per_s_first_tenth": round(statistics.mean(rates[:tenth])),
            "changes_per_s_last_tenth": round(statistics.mean(rates[-tenth:])),
            "import_peak_rss_mb": _peak_mb()}


def search_terms(county: County, seed: int, runs: int) -> dict[str, list[str]]:
    with county.store.read_session_factory() as session:
        picked = session.execute(select(CountyMember.name, CountyMember.id_number)
                                 .order_by(func.random()).limit(runs)).all()
    rng = random.Random(seed)
    return {
        "name_1_char": [name[0] for name, _id in picked],
        "name_2_chars": [name[-2:] for name, _id in picked],
        "initials_2_3": [name_search_keys(name).initials[:rng.choice((2, 3))]
                         for name, _id in picked],
        "id_fragment_8": [number[6:14] for _name, number in picked],
        "id_fragment_tail_6": [number[-6:] for _name, number in picked],
    }


def measure(county: County, stick: Path, runs: int, seed: int) -> dict[str, Any]:
    result = import_all(county, stick)
    total, _rows = county.members(limit=1)
    result["county_members"] = total
    for kind, terms in search_terms(county, seed, runs).items():
        for term in terms[:3]:  # warm the caches for this kind of term
            county.members(search=term, limit=50)
        times, hits = [], []
        for term in terms:
            begin = time.perf_counter()
            found, _page = county.members(search=term, limit=50)
            times.append((time.perf_counter() - begin) * 1000)
            hits.append(found)
        result[f"search_p95_ms_{kind}"] = round(percentile(times, 0.95), 1)
        result[f"search_median_ms_{kind}"] = round(statistics.median(times), 1)
        result[f"search_median_hits_{kind}"] = int(statistics.median(hits))
    start = time.perf_counter()
    with county.store.read_session_factory() as session:
        county_report(session.connection(), county.name, time.localtime().tm_year)
    result["report_s"] = round(time.perf_counter() - start, 2)
    return result
