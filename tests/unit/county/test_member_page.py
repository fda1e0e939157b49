"""County members list at scale (issue 18 point 3): a search's total is counted up to
COUNT_CAP (`capped`), the page comes in the same order as before, and on PostgreSQL a
one- or two-character search is answered by an index of county_0007 under its LIMIT, not
by a scan of every member."""

from __future__ import annotations

import json
import random
import uuid

from sqlalchemy import event, insert, select, text

from unionstation.county.consolidation import CountyMemberRow, _search_filter
from unionstation.county.member_page import COUNT_CAP
from unionstation.county.models import CountyMember, CountyStation
from unionstation.county.service import County
from unionstation.domain.collation import name_collation_key

STATIONS = ("S01", "S02", "S03")
SURNAMES = "张张张王李赵"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"


def _fill(county: County, per_station: int = 800) -> None:
    """Members written straight into the projection: half of them named 张 (more than
    COUNT_CAP in all), with repeated names so that member_id breaks ties."""
    rng = random.Random(18)
    with county.store.session_factory.begin() as session:
        for code in STATIONS:
            session.add(CountyStation(code=code, name=f"站{code}"))
        session.flush()
        rows = []
        for code in STATIONS:
            for number in range(per_station):
                name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(("", "明"))
                rows.append({"station_code": code, "member_id": uuid.uuid4(), "name": name,
                             "name_key": name_collation_key(name),
                             "id_number": f"33010219800101{number:04d}",
                             "status": "active", "deleted": number % 97 == 0})
        session.execute(insert(CountyMember), rows)


def _uncapped_order(county: County, term: str, station: str | None) -> list[str]:
    """Every match, sorted by Python: station, name key, member id."""
    with county.store.read_session_factory() as session:
        conditions = [CountyMember.deleted.is_(False)]
        matched = _search_filter(term, county.store.engine.dialect.name == "postgresql")
        if matched is not None:
            conditions.append(matched)
        if station is not None:
            conditions.append(CountyMember.station_code == station)
        found = session.execute(select(CountyMember.station_code, CountyMember.name_key,
                                       CountyMember.member_id, CountyMember.name)
                                .where(*conditions)).all()
    return [f"{row[0]}:{row[3]}" for row in sorted(found, key=lambda r: (r[0], r[1],
                                                                         str(r[2])))]


def _keys(rows: list[CountyMemberRow]) -> list[str]:
    return [f"{row.station}:{row.name}" for row in rows]


def test_search_total_is_capped_and_page_order_unchanged(county: County) -> None:
    _fill(county)
    page = county.members(search="张", limit=50)
    total, rows = page
    everyone = _uncapped_order(county, "张", None)
    assert len(everyone) > COUNT_CAP
    assert (total, page.capped) == (COUNT_CAP, True)
    assert _keys(rows) == everyone[:50]
    assert _keys(county.members(search="张", limit=40, offset=700)[1]) == everyone[700:740]
    one = county.members(search="张", station="S02", limit=30)
    in_s02 = _uncapped_order(county, "张", "S02")
    assert len(in_s02) < COUNT_CAP
    assert (one.total, one.capped) == (len(in_s02), False)
    assert _keys(one.rows) == in_s02[:30]
    unsearched = county.members(limit=10)  # no search: counted exactly
    assert not unsearched.capped and unsearched.total == len(_uncapped_order(county, "", None))


def test_cli_members_json_has_capped(county: County, capsys: object) -> None:
    from unionstation.cli.county_commands import _members

    _fill(county, per_station=400)
    args = type("Args", (), {"search": "张", "limit": 5, "json": True})()
    import unionstation.cli.county_commands as commands

    class Opened:
        def __enter__(self) -> County:
            return county

        def __exit__(self, *_exc: object) -> None:
            return None

    original = commands._county
    commands._county = lambda _args: Opened()  # type: ignore[assignment,return-value]
    try:
        assert _members(args) == 0  # type: ignore[arg-type]
    finally:
        commands._county = original
    out = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    assert set(out) == {"total", "capped", "members"}
    assert out["capped"] is False and out["total"] == len(_uncapped_order(county, "张", None))
    assert len(out["members"]) == 5


def test_one_character_page_comes_from_an_index_on_postgresql(county: County) -> None:
    if county.store.engine.dialect.name != "postgresql":
        return
    _fill(county)
    with county.store.engine.begin() as connection:
        connection.execute(text("ANALYZE county_member"))
        indexes = set(connection.execute(text(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'county_member'")).scalars())
    assert "ix_county_member_station_name_member" in indexes
    statements: list[tuple[str, object]] = []

    def seen(_conn: object, _cursor: object, statement: str, parameters: object,
             *_rest: object) -> None:
        statements.append((statement, parameters))

    event.listen(county.store.reader, "before_cursor_execute", seen)
    try:
        page = county.members(search="张", limit=50)
    finally:
        event.remove(county.store.reader, "before_cursor_execute", seen)
    assert page.capped and len(page.rows) == 50
    (statement, parameters), = [s for s in statements if "ORDER BY" in s[0]]
    with county.store.engine.connect() as connection:
        plan = "\n".join(row[0] for row in connection.exec_driver_sql(
            f"EXPLAIN {statement}", parameters))  # type: ignore[arg-type]
    # the matches come from an index (the characters' GIN index of county_0007, or the
    # list's order along its b-tree), never from a scan of every member; the LIMIT stops
    # the sort at the page (top-N / incremental), not a sort of the whole county
    assert ("ix_county_member_name_grams" in plan
            or "ix_county_member_station_name_member" in plan), plan
    assert "Seq Scan on county_member" not in plan, plan
    assert plan.splitlines()[0].startswith("Limit"), plan
