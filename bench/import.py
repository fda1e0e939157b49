"""Roster import speed: the whole import through the service against the bare minimum.

    .venv/bin/python bench/import.py --rows 10000 [50000 ...] [--repeat 3] [--dir DIR]
                                     [--floor] [--profile] [--report]

Writes a roster of ROWS generated members (.xlsx), imports it into a new station through
`load_roster` + `RosterImporter.run` as the window and the command line do, and times
beside it python-calamine reading the same file plus one `executemany` of the same rows
(medians of `--repeat` runs, each into a new database; the import split into reading,
checking and writing). `--floor` also replays, into a copy of the station as it was before,
exactly the rows the import wrote to every table, one `executemany` per table and one
commit: what the storage alone costs. `--dir` puts the databases elsewhere (/dev/shm takes
the disk out). `--report` writes the import's row report as it goes, as the window does.

Prints, per roster size, a table and one JSON line (load average beside). The backup after
a committed import runs once the summary is shown, so it is timed on its own
(`backup_after_s`; `with_backup_after_floor_ratio` counts it in). `peak_growth_mb`: the
kernel's VmHWM while importing over the RSS just before (reset via /proc/self/clear_refs).
Goals (issue 18), in one run with `--rows 10000 50000 --floor --repeat 1`: 10,000 rows
< 3 s and <= 2x the replay floor; 50,000 rows' peak growth < 150 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from unionstation.domain.idnumber import check_digit
from unionstation.exchange.roster_import import (
    WRITING,
    ImportOptions,
    RosterImporter,
    backup_after_import,
    load_roster,
)
from unionstation.paths import StationHome
from unionstation.services.runtime import open_station
from unionstation.services.station import StationService
from unionstation.services.unions import UnionService
from unionstation.store.engine import WRITER_CACHE_KIB, cipher_connect

HEADER = ["序号", "姓名", "性别", "身份证号码", "民族", "学历", "政治面貌", "手机号",
          "工作单位", "工种", "入会时间", "是否农民工", "人员类别", "备注"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON")
# The tables a roster import writes, in the order the floor replays them.
WRITTEN_TABLES = ("member", "change_log", "member_status_change", "member_event",
                  "member_fts_chars", "member_fts_trigram", "member_fts_keys")

# The data key of this benchmark's throwaway stations (they have no officers).
BENCH_KEY = bytes(range(100, 132))


def id_number(index: int) -> str:
    born = date(1960, 1, 1) + timedelta(days=index % 15000)
    first17 = f"330106{born:%Y%m%d}{index // 15000 % 1000:03d}"
    return first17 + check_digit(first17)


def write_roster(path: Path, rows: int) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["测试街道总工会会员花名册"])
    sheet.append(HEADER)
    for i in range(rows):
        name = SURNAMES[i % 20] + GIVEN[i // 20 % len(GIVEN)] + GIVEN[i // 400 % len(GIVEN)]
        sheet.append([i + 1, name, "", id_number(i), "汉族", "高中", "群众",
                      f"139{i:08d}", "示范机械公司", "装配工", "2023-07-21",
                      "否" if i % 3 else "是", "快递员" if i % 5 == 0 else "", ""])
    book.save(path)


@dataclass
class ServiceRun:
    total: float
    read: float
    check: float
    write: float
    imported: int
    own_mb: float = 0.0  # the process before the import: station open, modules loaded
    peak_mb: float = 0.0  # the process's peak while it imported
    copy: float = 0.0  # the backup after the import, which runs once the summary is shown


def _status_mb(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _reset_peak() -> None:
    """Start the kernel's peak-RSS count (VmHWM) again from the current RSS (Linux)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def new_station(folder: Path) -> StationHome:
    """A station with one grassroots union, closed again: the state before an import."""
    home = StationHome(folder)
    runtime = open_station(home, BENCH_KEY)
    try:
        StationService(runtime.context).create("测试街道总工会", "330106001", "测试县总工会",
                                               officer_name="王干事")
        UnionService(runtime.context).add("杭州示范机械有限公司工会委员会")
    finally:
        runtime.close()
    return home


def service_time(home: StationHome, roster: Path, report: bool = False) -> ServiceRun:
    runtime = open_station(home, BENCH_KEY)
    try:
        union = UnionService(runtime.context).list()[0]
        # Rows are checked and written a chunk at a time: time from a checking message to
        # the next WRITING one is checking, the rest writing.
        phase = {"writing": False, "at": 0.0, "check": 0.0, "write": 0.0}

        def progress(_done: int, _total: int, text: str) -> None:
            now = time.perf_counter()
            writing = text == WRITING
            phase["write" if phase["writing"] else "check"] += now - phase["at"]
            phase["writing"], phase["at"] = writing, now

        import gc

        gc.collect()
        _reset_peak()
        own = _status_mb("VmRSS")
        start = time.perf_counter()
        sheet = load_roster(roster)
        read = phase["at"] = time.perf_counter()
        options = ImportOptions(default_union=union.id, backup_to=home,
                                report=home.root / "report.xlsx" if report else None)
        summary = RosterImporter(runtime.context).run(sheet, options, progress=progress)
        end = time.perf_counter()
        peak = _status_mb("VmHWM")
        del sheet, summary.outcomes[:]
        backup_after_import(summary, options)
        copy = time.perf_counter() - end
    finally:
        runtime.close()
    phase["write" if phase["writing"] else "check"] += end - phase["at"]
    return ServiceRun(end - start, read - start, phase["check"], phase["write"],
                      summary.imported, own, peak, copy)


