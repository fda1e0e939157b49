"""Roster import speed: the whole import through the service against the bare minimum.

    .venv/bin/python bench/import.py --rows 10000 [--profile]

Writes a roster of ROWS generated members (.xlsx, IDs as text), imports it into a new
station through `load_roster` + `RosterImporter.run` (validation, card numbers, change
log, search index, status and history lines, one transaction), and times beside it the
bare work: python-calamine reading the same file plus one `executemany` of the same rows
into a table like `member` on the same PRAGMAs. Prints both, the ratio, and a JSON line.
Goals (issue 4): 10,000 rows < 3 s, ratio < 4.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from unionstation.domain.idnumber import check_digit
from unionstation.exchange.roster_import import ImportOptions, RosterImporter, load_roster
from unionstation.paths import StationHome
from unionstation.services.runtime import open_station
from unionstation.services.station import StationService
from unionstation.services.unions import UnionService

HEADER = ["序号", "姓名", "性别", "身份证号码", "民族", "学历", "政治面貌", "手机号",
          "工作单位", "工种", "入会时间", "是否农民工", "人员类别", "备注"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"


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


def service_time(folder: Path, roster: Path) -> tuple[float, int]:
    runtime = open_station(StationHome(folder / "station"))
    try:
        StationService(runtime.context).create("测试街道总工会", "330106001", "测试县总工会",
                                               officer_name="王干事")
        union = UnionService(runtime.context).add("杭州示范机械有限公司工会委员会")
        start = time.perf_counter()
        sheet = load_roster(roster)
        summary = RosterImporter(runtime.context).run(
            sheet, ImportOptions(default_union=union.id))
        elapsed = time.perf_counter() - start
    finally:
        runtime.close()
    return elapsed, summary.imported


def bare_time(folder: Path, roster: Path) -> float:
    from sqlalchemy.dialects import sqlite as dialect
    from sqlalchemy.schema import CreateTable

    from unionstation.store.models import Member

    db = sqlite3.connect(folder / "bare.db")
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true", help="cProfile the service run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        roster = folder / "roster.xlsx"
        write_roster(roster, args.rows)
        bare = bare_time(folder, roster)
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
        service, imported = service_time(folder, roster)
        if args.profile:
            profiler.disable()
            pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(30)
    if imported != args.rows:
        print(f"only {imported} of {args.rows} rows imported", file=sys.stderr)
        return 1
    ratio = service / bare
    print(f"rows              {args.rows}")
    print(f"service import    {service:7.2f} s  ({service / args.rows * 1000:.3f} ms/row)")
    print(f"calamine+executemany {bare:7.2f} s")
    print(f"ratio             {ratio:7.2f}  (goal < 4; 10,000 rows goal < 3 s)")
    print(json.dumps({"rows": args.rows, "service_s": round(service, 3),
                      "bare_s": round(bare, 3), "ratio": round(ratio, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
