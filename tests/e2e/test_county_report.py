"""Two stations and a county (on SQLite and on PostgreSQL) on the same data: the county's
report is the sum of the stations' own reports, key by key (every section, the campaigns
by name and kind, the plan and the year before), each station's part equals its own
report, and a station that never reported is listed, not silently zero."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import as_json, cli
from tests.e2e.report_world import SILENT, report_station, send
from tests.e2e.sync_world import COUNTY_CODE, Station, make_county, pair
from tests.factories import make_id_number
from tests.postgres import fresh_database
from tests.unit.services.reports import fixture_station as hand
from unionstation.county.home import CountyHome
from unionstation.county.report import county_report
from unionstation.county.service import County, init_county
from unionstation.services.reports.service import ReportService

SECTIONS = ("unions", "members", "venues", "hardship")


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest, tmp_path: Path,
          ) -> Iterator[tuple[County, Station, Station]]:
    if request.param == "sqlite":
        county = make_county(tmp_path / "county")
    else:
        url = fresh_database(request.getfixturevalue("postgres_server"))
        county = init_county(CountyHome(tmp_path / "county"), "测试县总工会", COUNTY_CODE,
                             db_url=url)
    east = report_station(tmp_path / "east", "330106007", "东街道总工会", 0)
    west = report_station(tmp_path / "west", "330106008", "西街道总工会", 1)
    # west has one more member this year, so the two stations differ
    west.enroll("何十一", make_id_number("330107", date(1990, 1, 1), 13))
    pair(county, east, "东街道总工会")
    pair(county, west, "西街道总工会")
    county.enrol_station(SILENT, "南街道总工会")
    send(county, east, tmp_path)
    send(county, west, tmp_path)
    yield county, east, west
    county.close()
    east.runtime.close()
    west.runtime.close()


def _leaves(value: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _leaves(inner, (*path, key))
    else:
        yield path, value


def _number(value: Any) -> Decimal | int:
    return Decimal(value) if isinstance(value, str) else int(value)


def _report(county: County, by_station: bool = True) -> dict[str, Any]:
    with county.store.read_session_factory() as session:
        return county_report(session.connection(), county.name, 2026, by_station)


def test_the_county_is_the_sum_of_its_stations(world: tuple[County, Station, Station],
                                               ) -> None:
    county, east, west = world
    own = [ReportService(s.runtime.context).annual(2026) for s in (east, west)]
    assert own[0]["members"] != own[1]["members"]
    report = _report(county)
    for section in SECTIONS:
        for where, total in (([section], report[section]),
                             (["previous_year", section], report["previous_year"][section])):
            for path, value in _leaves(total):
                parts = []
                for station in own:
                    node: Any = station
                    for key in (*where[:-1], where[-1], *path):
                        node = node[key]
                    parts.append(_number(node))
                assert _number(value) == sum(parts), (where, path)
    assert report["members"]["active"] == 2 * hand.ANNUAL_2026_MEMBERS["active"] + 1
    assert report["hardship"]["paid_total"] == "601.00"  # 300 + 301, a reversal in each
    assert report["venues"]["asset_value"] == "864.15"  # (3 + 4) × 123.45
    assert report["previous_year"]["hardship"]["paid_total"] == "301.00"
    by_campaign: dict[tuple[str, str], list[Any]] = {}
    for station in own:
        for campaign in station["campaigns"]:
            by_campaign.setdefault((campaign["name"], campaign["kind"]), []).append(campaign)
    assert [(c["name"], c["kind"]) for c in report["campaigns"]] == sorted(by_campaign)
    for campaign in report["campaigns"]:
        parts = by_campaign[(campaign["name"], campaign["kind"])]
        for figure in ("households", "paid_total", "budget"):
            assert _number(campaign[figure]) == sum(_number(p[figure]) for p in parts)
    assert [c["households"] for c in report["campaigns"]] == [2]  # 金秋助学 at both
    assert sorted(report["plan"]) == sorted({name for s in own for name in s["plan"]})
    for name, item in report["plan"].items():
        parts = [s["plan"][name] for s in own if name in s["plan"]]
        assert item["plan"] == sum(p["plan"] for p in parts)
        assert item["actual"] == sum(p["actual"] for p in parts)
    assert report["plan"]["new_members"]["plan"] == 5
    assert report["plan"]["homes"] == {"plan": 2, "actual": 2, "percent": "100.0"}


def test_each_station_side_by_side_is_its_own_report(world: tuple[County, Station, Station],
                                                     ) -> None:
    county, east, west = world
    report = _report(county)
    listed = {s["station"]: s for s in report["stations"]}
    assert sorted(listed) == ["330106007", "330106008", SILENT]
    for station in (east, west):
        own = ReportService(station.runtime.context).annual(2026)
        mine = listed[station.code]
        assert mine["last_ack"] is not None
        for section in (*SECTIONS, "campaigns", "plan", "previous_year"):
            assert mine[section] == own[section], (station.code, section)
    assert listed[SILENT]["last_ack"] is None
    assert listed[SILENT]["members"]["active"] == 0
    assert report["not_reported"] == [SILENT]


def test_a_plan_set_later_goes_up_with_the_next_batch(
        world: tuple[County, Station, Station], tmp_path: Path) -> None:
    county, east, _west = world
    assert east.sync.status().pending == 0
    ReportService(east.runtime.context).set_plan(2026, new_unions=3)
    assert east.sync.status().pending == 1  # the year's figures, waiting to go up
    ReportService(east.runtime.context).set_plan(2026, new_unions=3)
    assert east.sync.status().pending == 1  # the same plan again sends nothing new
    assert "new_unions" not in _report(county)["plan"]
    send(county, east, tmp_path / "again")
    plan = _report(county)["plan"]
    own = ReportService(east.runtime.context).annual(2026)["plan"]["new_unions"]
    assert plan["new_unions"] == own and own["plan"] == 3


def test_the_figures_need_no_hardship_file_at_the_county(
        world: tuple[County, Station, Station]) -> None:
    """Names and ID numbers of hardship files are not read for the figures: without a
    single file record the county's report is the same."""
    from sqlalchemy import delete

    from unionstation.county.models import CountyRecord

    county, _east, _west = world
    before = _report(county)
    with county.store.session_factory() as session, session.begin():
        gone = session.execute(delete(CountyRecord).where(
            CountyRecord.entity.in_(("hardship_file", "payment", "visit", "venue", "asset"))))
        assert gone.rowcount > 0  # type: ignore[attr-defined]
    assert _report(county) == before


