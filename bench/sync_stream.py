"""Streaming batches: time and the process's own peak memory of export and county import.

    .venv/bin/python bench/sync_stream.py --members 50000 --reuse DIR [--full]

The issue's two cases: `--members 50000` (a station's first batch) and `--members 200000
--full` (its whole history, in batches of at most 300,000 changes).

Builds the demo station of bench/search.py in DIR (or reuses it), pairs it with a fresh
county on SQLite, then runs each step in its own child process, which reports its own
peak RSS (VmHWM), time, and CPU time (user + system: a figure the load changes less):
  baseline  the app's modules imported, the station and the county opened, nothing done
  export    SyncService.export_to: the next batch (capped at 300,000 changes)
  floor     gzip (level 6) + write + fsync of the same JSON Lines bytes, read beforehand
  import    County.import_paths of that batch; a batch of 20,000 changes or more is read
            by a reader process (county.reader) while this one writes: its own peak is
            reported beside (reader_peak_rss_mb), and cpu_s counts both processes
            (reader_cpu_s the reader's share)
With --full the station's whole history is sent: after each import the county's ack is
accepted by the next export child, until nothing is left. Prints one JSON line a step and a
summary line: the case, seconds, peak RSS and ratios of export and import against the
floor, whether each goal is met, and the load average at the start and the end.
BENCH_TRACE=1 prints the import's memory after each chunk;
BENCH_PROFILE=FILE writes a cProfile of the import. Goals (issue 18): peak RSS < 250 MB
per step, export within 3x and import within 5x of the floor.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

RSS_GOAL_MB = 250
EXPORT_GOAL = 3.0
IMPORT_GOAL = 5.0


def peak_mb() -> float:
    """This process's own peak RSS: VmHWM of its memory map. ru_maxrss is not enough in
    a child: Linux folds the parent's peak into it at exec (the forked copy's pages)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child_cpu_s() -> float:
    """CPU time of the processes this one started and waited for (the import's reader)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child(options: argparse.Namespace) -> dict[str, Any]:
    """One step, in this (child) process."""
    from search import BENCH_KEY
    from unionstation.county.home import CountyHome
    from unionstation.county.service import open_county
    from unionstation.paths import StationHome
    from unionstation.services.runtime import open_station
    from unionstation.sync.station_sync import SyncService

    result: dict[str, Any] = {"step": options.step}
    if options.step == "import":
        if os.environ.get("BENCH_TRACE"):
            _trace_chunks()
        county = open_county(CountyHome(Path(options.county)))
        try:
            start, cpu = time.perf_counter(), cpu_s()
            if os.environ.get("BENCH_PROFILE"):  # a cProfile of the import, to that file
                import cProfile

                with cProfile.Profile() as profile:
                    summary = county.import_paths([Path(options.batch)], Path(options.acks))
                profile.dump_stats(os.environ["BENCH_PROFILE"])
            else:
                summary = county.import_paths([Path(options.batch)], Path(options.acks))
            result["seconds"] = round(time.perf_counter() - start, 3)
            result["cpu_s"] = round(cpu_s() - cpu, 3)
            result["applied"] = summary["applied"]
            result["refused"] = summary["refused"]
        finally:
            county.close()
        from unionstation.county import reader

        result["peak_rss_mb"] = peak_mb()
        # The reader process (county.reader) reports its own peak; both count.
        result["reader_peak_rss_mb"] = reader.last_peak_rss_mb or 0.0
        result["reader_cpu_s"] = round(child_cpu_s(), 3)
        result["cpu_s"] += result["reader_cpu_s"]
        return result
    runtime = open_station(StationHome(Path(options.station)), BENCH_KEY)
    try:
        sync = SyncService(runtime.context, runtime.home)
        if options.step == "baseline":
            county = open_county(CountyHome(Path(options.county)))
            county.close()
        elif options.step == "export":
            for ack in sorted(Path(options.acks).glob("*.ack")):
                sync.accept_ack(ack.read_bytes())
                ack.unlink()
            start, cpu = time.perf_counter(), cpu_s()
            exported = sync.export_to(Path(options.stick))
            result["seconds"] = round(time.perf_counter() - start, 3)
            result["cpu_s"] = round(cpu_s() - cpu, 3)
            result["changes"] = exported.changes
            if exported.batch is not None:
                result.update(batch=str(exported.batch), from_seq=exported.from_seq,
                              to_seq=exported.to_seq,
                              file_mb=round(exported.batch.stat().st_size / 2**20, 1))
        elif options.step == "floor":
            result.update(floor(runtime, options))
    finally:
        runtime.close()
    result["peak_rss_mb"] = peak_mb()
    return result


def _trace_chunks() -> None:
    """Print the RSS after every chunk the county applies (to stderr)."""
    from unionstation.county import apply

    feed = apply.BatchApplier.feed

    def traced(self: Any, staged: Any) -> None:
        feed(self, staged)
        rss = [line for line in Path("/proc/self/status").read_text().splitlines()
               if line.startswith(("VmRSS", "VmHWM"))]
        print(staged[-1].seq, *rss, file=sys.stderr)

    apply.BatchApplier.feed = traced  # type: ignore[method-assign]


def floor(runtime: Any, options: argparse.Namespace) -> dict[str, Any]:
    """gzip + write of the batch's JSON Lines bytes (their reading is not timed)."""
    from unionstation.sync.outbox import outbox_lines

    pieces: list[bytes] = []
    with runtime.context.reading() as session:
        for lines in outbox_lines(session, options.changes):
            lines.append("")
            pieces.append("\n".join(lines).encode("utf-8"))
    raw = b"".join(pieces)
    del pieces
    target = Path(options.stick) / "floor.jsonl.gz"
    start, cpu = time.perf_counter(), cpu_s()
    packed = gzip.compress(raw, compresslevel=6, mtime=0)
    with open(target, "wb") as handle:
        handle.write(packed)
        handle.flush()
        os.fsync(handle.fileno())
    seconds, cpu = time.perf_counter() - start, cpu_s() - cpu
    target.unlink()
    return {"seconds": round(seconds, 3), "cpu_s": round(cpu, 3),
            "json_mb": round(len(raw) / 2**20, 1)}