def bare_time(folder: Path, roster: Path) -> float:
    from sqlalchemy.dialects import sqlite as dialect
    from sqlalchemy.schema import CreateTable

    from unionstation.store.models import Member

    db = sqlite3.connect(folder / "bare.db")
    for pragma in PRAGMAS:
        db.execute(f"PRAGMA {pragma}")
    ddl = str(CreateTable(Member.__table__).compile(dialect=dialect.dialect()))  # type: ignore[arg-type]
    db.execute(_without_foreign_keys(ddl))
    start = time.perf_counter()
    with CalamineWorkbook.from_path(str(roster)) as book:
        rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    values = [(uuid.uuid4().hex, r[1], r[3], r[7], r[8], r[9], str(r[10]), r[11] == "是")
              for r in rows[2:]]
    with db:
        db.executemany(
            "INSERT INTO member (id, name, id_number, phone, employer, job, joined_on, "
            "migrant_worker, station_id, grassroots_union_id, name_pinyin, name_initials, "
            "gender, birth_date, native_place, household_place, professional_title, "
            "skill_level, model_worker_title, model_worker_body, address, remarks, "
            "transfer_in_from, status, created_at, updated_at, updated_by, version) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, 's', 'u', '', '', '1', '1990-01-01', '', '', '', '', "
            "'', '', '', '', '', 'active', '2024-01-01', '2024-01-01', '', 1)", values)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def _without_foreign_keys(ddl: str) -> str:
    lines = [line for line in ddl.splitlines() if "FOREIGN KEY" not in line]
    text = "\n".join(lines).rstrip()
    return text.rstrip(")").rstrip().rstrip(",") + "\n)"


def _keyed(path: Path) -> Any:
    return cipher_connect(str(path), BENCH_KEY)


def floor_time(before: Path, after: Path, target: Path) -> dict[str, float]:
    """Replay the rows `after` has and `before` lacks, table by table, into a copy of
    `before`: one executemany per table, one commit. Seconds by table, "commit" and
    "total"."""
    rows: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
    with _keyed(before) as old:
        known = {table: old.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
                 for table in WRITTEN_TABLES}
    with _keyed(after) as new:
        for table in WRITTEN_TABLES:
            # Declared columns (FTS5's hidden ones left out), with the rowid.
            columns = [c[1] for c in new.execute(f"PRAGMA table_xinfo({table})") if c[6] == 0]
            if "rowid" not in columns:
                columns.insert(0, "rowid")
            rows[table] = (columns, new.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE rowid > ? ORDER BY rowid",
                (known[table],)).fetchall())
    shutil.copy(before, target)
    db = cipher_connect(str(target), BENCH_KEY)
    db.isolation_level = None
    for pragma in (*PRAGMAS, f"cache_size={WRITER_CACHE_KIB}"):  # as the station's writer
        db.execute(f"PRAGMA {pragma}")
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    for table, (columns, values) in rows.items():
        began = time.perf_counter()
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                       f"VALUES ({', '.join('?' for _ in columns)})", values)
        seconds[table] = time.perf_counter() - began
    began = time.perf_counter()
    db.execute("COMMIT")
    seconds["commit"] = time.perf_counter() - began
    seconds["total"] = time.perf_counter() - start
    db.close()
    return seconds


def _children_like_the_app() -> None:
    """The sandbox's children (forkserver) re-run the main script unless it was started as
    a module: the app is (`python -m unionstation`), this script is not, and re-running it
    in every child would put its imports into the time of reading a file."""
    import __main__

    if getattr(__main__, "__spec__", None) is None and hasattr(__main__, "__file__"):
        del __main__.__file__


def main(argv: list[str] | None = None) -> int:
    script = Path(sys.argv[0]).resolve()
    _children_like_the_app()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000],
                        help="roster sizes, each measured in turn (one JSON line each)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; medians count")
    parser.add_argument("--dir", type=Path, default=None, help="where the databases go")
    parser.add_argument("--floor", action="store_true",
                        help="also replay the import's writes with bare executemany")
    parser.add_argument("--profile", action="store_true", help="cProfile one service run")
    parser.add_argument("--report", action="store_true",
                        help="write the import report too, as the window does")
    args = parser.parse_args(argv)
    if len(args.rows) == 1:
        return _measure(args.rows[0], args)
    # Each size in a process of its own: memory a bigger import reuses from a smaller one
    # would not show in its peak growth.
    passed = list(argv if argv is not None else sys.argv[1:])
    rest = _without_rows(passed)
    status = 0
    for rows in args.rows:
        done = subprocess.run([sys.executable, str(script), "--rows", str(rows), *rest],
                              check=False)
        status = max(status, done.returncode)
    return status


