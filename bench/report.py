"""Statistics speed: the annual report, the monthly member report, the yearly figures a
station sends up, and the county report, on SQLite and PostgreSQL.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -u bench/report.py --members 50000 \
        [--files 12000] [--visits 100000] [--stations 20] [--db sqlite,postgresql] \
        [--pg-url URL] [--reuse DIR]

Builds a demo station the way bench/search.py does (or reuses the one in DIR), gives it
history (status changes, moves between its unions) and `--files` hardship files with
`--visits` visits (a payment with every other one), then times (median of three)
`ReportService.annual(year)`, `ReportService.monthly(month)` and the refresh of the yearly
figures a station sends (services.reports.sent, before every batch): the first time, with
nothing changed (kept by the change log's high water), after a member's status changed
(member counts made again) and after a hardship file changed (venue and hardship figures
made again). Then, per database, the county report over `--stations` copies of the
station's records (projections and yearly figures, member counts included, which the
report adds up); `county_one_uncounted_s`: the same with one station's counts stripped
(an older program), which the county counts from its projections.

One JSON line per measurement, with its floor taken in the same run (station: reading its
members' rows; county: reading the yearly figures' rows, and `projections_read_s`, the
projections' rows it used to replay) and the peak RSS so far. Goals (issue 17): annual
< 1 s, monthly < 300 ms, county over 20 stations < 5 s, on PostgreSQL and on SQLite.

Measured 2026-12-05 (2 shared cores, load 3.5-4.3), 20 stations, 1,000 files each:
- county, 20 x 1,773 members: SQLite 0.012 s, PostgreSQL 0.020 s; 20 x 19,770: 0.011 s /
  0.008 s, flat in the members (reading the projections alone: 3.5 s / 7.7 s; replaying
  them took 4.8 s / 2.8 s at 20 x 1,776). One station uncounted: 0.35 s / 0.39 s.
- the refresh, 11 years: 49,770 members, 12,000 files, 100,000 visits (load 3.8): 0.033 s
  nothing changed, 1.70 s after a member change (reading the members: 0.95 s), 2.33 s
  after a file change (eleven years of hardship queries), 4.2 s the first time.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import demo_station  # noqa: E402
from unionstation.services.runtime import StationRuntime  # noqa: E402

GOALS = {"annual_s": 1.0, "monthly_s": 0.3, "county_s": 5.0}
HISTORY = 600


def median_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def add_history(runtime: StationRuntime, seed: int) -> None:
    """Status changes and moves between unions this year, once per station."""
    from sqlalchemy import func, select

    from unionstation.domain.codes import MemberStatus
    from unionstation.services.members import MemberService
    from unionstation.services.transfers import TransferService
    from unionstation.services.unions import UnionService
    from unionstation.store.models import MemberTransfer

    context = runtime.context
    with context.reading() as session:
        if session.scalar(select(func.count()).select_from(MemberTransfer)):
            return
        from unionstation.store.models import Member

        ids = session.execute(select(Member.id, Member.grassroots_union_id).where(
            Member.status == MemberStatus.ACTIVE).order_by(Member.card_no).limit(HISTORY)
        ).all()
    rng = random.Random(seed)
    unions = [u.id for u in UnionService(context).list()]
    today = context.today()
    members, moves = MemberService(context), TransferService(context)
    for number, (member_id, union_id) in enumerate(ids):
        day = today - timedelta(days=rng.randrange(1, 300))
        if number % 3 == 0:
            members.change_status(member_id, MemberStatus.LAPSED, day, "退会")
        else:
            target = rng.choice([u for u in unions if u != union_id])
            moves.within(member_id, target, day)


def add_hardship(runtime: StationRuntime, files: int, visits: int) -> None:
    """`files` hardship files over the last two years and `visits` visits, every other one
    with a cash payment, through the ORM bulk path (change records included); once."""
    from sqlalchemy import func, insert, select

    from unionstation.domain.hardship import (
        FileStatus,
        FundingSource,
        HardshipCategory,
        HardshipCause,
        VisitKind,
    )
    from unionstation.domain.idnumber import check_digit
    from unionstation.services.station import StationService
    from unionstation.store.base import new_ids
    from unionstation.store.models import HardshipFile, Payment, Visit

    context = runtime.context
    with context.reading() as session:
        if session.scalar(select(func.count()).select_from(HardshipFile).where(
                HardshipFile.file_no.like("BR%"))):
            return
    station = StationService(context).require()
    today = context.today()
    ids = new_ids(files)

    def id_number(n: int) -> str:
        first17 = f"330106{date(1960, 1, 1) + timedelta(days=n % 12000):%Y%m%d}{n % 1000:03d}"
        return first17 + check_digit(first17)

    rows = [{"id": ids[n], "station_id": station.id, "file_no": f"BR{n:06d}",
             "name": f"困难户{n:05d}", "id_number": id_number(n),
             "category": list(HardshipCategory)[n % 3], "main_cause": list(HardshipCause)[n % 8],
             "status": FileStatus.FORMAL if n % 10 else FileStatus.RELIEVED,
             "relieved_on": None if n % 10 else today - timedelta(days=n % 300),
             "opened_on": today - timedelta(days=300 + n % 400),
             "last_check_on": today, "recheck_due": today + timedelta(days=365)}
            for n in range(files)]
    visit_ids = new_ids(visits)
    visit_rows = [{"id": visit_ids[n], "file_id": ids[n % files],
                   "visited_on": today - timedelta(days=n % 700), "kind": VisitKind.LIVING,
                   "funding": FundingSource.DONATION} for n in range(visits)]
    payments = [{"file_id": v["file_id"], "visit_id": v["id"], "amount": Decimal("200.00"),
                 "paid_on": v["visited_on"], "year": v["visited_on"].year,
                 "funding": list(FundingSource)[n % 4], "officer": "王干事"}
                for n, v in enumerate(visit_rows[::2])]
    with context.unit_of_work() as session:
        session.execute(insert(HardshipFile), rows)
        for table, items in ((Visit, visit_rows), (Payment, payments)):
            for start in range(0, len(items), 20_000):
                session.execute(insert(table), items[start:start + 20_000])


def county_of(runtime: StationRuntime, folder: Path, stations: int, url: str | None,
              kind: str) -> Any:
    """A county store holding `stations` copies of the station's newest records."""
    from sqlalchemy import select

    from unionstation.county.bulk import insert_many
    from unionstation.county.home import CountyHome
    from unionstation.county.models import CountyRecord, CountyStation
    from unionstation.county.projections import RecordState, project
    from unionstation.county.report import ENTITIES
    from unionstation.county.report_sent import ENTITY as SENT
    from unionstation.county.service import init_county
    from unionstation.store.base import table_of
    from unionstation.store.models import ChangeRecord

    newest: dict[tuple[str, Any], tuple[int, dict[str, Any]]] = {}
    with runtime.context.reading() as session:
        for entity, entity_id, seq, data in session.execute(select(
                ChangeRecord.entity, ChangeRecord.entity_id, ChangeRecord.change_seq,
                ChangeRecord.data).where(ChangeRecord.entity.in_((*ENTITIES, SENT)))):
            key = (entity, entity_id)
            if key not in newest or newest[key][0] < seq:
                newest[key] = (seq, data)
    county = init_county(CountyHome(folder / f"county-{kind}"), "测试县总工会", "330106",
                         db_url=url)
    now = datetime.now(UTC)
    with county.store.session_factory() as session, session.begin():
        connection = session.connection()
        codes = [f"3301060{n:02d}" for n in range(stations)]
        insert_many(connection, table_of(CountyStation),
                    [{"code": code, "name": f"第{n}街道总工会", "applied_through": 0,
                      "enrolled_at": now, "last_batch_at": now}
                     for n, code in enumerate(codes)])
        for code in codes:
            insert_many(connection, table_of(CountyRecord), [
                {"station_code": code, "entity": entity, "entity_id": entity_id,
                 "version": 1, "deleted": False, "data": data, "change_seq": seq,
                 "updated_at": now}
                for (entity, entity_id), (seq, data) in newest.items()])
            for entity in ENTITIES:  # the projections, as intake keeps them
                project(connection, code, entity, [
                    RecordState(str(entity_id), entity_id, data, False, False)
                    for (kind_, entity_id), (_seq, data) in newest.items() if kind_ == entity])
            print(f"  {kind}: {code} copied", file=sys.stderr, flush=True)
    return county


def peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def emit(line: dict[str, Any]) -> None:
    print(json.dumps({**line, "peak_rss_mb": peak_mb(),
                      "loadavg": Path("/proc/loadavg").read_text().split()[0]}), flush=True)


def station_floor(runtime: StationRuntime) -> float:
    """Reading every member's row (the columns the figures count), nothing else."""
    from sqlalchemy import select

    from unionstation.store.models import Member

    def read() -> object:
        with runtime.context.reading() as session:
            return session.execute(select(
                Member.id, Member.grassroots_union_id, Member.gender, Member.migrant_worker,
                Member.priority_group, Member.model_worker_level)).all()
    return median_of(3, read)


def county_floor(county: Any) -> float:
    """Reading the yearly figures' rows the report adds up, for every station."""
    from sqlalchemy import text

    def read() -> object:
        with county.store.read_session_factory() as session:
            return session.execute(text(
                "SELECT * FROM county_record WHERE entity = 'statistics_report' AND "
                "station_code IN (SELECT code FROM county_station)")).all()
    return median_of(3, read)


def projections_read(county: Any) -> float:
    """Reading the projections' rows the report replayed before the stations sent their
    counts (the old floor), for every station."""
    from sqlalchemy import text

    def read() -> object:
        with county.store.read_session_factory() as session:
            return [session.execute(text(f"SELECT * FROM {table}")).all() for table in (
                "county_member", "county_status_change", "county_move")]
    return median_of(3, read)