def test_county_report_on_the_command_line(world: tuple[County, Station, Station],
                                           tmp_path: Path) -> None:
    county, _east, _west = world
    home = county.home.root
    expected = _report(county)
    result = cli("county", "report", "--year", "2026", "--by-station", "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert as_json(result) == expected
    plain = as_json(cli("county", "report", "--year", "2026", "--json", home=home))
    assert "stations" not in plain
    assert plain["not_reported"] == [SILENT]
    assert {k: plain[k] for k in SECTIONS} == {k: expected[k] for k in SECTIONS}
    out = tmp_path / "县汇总.xlsx"
    written = cli("county", "report", "--year", "2026", "--by-station", "--out", str(out),
                  "--json", home=home)
    assert written.returncode == 0, written.stderr
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    assert "各站对比" in book.sheetnames
    rows = list(book["各站对比"].iter_rows(values_only=True))
    active = next(r for r in rows if r[0] == "在册会员")
    assert list(active[1:]) == [hand.ANNUAL_2026_MEMBERS["active"],
                                hand.ANNUAL_2026_MEMBERS["active"] + 1, 0,
                                expected["members"]["active"]]
    pdf = tmp_path / "县汇总.pdf"
    printed = cli("county", "report", "--year", "2026", "--out", str(pdf), home=home)
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "本年未报送:" + SILENT in printed.stdout


def test_the_county_adds_up_the_counts_the_stations_sent(
        world: tuple[County, Station, Station]) -> None:
    """With every station's yearly figures carrying its member and union counts, the
    report reads no member record: without any, it is the same."""
    from sqlalchemy import delete

    from unionstation.county.models import (
        CountyMember,
        CountyMove,
        CountyRecord,
        CountyStatusChange,
    )
    from unionstation.county.report import ENTITIES

    county, _east, _west = world
    before = _report(county)
    with county.store.session_factory() as session, session.begin():
        for table in (CountyMember, CountyStatusChange, CountyMove):
            session.execute(delete(table))
        gone = session.execute(delete(CountyRecord).where(CountyRecord.entity.in_(ENTITIES)))
        assert gone.rowcount > 0  # type: ignore[attr-defined]
    assert _report(county) == before


def test_a_station_that_sent_no_counts_is_counted_at_the_county(
        world: tuple[County, Station, Station]) -> None:
    """A station on an older program sends its yearly figures without member and union
    counts: the county counts those from the member records it sent, to the same figures."""
    from sqlalchemy import select

    from unionstation.county.models import CountyRecord
    from unionstation.county.report_sent import ENTITY

    county, east, _west = world
    before = _report(county)
    with county.store.session_factory() as session, session.begin():
        records = session.scalars(select(CountyRecord).where(
            CountyRecord.entity == ENTITY, CountyRecord.station_code == east.code)).all()
        assert records
        for record in records:
            figures = {k: v for k, v in record.data["figures"].items()
                       if k not in ("members", "unions")}
            record.data = {**record.data, "figures": figures}
    assert _report(county) == before


def test_stations_that_sent_no_counts_are_replayed_one_at_a_time(
        world: tuple[County, Station, Station], monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory holds one station's members however many stations the county replays (a
    million members, none of them counted by their station: 454 MB before, 214 MB)."""
    from sqlalchemy import select

    from unionstation.county import report
    from unionstation.county.models import CountyRecord
    from unionstation.county.report_sent import ENTITY

    county, east, west = world
    before = _report(county)
    with county.store.session_factory() as session, session.begin():
        for record in session.scalars(select(CountyRecord).where(
                CountyRecord.entity == ENTITY,
                CountyRecord.station_code.in_([east.code, west.code]))):
            record.data = {**record.data, "figures": {
                k: v for k, v in record.data["figures"].items()
                if k not in ("members", "unions")}}
    replayed: list[list[str]] = []
    facts = report.station_facts

    def one_by_one(connection: Any, names: dict[str, str],
                   quiet_before: date | None = None) -> Any:
        replayed.append(list(names))
        return facts(connection, names, quiet_before)

    monkeypatch.setattr(report, "station_facts", one_by_one)
    assert _report(county) == before
    assert sorted(replayed) == sorted([[east.code], [west.code], [SILENT]])
