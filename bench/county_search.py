"""County member search at scale, before and after county_0007, in ONE run.

.venv/bin/python bench/county_search.py [--members 200000] [--per-station 20000]
    [--runs 60] [--pg-url postgresql+psycopg://...] [--db postgresql]

Builds a county (a throwaway PostgreSQL cluster from tests/postgres.py without --pg-url,
or a SQLite file) and writes N members straight into its projection (`county_member`:
Faker zh_CN names shuffled per station, ID numbers with valid check digits), bypassing
import, so a county of 200,000 is ready in about a minute. Then, for the five kinds of
term of bench/county_measure.py (a page of 50 and the total):
- before: the county_0006 schema (index on station_code, name_key; a part of the name by
  ILIKE alone) and the exact count;
- after: county_0007 (index on station_code, name_key, member_id; on PostgreSQL the GIN
  index of the name's characters and pairs) and County.members (the count capped at
  COUNT_CAP).
JSON lines: one per phase (p95 and median ms by kind, median hits, load average, peak RSS),
then a summary with the before/after p95 ratio by kind.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent))

from sqlalchemy import insert, text  # noqa: E402

from county_measure import percentile, search_terms  # noqa: E402
from county_scale import postgres_url  # noqa: E402
from unionstation.county import member_page  # noqa: E402
from unionstation.county.consolidation import list_members  # noqa: E402
from unionstation.county.home import CountyHome  # noqa: E402
from unionstation.county.models import CountyMember, CountyStation  # noqa: E402
from unionstation.county.name_grams import CREATE_INDEX, DROP_INDEX  # noqa: E402
from unionstation.county.service import County, init_county  # noqa: E402
from unionstation.domain.collation import name_collation_key  # noqa: E402
from unionstation.domain.idnumber import check_digit  # noqa: E402
from unionstation.domain.pinyin import name_search_keys  # noqa: E402

CHUNK = 5_000
NEW_INDEX = ("ix_county_member_station_name_member", "station_code, name_key, member_id")
OLD_INDEX = ("ix_county_member_station_code_name_key", "station_code, name_key")


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def fill(county: County, members: int, per_station: int, seed: int) -> float:
    """Seconds to write `members` members, `per_station` to a station."""
    from faker import Faker

    start = time.perf_counter()
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    names = [fake.name() for _ in range(min(per_station, members))]
    keys: dict[str, tuple[str, str, str]] = {}
    for name in names:
        if name not in keys:
            search = name_search_keys(name)
            keys[name] = (name_collation_key(name), search.full, search.initials)
    stations = (members + per_station - 1) // per_station
    with county.store.session_factory.begin() as session:
        session.add_all(CountyStation(code=f"B{index:03d}", name=f"站{index:03d}")
                        for index in range(stations))
    for index in range(stations):
        code, region = f"B{index:03d}", f"33{index % 100:02d}01"
        shuffled = names[:]
        rng.shuffle(shuffled)
        rows = []
        for number, name in enumerate(shuffled[:min(per_station, members - index * per_station)]):
            first17 = f"{region}19{rng.randint(50, 99)}{rng.randint(1, 12):02d}" \
                      f"{rng.randint(1, 28):02d}{number % 1000:03d}"
            name_key, full, initials = keys[name]
            rows.append({"station_code": code, "member_id": uuid.uuid4(), "name": name,
                         "name_key": name_key, "name_pinyin": full, "name_initials": initials,
                         "id_number": first17 + check_digit(first17), "status": "active"})
        with county.store.session_factory.begin() as session:
            for begin in range(0, len(rows), CHUNK):
                session.execute(insert(CountyMember), rows[begin:begin + CHUNK])
    return time.perf_counter() - start


def use_index(county: County, wanted: tuple[str, str], other: tuple[str, str]) -> None:
    """The b-tree index `wanted` instead of `other`; before (OLD_INDEX), as county_0006:
    no index of the name's characters, a part of the name by ILIKE alone."""
    before = wanted == OLD_INDEX
    member_page.TRIGRAM = 1 if before else 3
    with county.store.engine.begin() as connection:
        if county.store.engine.dialect.name == "postgresql":
            connection.execute(text(DROP_INDEX if before else CREATE_INDEX))
        connection.execute(text(f"DROP INDEX IF EXISTS {other[0]}"))
        connection.execute(text(
            f"CREATE INDEX IF NOT EXISTS {wanted[0]} ON county_member ({wanted[1]})"))
        connection.execute(text("ANALYZE county_member"))


def timed(call: Callable[[str], int], terms: dict[str, list[str]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for kind, words in terms.items():
        for word in words[:3]:  # warm the caches for this kind of term
            call(word)
        times, hits = [], []
        for word in words:
            begin = time.perf_counter()
            hits.append(call(word))
            times.append((time.perf_counter() - begin) * 1000)
        result[f"search_p95_ms_{kind}"] = round(percentile(times, 0.95), 1)
        result[f"search_median_ms_{kind}"] = round(statistics.median(times), 1)
        result[f"search_median_hits_{kind}"] = int(statistics.median(hits))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--per-station", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--db", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--pg-url")
    options = parser.parse_args()
    keep: list[Any] = []
    with tempfile.TemporaryDirectory(prefix="county-search-") as work:
        url = (postgres_url(options.pg_url, keep) if options.db == "postgresql"
               else f"sqlite:///{Path(work, 'county.db').as_posix()}")
        county = init_county(CountyHome(Path(work, "county")), "基准县总工会", "C3399",
                             db_url=url)
        try:
            fill_s = fill(county, options.members, options.per_station, options.seed)
            terms = search_terms(county, options.seed, options.runs)
            phases: dict[str, dict[str, Any]] = {}

            def before(term: str) -> int:
                with county.store.read_session_factory() as session:
                    return list_members(session, term, limit=50, exact_total=True)[0]

            def after(term: str) -> int:
                return county.members(search=term, limit=50)[0]

            for phase, wanted, other, call in (("before", OLD_INDEX, NEW_INDEX, before),
                                               ("after", NEW_INDEX, OLD_INDEX, after)):
                use_index(county, wanted, other)
                figures = {"phase": phase, "db": options.db, "members": options.members,
                           "fill_s": round(fill_s, 1), **timed(call, terms),
                           "load_average": load_average(), "peak_rss_mb": peak_rss_mb()}
                phases[phase] = figures
                print(json.dumps(figures), flush=True)
            print(json.dumps({"summary": True, "db": options.db, "members": options.members,
                              **{f"p95_ratio_before_over_after_{kind}": round(
                                  phases["before"][f"search_p95_ms_{kind}"]
                                  / max(phases["after"][f"search_p95_ms_{kind}"], 0.1), 1)
                                 for kind in terms},
                              "load_average": load_average()}), flush=True)
        finally:
            county.close()
            for cluster in keep:
                cluster.destroy()


if __name__ == "__main__":
    main()