def strip_counts(county: Any, code: str) -> None:
    """One station's yearly figures as an older program sends them: without counts."""
    from sqlalchemy import select

    from unionstation.county.models import CountyRecord

    with county.store.session_factory() as session, session.begin():
        for record in session.scalars(select(CountyRecord).where(
                CountyRecord.entity == "statistics_report",
                CountyRecord.station_code == code)):
            figures = {k: v for k, v in record.data["figures"].items()
                       if k not in ("members", "unions")}
            record.data = {**record.data, "figures": figures}


def file_change_refresh(runtime: StationRuntime, rounds: int) -> float:
    """The yearly figures refreshed after one hardship file changed (not timed)."""
    from datetime import timedelta

    from sqlalchemy import select

    from unionstation.services.reports.sent import refresh_sent_figures
    from unionstation.store.models import HardshipFile

    context = runtime.context
    times = []
    for _ in range(rounds):
        with context.unit_of_work() as session:
            row = session.scalars(select(HardshipFile).limit(1)).one()
            row.last_check_on = row.last_check_on - timedelta(days=1)
        start = time.perf_counter()
        refresh_sent_figures(context)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def member_change_refresh(runtime: StationRuntime, rounds: int) -> float:
    """The yearly figures refreshed after one member's status changed (not timed)."""
    from sqlalchemy import select

    from unionstation.domain.codes import MemberStatus
    from unionstation.services.members import MemberService
    from unionstation.services.reports.sent import refresh_sent_figures
    from unionstation.store.models import Member

    context = runtime.context
    with context.reading() as session:
        ids = session.scalars(select(Member.id).where(
            Member.status == MemberStatus.ACTIVE).order_by(Member.card_no.desc()).limit(
            rounds)).all()
    times = []
    for member_id in ids:
        MemberService(context).change_status(member_id, MemberStatus.LAPSED,
                                             context.today(), "退会")
        start = time.perf_counter()
        refresh_sent_figures(context)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--files", type=int, default=12_000)
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--stations", type=int, default=20)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--pg-url", default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reuse", type=Path, default=None,
                        help="keep the station here and reuse it when it is already built")
    options = parser.parse_args()

    from unionstation.county.report import county_report
    from unionstation.services.reports.sent import refresh_sent_figures
    from unionstation.services.reports.service import ReportService

    clusters: list[Any] = []
    with (tempfile.TemporaryDirectory() as folder,
          demo_station(options.reuse, Path(folder), options.members, options.seed)
          as (runtime, build_s)):
        add_history(runtime, options.seed)
        add_hardship(runtime, options.files, options.visits)
        service = ReportService(runtime.context)
        year = runtime.context.today().year
        month = date(year, runtime.context.today().month, 1)
        start = time.perf_counter()
        written = refresh_sent_figures(runtime.context)
        first_s = time.perf_counter() - start
        again_s = median_of(3, lambda: refresh_sent_figures(runtime.context))
        changed_s = member_change_refresh(runtime, 3)
        file_s = file_change_refresh(runtime, 3)
        report = service.annual(year)
        from sqlalchemy import func, select

        from unionstation.store.models import StatisticsReport

        with runtime.context.reading() as session:
            sent_years = session.scalar(select(func.count()).select_from(StatisticsReport))
        station = {"what": "station", "members": report["members"]["active"],
                   "files": options.files, "visits": options.visits,
                   "floor_s": round(station_floor(runtime), 3),
                   "annual_s": round(median_of(3, lambda: service.annual(year)), 3),
                   "monthly_s": round(median_of(3, lambda: service.monthly(month)), 3),
                   "sent_rows": written, "sent_years": sent_years,
                   "sent_first_s": round(first_s, 3), "sent_again_s": round(again_s, 3),
                   "sent_member_change_s": round(changed_s, 3),
                   "sent_file_change_s": round(file_s, 3),
                   "build_s": None if build_s is None else round(build_s, 1)}
        station["annual_x_floor"] = round(station["annual_s"] / station["floor_s"], 1)
        station["met"] = station["annual_s"] < GOALS["annual_s"] and \
            station["monthly_s"] < GOALS["monthly_s"]
        emit(station)
        kinds = [k.strip() for k in options.db.split(",") if k.strip()]
        for kind in kinds if options.stations > 0 else []:  # --stations 0: the station only
            url = None
            if kind == "postgresql":
                from county_scale import postgres_url

                url = postgres_url(options.pg_url, clusters)
            county = county_of(runtime, Path(folder), options.stations, url, kind)
            try:
                def run_county(county: Any = county) -> dict[str, Any]:
                    with county.store.read_session_factory() as session:
                        return county_report(session.connection(), county.name, year, True)

                summed = run_county()
                assert summed["members"]["active"] == \
                    options.stations * report["members"]["active"]
                assert summed["hardship"]["paid_total"] == str(
                    Decimal(report["hardship"]["paid_total"]) * options.stations)
                line: dict[str, Any] = {
                    "what": "county", "db": kind, "stations": options.stations,
                    "members_each": report["members"]["active"],
                    "floor_s": round(county_floor(county), 3),
                    "projections_read_s": round(projections_read(county), 3),
                    "county_s": round(median_of(3, run_county), 3)}
                line["county_x_floor"] = round(line["county_s"] / max(line["floor_s"], 1e-3), 1)
                line["met"] = line["county_s"] < GOALS["county_s"]
                strip_counts(county, "330106000")
                start = time.perf_counter()
                assert run_county() == summed  # the county's own count: the same figures
                line["county_one_uncounted_s"] = round(time.perf_counter() - start, 3)
                emit(line)
            finally:
                county.close()
        for cluster in clusters:
            cluster.destroy()


if __name__ == "__main__":
    main()
