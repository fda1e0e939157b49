"""Member ledger export speed: the styled 50,000-member ledger through the exchange.

    .venv/bin/python bench/export.py --members 50000 [--reuse DIR] [--unmasked]

Builds a demo station the way bench/search.py does (DemoDataService, then chunks through
MemberService.enroll_many), or reuses the one in DIR, then times
`export_member_ledger(context, path, MemberFilter(statuses=()))` (every member, each cell
styled), beside the bare time of reading the same rows from the service alone, and checks
the file with python-calamine. Prints a table and, as its last line, one JSON object.
Goal (issue 4): 50,000 members in under 20 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import demo_station, rss_kb  # noqa: E402
from unionstation.exchange.member_ledger import export_member_ledger  # noqa: E402
from unionstation.services.member_export import MemberExportService  # noqa: E402
from unionstation.services.member_query import MemberFilter  # noqa: E402
from unionstation.services.runtime import StationRuntime  # noqa: E402

GOAL_S = 20.0


def measure(runtime: StationRuntime, folder: Path, unmasked: bool) -> dict[str, Any]:
    from python_calamine import CalamineWorkbook

    context = runtime.context
    everyone = MemberFilter(statuses=())
    start = time.perf_counter()
    read = sum(1 for _row in MemberExportService(context).rows(everyone, unmasked=unmasked))
    read_s = time.perf_counter() - start

    out = folder / "ledger.xlsx"
    before = rss_kb()
    peak = [before]

    def progress(done: int, total: int) -> None:
        peak[0] = max(peak[0], rss_kb())

    start = time.perf_counter()
    result = export_member_ledger(context, out, everyone, unmasked=unmasked, progress=progress)
    export_s = time.perf_counter() - start
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    data_rows = len(sheet) - 3
    assert data_rows == result.rows == read, (data_rows, result.rows, read)
    return {
        "members": result.rows, "columns": len(sheet[2]), "unmasked": unmasked,
        "read_s": round(read_s, 2), "export_s": round(export_s, 2),
        "rows_per_s": round(result.rows / export_s), "file_mb": round(
            out.stat().st_size / 2**20, 1),
        "rss_growth_mb": round((peak[0] - before) / 1024, 1),
        "goal_s": GOAL_S, "met": export_s < GOAL_S,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unmasked", action="store_true")
    parser.add_argument("--reuse", type=Path, default=None,
                        help="keep the station here and reuse it when it is already built")
    options = parser.parse_args()

    with (tempfile.TemporaryDirectory() as folder,
          demo_station(options.reuse, Path(folder), options.members, options.seed)
          as (runtime, build_s)):
        figures = measure(runtime, Path(folder), options.unmasked)
    figures["build_s"] = None if build_s is None else round(build_s, 1)
    for key, value in figures.items():
        print(f"{key:<16}{value}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