def _without_rows(argv: list[str]) -> list[str]:
    """The command line without `--rows` and its numbers."""
    rest: list[str] = []
    skipping = False
    for arg in argv:
        if arg == "--rows":
            skipping = True
            continue
        if skipping and arg.isdigit():
            continue
        skipping = False
        rest.append(arg)
    return rest


def _measure(rows: int, args: argparse.Namespace) -> int:
    runs: list[ServiceRun] = []
    bares: list[float] = []
    floors: list[dict[str, float]] = []
    load_before = _load()
    with tempfile.TemporaryDirectory(dir=args.dir) as temp:
        folder = Path(temp)
        roster = folder / "roster.xlsx"
        write_roster(roster, rows)
        empty = new_station(folder / "empty")
        for index in range(args.repeat):
            bares.append(bare_time(folder, roster))
            for leftover in folder.glob("bare.db*"):
                leftover.unlink()
            shutil.copytree(empty.root, folder / "station")
            home = StationHome(folder / "station")
            runs.append(_profiled(home, roster) if args.profile and index == 0
                        else service_time(home, roster, args.report))
            if args.floor:
                floors.append(floor_time(empty.db_path, home.db_path, folder / "floor.db"))
                for leftover in folder.glob("floor.db*"):
                    leftover.unlink()
            shutil.rmtree(home.root)
    if any(run.imported != rows for run in runs):
        print(f"only {min(run.imported for run in runs)} of {rows} rows imported",
              file=sys.stderr)
        return 1
    return _report(rows, runs, bares, floors, args.report, [load_before, _load()])


def _load() -> float:
    """The one-minute load average (Linux), to read the figures by."""
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return -1.0


def _profiled(home: StationHome, roster: Path) -> ServiceRun:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    run = service_time(home, roster)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(30)
    return run


def _report(rows: int, runs: list[ServiceRun], bares: list[float],
            floors: list[dict[str, float]], report: bool, load: list[float]) -> int:
    median = statistics.median
    service = median(run.total for run in runs)
    bare = median(bares)
    figures: dict[str, object] = {
        "rows": rows, "repeat": len(runs), "report": report, "service_s": round(service, 3),
        "read_s": round(median(run.read for run in runs), 3),
        "check_s": round(median(run.check for run in runs), 3),
        "write_s": round(median(run.write for run in runs), 3),
        "bare_s": round(bare, 3), "ratio": round(service / bare, 2),
        "own_rss_mb": round(runs[0].own_mb, 1),
        "peak_growth_mb": round(max(run.peak_mb - run.own_mb for run in runs), 1),
        "service_runs_s": [round(run.total, 3) for run in runs],
        "bare_runs_s": [round(b, 3) for b in bares],
        "backup_after_s": round(median(run.copy for run in runs), 3),
        "load_avg": load}
    print(f"rows                  {rows}  (median of {len(runs)} runs each)")
    print(f"service import        {service:7.2f} s  ({service / rows * 1000:.3f} ms/row)")
    print(f"  reading the file    {figures['read_s']:7.2f} s")
    print(f"  checking the rows   {figures['check_s']:7.2f} s")
    print(f"  writing, commit     {figures['write_s']:7.2f} s")
    print(f"calamine+executemany  {bare:7.2f} s")
    print(f"peak RSS growth       {figures['peak_growth_mb']:7.1f} MB over the process's own "
          f"{figures['own_rss_mb']:.0f} MB (goal at 50,000 rows < 150)")
    print(f"ratio                 {service / bare:7.2f}  (goal < 4; 10,000 rows goal < 3 s)")
    print(f"backup after import   {figures['backup_after_s']:7.2f} s  (once the summary is "
          "shown; not in the import's time)")
    print(f"load average          {load[0]:.2f} before, {load[1]:.2f} after")
    if floors:
        floor = median(f["total"] for f in floors)
        parts = {key: round(median(f[key] for f in floors), 3) for key in floors[0]
                 if key != "total"}
        figures.update(floor_s=round(floor, 3), floor_ratio=round(floor / bare, 2),
                       floor_parts_s=parts)
        print(f"the same writes, bare {floor:7.2f} s  (every table's rows by executemany; "
              f"{floor / bare:.2f} x the bare)")
        figures["service_floor_ratio"] = round(service / floor, 2)
        with_copy = median(run.total + run.copy for run in runs)
        figures["with_backup_after_floor_ratio"] = round(with_copy / floor, 2)
        print(f"import / replay floor {service / floor:7.2f}  (goal <= 2; "
              f"{with_copy / floor:.2f} with the backup after it)")
        for key, value in parts.items():
            print(f"  {key:20s}{value:7.3f} s")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