def run_child(step: str, paths: dict[str, Path], **extra: Any) -> dict[str, Any]:
    command = [sys.executable, __file__, "--step", step]
    for name, value in {**paths, **extra}.items():
        command += [f"--{name}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if os.environ.get("BENCH_TRACE"):
        trace = done.stderr
        print(trace if len(trace) < 10000 else f"{trace[:5000]}...\n{trace[-5000:]}",
              file=sys.stderr)
    if done.returncode != 0:
        raise SystemExit(f"{step} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def prepare(options: argparse.Namespace, work: Path) -> dict[str, Path]:
    from search import demo_station
    from sync import pair
    from unionstation.county.home import CountyHome
    from unionstation.county.service import init_county

    paths = {"station": options.reuse or work / "station", "county": work / "county",
             "stick": work / "stick", "acks": work / "acks"}
    paths["stick"].mkdir()
    paths["acks"].mkdir()
    with demo_station(paths["station"], work, options.members, options.seed) as (runtime, _s):
        county = init_county(CountyHome(paths["county"]), "基准县总工会", "330100")
        try:
            sync = pair(county, runtime, "基准街道总工会")
            sync.resend_everything()  # a reused station: its whole history again
        finally:
            county.close()
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reuse", type=Path, default=None)
    parser.add_argument("--full", action="store_true", help="send the whole history")
    for name in ("step", "station", "county", "stick", "acks", "batch"):
        parser.add_argument(f"--{name}", default=None)
    parser.add_argument("--changes", type=int, default=0)
    parser.add_argument("--work", type=Path, default=None,
                        help="an empty folder to work in and keep (default: a temporary one)")
    options = parser.parse_args()
    if options.step:
        print(json.dumps(child(options)))
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if options.work is not None:
            work = options.work
            work.mkdir(parents=True, exist_ok=False)
        paths = prepare(options, work)
        load_start = loadavg()
        steps = [run_child("baseline", paths)]
        print(json.dumps({"members": options.members, **steps[0]}), flush=True)
        while True:
            export = run_child("export", paths)
            if not export["changes"]:
                break
            floor_ = run_child("floor", paths, changes=export["changes"])
            imported = run_child("import", paths, batch=export.pop("batch"))
            assert imported["applied"] == 1, imported
            for step in (export, floor_, imported):
                step["members"] = options.members
                print(json.dumps(step), flush=True)
            steps += [export, floor_, imported]
            if not options.full:
                break
    print(json.dumps({**summary(options.members, steps), "full": options.full,
                      "case": case_name(options.members, options.full),
                      "loadavg_start": load_start, "loadavg_end": loadavg()}))


def loadavg() -> list[float]:
    """The 1-, 5- and 15-minute load averages (the figures are ratios taken in one run)."""
    return [round(value, 2) for value in os.getloadavg()]


def case_name(members: int, full: bool) -> str:
    return f"{members // 1000}k {'full history' if full else 'first batch'}"


def summary(members: int, steps: list[dict[str, Any]]) -> dict[str, Any]:
    def total(name: str, key: str = "seconds") -> float:
        return sum(step[key] for step in steps if step["step"] == name)

    def peak(name: str) -> float:
        return max(step["peak_rss_mb"] for step in steps if step["step"] == name)

    export_ratio = total("export") / total("floor")
    import_ratio = total("import") / total("floor")
    return {
        "summary": True, "members": members,
        "batches": sum(1 for step in steps if step["step"] == "export"),
        "changes": sum(step.get("changes", 0) for step in steps),
        "baseline_rss_mb": peak("baseline"), "export_peak_rss_mb": peak("export"),
        "import_peak_rss_mb": peak("import"), "floor_peak_rss_mb": peak("floor"),
        "export_s": round(total("export"), 2), "import_s": round(total("import"), 2),
        "floor_s": round(total("floor"), 2),
        "export_ratio": round(export_ratio, 2), "import_ratio": round(import_ratio, 2),
        "export_cpu_ratio": round(total("export", "cpu_s") / total("floor", "cpu_s"), 2),
        "import_cpu_ratio": round(total("import", "cpu_s") / total("floor", "cpu_s"), 2),
        "import_reader_peak_rss_mb": max(
            step.get("reader_peak_rss_mb", 0.0) for step in steps if step["step"] == "import"),
        "import_peak_rss_sum_mb": max(
            step["peak_rss_mb"] + step.get("reader_peak_rss_mb", 0.0)
            for step in steps if step["step"] == "import"),
        "rss_met": max(peak("export"), peak("import")) < RSS_GOAL_MB,
        "export_met": export_ratio <= EXPORT_GOAL, "import_met": import_ratio <= IMPORT_GOAL,
    }


if __name__ == "__main__":
    main()
