"""The re-base file (issue 13, point 4): time and peak RSS of making it at the county and
applying it at the station.

    .venv/bin/python bench/rebase.py --members 20000 [--reuse DIR]

Builds (or reuses) in DIR a demo station of N members, a county on SQLite, enrols the
station and sends its first batch to the county, all through the command line. Then each
step runs as the command line does, in its own child process, which reports its own peak
RSS (VmHWM) and wall time:
  baseline  `sync status --json` at the station: the app imported and the station opened
  make      `county rebase STATION --out FILE --json`
  apply     `sync rebase FILE --json` at the station (the code from `make`)
Prints one JSON line a step, then a summary line with the ratios to the baseline.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

STATION_CODE = "330106001"
COUNTY_USER = {"UNIONSTATION_USER": "cadmin", "UNIONSTATION_PASSWORD": "county-pass-1"}
DEMO_USER = {"UNIONSTATION_USER": "demo", "UNIONSTATION_PASSWORD": "demo"}
CODE_ENV = "UNIONSTATION_REBASE_CODE"

# Run in the child: the command line in-process, then its own peak RSS and time.
_CHILD = """
import json, runpy, sys, time
from pathlib import Path
sys.argv = ["unionstation", *json.loads(sys.argv[1])]
start = time.perf_counter()
code = 0
try:
    runpy.run_module("unionstation", run_name="__main__")
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
seconds = time.perf_counter() - start
peak = 0.0
for line in Path("/proc/self/status").read_text().splitlines():
    if line.startswith("VmHWM:"):
        peak = int(line.split()[1]) / 1024
sys.stderr.write("\\nBENCH " + json.dumps({"rc": code, "seconds": round(seconds, 2),
                                           "peak_rss_mb": round(peak, 1)}) + "\\n")
"""


def _run(args: list[str], env: dict[str, str], *, check: bool = True,
         ) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "unionstation", *args], capture_output=True,
                          text=True, env={**os.environ, **env})
    if check and done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])} failed: {done.stderr[-800:]}")
    return done


def _measure(step: str, args: list[str], env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(args)],
                          capture_output=True, text=True, env={**os.environ, **env})
    marker = done.stderr.rfind("BENCH ")
    if marker < 0:
        raise SystemExit(f"{step} failed: {done.stderr[-800:]}")
    figures = json.loads(done.stderr[marker + 6:].splitlines()[0])
    if figures["rc"] != 0:
        raise SystemExit(f"{step} failed: {done.stdout[-400:]} {done.stderr[-800:]}")
    result: dict[str, Any] = {"step": step, **figures}
    with contextlib.suppress(ValueError):
        result["output"] = json.loads(done.stdout)
    return result


def prepare(root: Path, members: int) -> None:
    station, county = root / "station", root / "county"
    if (root / "ready").exists():
        return
    _run(["--home", str(station), "demo", "--members", str(members), "--seed", "2026"],
         DEMO_USER)
    _run(["--home", str(county), "county", "init", "--name", "测试县总工会", "--code",
          "330106", "--admin", "cadmin"], COUNTY_USER)
    enrolment, key, stick = root / "enrol.enrol", root / "station.key", root / "stick"
    stick.mkdir(exist_ok=True)
    _run(["--home", str(county), "county", "enrol", "--station-code", STATION_CODE,
          "--station-name", "示范街道总工会", "--out", str(enrolment)], COUNTY_USER)
    _run(["--home", str(station), "sync", "enrol", str(enrolment), "--key-out", str(key)],
         DEMO_USER)
    _run(["--home", str(county), "county", "register", str(key)], COUNTY_USER)
    _run(["--home", str(station), "sync", "export", "--to", str(stick)], DEMO_USER)
    _run(["--home", str(county), "county", "import", str(stick)], COUNTY_USER)
    (root / "ready").write_text("ok")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=20000)
    parser.add_argument("--reuse", type=Path, default=None)
    options = parser.parse_args()
    root = options.reuse or Path(tempfile.mkdtemp(prefix="bench-rebase-"))
    root.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    prepare(root, options.members)
    print(json.dumps({"step": "prepare", "members": options.members,
                      "seconds": round(time.perf_counter() - began, 1), "dir": str(root)}),
          flush=True)
    station, county = root / "station", root / "county"
    results = [_measure("baseline", ["--home", str(station), "sync", "status", "--json"],
                        DEMO_USER)]
    target = root / "out.rebase"
    target.unlink(missing_ok=True)
    results.append(_measure("make", ["--home", str(county), "county", "rebase", STATION_CODE,
                                     "--out", str(target), "--json"], COUNTY_USER))
    code = str(results[-1].get("output", {}).get("code", ""))
    results.append(_measure("apply", ["--home", str(station), "sync", "rebase", str(target),
                                      "--json"], {**DEMO_USER, CODE_ENV: code}))
    for result in results:
        result.pop("output", None)
        print(json.dumps(result), flush=True)
    base = results[0]
    print(json.dumps({
        "step": "summary", "members": options.members,
        "file_mb": round(target.stat().st_size / (1 << 20), 1),
        "make_rss_over_baseline": round(results[1]["peak_rss_mb"] / base["peak_rss_mb"], 2),
        "apply_rss_over_baseline": round(results[2]["peak_rss_mb"] / base["peak_rss_mb"], 2),
        "make_seconds": results[1]["seconds"], "apply_seconds": results[2]["seconds"],
        "loadavg": Path("/proc/loadavg").read_text().split()[:3]}), flush=True)


if __name__ == "__main__":
    main()
